# memoryview operations whose index, float or bool conversion releases the view midway
# (gh-92888), tuple keys, and pack_single's conversion errors.
size = 16


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "->", r)


def make(fmt="B", shape=None):
    global m
    m = memoryview(bytearray(b"\xff" * size))
    if fmt != "B" or shape:
        m = m.cast(fmt, shape) if shape else m.cast(fmt)
    return m


class MyIndex:
    def __index__(self):
        m.release()
        return 1


class MyFloat:
    def __float__(self):
        m.release()
        return 4.25


class MyBool:
    def __bool__(self):
        m.release()
        return True


make(); attempt("get index", lambda: m[MyIndex()])
make(); attempt("get slice stop", lambda: list(m[:MyIndex()]))
make(); attempt("get slice start", lambda: list(m[MyIndex():3]))
make("B", (8, 2)); attempt("get tuple first", lambda: m[MyIndex(), 0])
make("B", (2, 8)); attempt("get tuple second", lambda: m[0, MyIndex()])
make(); attempt("set index", lambda: m.__setitem__(MyIndex(), 1))
make(); attempt("set slice", lambda: m.__setitem__(slice(None, MyIndex()), b"s"))
make("B", (8, 2)); attempt("set tuple", lambda: m.__setitem__((MyIndex(), 0), 1))
for fmt in "bhiqBHIQ":
    make(fmt); attempt("set int " + fmt, lambda: m.__setitem__(0, MyIndex()))
for fmt in "fd":
    make(fmt); attempt("set float " + fmt, lambda: m.__setitem__(0, MyFloat()))
make("?"); attempt("set bool", lambda: m.__setitem__(0, MyBool()))

b = memoryview(bytearray(8)).cast("B", (2, 4))
attempt("get slices", lambda: b[0:1, 0:1])
attempt("get mixed", lambda: b[0:1, 0])
attempt("get strs", lambda: b["a", 0])
attempt("set slices", lambda: b.__setitem__((slice(0, 1), slice(0, 1)), b"a"))
attempt("set mixed", lambda: b.__setitem__((slice(0, 1), 0), b"a"))
attempt("set slice 2d", lambda: b.__setitem__(slice(0, 1), b"a"))
attempt("set index 2d", lambda: b.__setitem__(0, 1))
attempt("set bad key", lambda: b.__setitem__("x", 1))
attempt("get bad key", lambda: b["x"])

d = memoryview(bytearray(8)).cast("d")
attempt("d from str", lambda: d.__setitem__(0, "x"))
attempt("d from big int", lambda: d.__setitem__(0, 10**400))
f = memoryview(bytearray(8)).cast("f")
attempt("f overflow", lambda: f.__setitem__(0, 1e300))
f[0] = float("inf")
attempt("f inf", lambda: f[0])
c = memoryview(bytearray(2)).cast("c")
attempt("c from int", lambda: c.__setitem__(0, 1))
attempt("c from long bytes", lambda: c.__setitem__(0, b"ab"))
i = memoryview(bytearray(8)).cast("i")
attempt("i from float", lambda: i.__setitem__(0, 1.5))
attempt("i too big", lambda: i.__setitem__(0, 2**31))
attempt("slice from int", lambda: i.__setitem__(slice(0, 1), 5))
