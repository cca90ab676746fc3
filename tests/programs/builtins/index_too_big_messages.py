# An int too big for an index: CPython's exception type and message for item access
# (IndexError) and repetition (OverflowError) on the builtin sequences, array, memoryview
# and deque, and the arguments that take a C ssize_t; bytearray has __rmul__.
import array
import collections

big = 2 ** 100


def t(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)


class I:
    def __index__(self):
        return big


for s in ("'a'", "(1,)", "b'a'", "bytearray(b'a')", "[1]"):
    t(s + " * big", lambda: eval(s) * big)
    t(s + " * -big", lambda: eval(s) * -big)
    t("big * " + s, lambda: big * eval(s))
    t(s + " * I()", lambda: eval(s) * I())
print(3 * bytearray(b"ab"), bytearray(b"ab").__rmul__(2))


def imul_list():
    x = [1]
    x *= big


t("list *= big", imul_list)
a = array.array("b", [1, 2])
d = collections.deque([1, 2])
m = memoryview(bytearray(b"abc"))


def set_item(o, k):
    o[k] = 1


def del_item(o, k):
    del o[k]


for name, o in (("array", a), ("deque", d), ("memoryview", m), ("list", [1]), ("bytearray", bytearray(b"a"))):
    t(name + "[big]", lambda: o[big])
    t(name + "[-big]", lambda: o[-big])
    t(name + "[big] = 1", lambda: set_item(o, big))
    if name != "memoryview":
        t("del " + name + "[big]", lambda: del_item(o, big))
t("array * big", lambda: a * big)
t("big * array", lambda: big * a)
t("deque * big", lambda: d * big)
t("deque * -big", lambda: d * -big)
t("deque.__imul__(big)", lambda: collections.deque([1]).__imul__(big))
t("deque.insert(big)", lambda: collections.deque([1]).insert(big, 0))
t("deque.rotate(-big)", lambda: collections.deque([1]).rotate(-big))
t("deque(maxlen=big)", lambda: collections.deque([1], maxlen=big))
t("deque(maxlen=-big)", lambda: collections.deque([1], maxlen=-big))
t("deque(maxlen=-1)", lambda: collections.deque([1], maxlen=-1))
t("deque rotate 5", lambda: (lambda q: (q.rotate(5), q)[1])(collections.deque([1, 2, 3])))
t("deque insert -10", lambda: (lambda q: (q.insert(-10, 0), q)[1])(collections.deque([1, 2, 3])))
t("deque * -1", lambda: d * -1)
# The repeat methods called directly check their count as an index; the operator says
# "can't multiply sequence" and gives the other operand's __rmul__ its turn.
for s in ("'abc'", "[1]", "(1,)", "b'a'", "bytearray(b'a')"):
    t(s + ".__mul__('')", lambda: eval(s).__mul__(""))
    t(s + ".__rmul__(1.5)", lambda: eval(s).__rmul__(1.5))
    t(s + " * ''", lambda: eval(s) * "")
    t("1.5 * " + s, lambda: 1.5 * eval(s))


class R:
    def __rmul__(self, other):
        return "R.__rmul__"

    def __mul__(self, other):
        return "R.__mul__"


print("abc" * R(), [1] * R(), (1,) * R(), b"x" * R(), bytearray(b"x") * R(), R() * "abc")


def imul(x, n):
    x *= n
    return x


t("[1] *= ''", lambda: imul([1], ""))
t("[1].__imul__('')", lambda: [1].__imul__(""))
t("bytearray *= 'x'", lambda: imul(bytearray(b"a"), "x"))
t("bytearray.__imul__('x')", lambda: bytearray(b"a").__imul__("x"))
t("[1] *= R()", lambda: imul([1], R()))
t("[1, 2] *= 2", lambda: imul([1, 2], 2))


class MyList(list):
    pass


t("MyList * ''", lambda: MyList([1]) * "")
t("MyList * 2", lambda: MyList([1]) * 2)
