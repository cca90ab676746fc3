# Which subjects sequence and mapping patterns accept: the type's SEQUENCE/MAPPING flag,
# inherited from the first flagged class of the MRO, set by collections.abc and by
# register() (also on existing subclasses), shown in __flags__.
import array
import collections
import collections.abc


def kind(x):
    match x:
        case [*_]:
            return "seq"
        case {}:
            return "map"
    return "other"


class C:
    pass


class M2(C, collections.UserDict, collections.abc.Sequence):
    pass


class S2(C, collections.UserList, collections.abc.Mapping):
    pass


class Late:
    pass


class LateChild(Late):
    pass


class Seq(collections.abc.Sequence):
    __getitem__ = None

    def __len__(self):
        return 0


for x in ([], (), range(3), memoryview(b"ab"), array.array("b"), collections.deque(),
          {}, collections.OrderedDict(), collections.defaultdict(int), type.__dict__,
          "abc", b"abc", bytearray(b"x"), {1}, 3, collections.UserDict(), collections.UserList(),
          M2(), S2(), Seq()):
    print(type(x).__name__, kind(x))

print("before register", kind(Late()), kind(LateChild()))
collections.abc.Mapping.register(Late)
print("after register", kind(Late()), kind(LateChild()))
collections.abc.Sequence.register(LateChild)
print("child re-registered", kind(Late()), kind(LateChild()))

SEQ, MAP = 1 << 5, 1 << 6
for t in (list, dict, str, M2, S2, Late):
    print(t.__name__, bool(t.__flags__ & SEQ), bool(t.__flags__ & MAP))

# Keys and attributes checked once each
class Keys:
    KEY = "a"

try:
    match {"a": 0, "b": 1}:
        case {Keys.KEY: y, "a": z}:
            print("matched")
except ValueError as e:
    print("ValueError", e)


class Point:
    __match_args__ = ("a", "a")
    a = 1


for src in ("case Point(y, z): pass", "case Point(y, a=z): pass"):
    try:
        exec("match Point():\n    " + src)
    except TypeError as e:
        print("TypeError", e)


class Bad:
    __match_args__ = (None,)


try:
    match Bad():
        case Bad(y):
            pass
except TypeError as e:
    print("TypeError", e)

for src in ("{0: _, False: _}", "{0: _, 0.0: _}", "{0: _, -0: _}", "{0: _, 0j: _}", "{1: _, 1.0: _}",
            "0j+0j", "-0j+1j", "{0j+0j: _}", "{'a': _, 'a': _}", "{b'x': _, b'x': _}"):
    try:
        compile("match x:\n    case " + src + ": pass", "<s>", "exec")
        print(src, "compiles")
    except SyntaxError as e:
        print(src, "SyntaxError", e.msg)
