# bytes()/bytearray() constructor corners: __index__ sizes, __bytes__ only for bytes, buffers, and the error texts of each type.
class B:
    def __bytes__(self):
        return b"from __bytes__"
class I:
    def __index__(self):
        return 2
class NotBytes:
    def __bytes__(self):
        return "str"
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: bytes(B()))
show(lambda: bytearray(B()))
show(lambda: bytes(I()))
show(lambda: bytearray(I()))
show(lambda: bytes(NotBytes()))
show(lambda: bytes(1.5))
show(lambda: bytearray(1.5))
show(lambda: bytearray(-1))
show(lambda: bytes(-1))
show(lambda: bytearray("x"))
show(lambda: bytearray(b"x", "utf-8"))
show(lambda: bytes(b"x", errors="strict"))
show(lambda: bytearray([1, 256]))
show(lambda: bytes([1, -1]))
show(lambda: bytearray(memoryview(b"mv")))
show(lambda: bytearray(x for x in b"gen"))
show(lambda: bytearray(encoding="utf-8"))
show(lambda: bytearray.fromhex("61 62"))
show(lambda: type(bytearray.fromhex("")).__name__)
