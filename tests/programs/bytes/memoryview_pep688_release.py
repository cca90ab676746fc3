# PEP 688 in Python classes: which __buffer__ and __release_buffer__ run, with what view,
# for subclasses of bytearray and plain classes; memoryview._from_flags; restricted views.
import inspect
import sys


def err(f, *a):
    try:
        f(*a)
    except Exception as e:
        print(" ", type(e).__name__, e)
    else:
        print("  no error")


calls = []


class B(bytearray):
    def __buffer__(self, flags):
        calls.append(("B.__buffer__", flags))
        return super().__buffer__(flags)

    def __release_buffer__(self, view):
        calls.append(("B.__release_buffer__", type(view).__name__, view.tobytes()))
        super().__release_buffer__(view)


b = B(b"hello")
with memoryview(b) as mv:
    print(mv.tobytes(), calls)
print(calls)
b.append(33)
print(b)


class Other(bytearray):
    def __buffer__(self, flags):
        return memoryview(b"other")

    def __release_buffer__(self, view):
        print("  release got", view.obj, end=" ")
        try:
            super().__release_buffer__(view)
        except ValueError as e:
            print("ValueError", e)


with memoryview(Other(b"x")) as mv:
    print(mv.tobytes())

smuggled = None


class Saver(bytearray):
    def __release_buffer__(self, buffer):
        global smuggled
        smuggled = buffer
        for f in (memoryview, lambda v: v.cast("b"), lambda v: v.toreadonly(), lambda v: v[:1],
                  lambda v: v.__buffer__(0)):
            err(f, buffer)
        print("  tobytes in release", buffer.tobytes(), buffer[0], buffer.readonly)
        super().__release_buffer__(buffer)


s = Saver(b"saved")
with memoryview(s) as mv:
    pass
s.clear()
err(smuggled.tobytes)

ba = bytearray(b"plain")


class Plain:
    def __buffer__(self, flags):
        return memoryview(ba)

    def __release_buffer__(self, buffer):
        self.buffer = buffer


p = Plain()
with memoryview(p) as mv:
    print(mv.tobytes(), mv.obj is p)
print(p.buffer.tobytes())
err(ba.clear)
p.buffer.release()
ba.clear()
print("cleared", ba)


class A:
    def __buffer__(self, flags):
        return memoryview(b"from A")


class AB(A, bytearray):
    def __buffer__(self, flags):
        return super().__buffer__(flags)


with memoryview(AB(b"ab")) as mv:
    print(mv.tobytes(), bytes(AB(b"ab")))


class Possibly:
    def __init__(self, mutable):
        self.data = bytearray(b"data")
        self.mutable = mutable

    def __buffer__(self, flags):
        if flags & inspect.BufferFlags.WRITABLE:
            if not self.mutable:
                raise RuntimeError("not mutable")
            return memoryview(self.data)
        return memoryview(bytes(self.data))


with memoryview._from_flags(Possibly(True), inspect.BufferFlags.WRITABLE) as mv:
    mv[0] = ord("D")
    print(mv.tobytes(), mv.readonly)
print(memoryview(Possibly(True)).readonly)
err(memoryview._from_flags, Possibly(False), inspect.BufferFlags.WRITABLE)
err(memoryview._from_flags, b"x", 1)
err(memoryview._from_flags, b"x", 2**40)
err(memoryview._from_flags, 1, 0)
print(memoryview._from_flags(bytearray(b"ab"), 0).readonly)

x = bytearray(b"ab")
for f in (sys.maxsize + 1, 2**31, "x"):
    err(x.__buffer__, f)
print(x.__buffer__(-1).tobytes())
err(b"x".__buffer__, 1)
err(memoryview(b"x").__buffer__, 1)
err(x.__release_buffer__, 1)
m = x.__buffer__(0)
x.__release_buffer__(m)
err(x.__release_buffer__, m)
err(x.__release_buffer__, memoryview(b"x"))
