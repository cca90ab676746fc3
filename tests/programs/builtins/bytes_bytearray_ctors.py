# bytes()/bytearray() constructors from ints, iterables, strings with encodings, buffer objects and __bytes__.
print(bytes(0), bytes(2), bytes([1, 2]), bytes(range(3)), bytes("hé", "utf-8"), bytes("x", encoding="ascii"))
print(bytes(bytearray(b"ab")), bytes(memoryview(b"cd")), bytearray(b"ef"), bytearray([255]), bytearray("é", "latin-1"))
class B:
    def __bytes__(self):
        return b"custom"
print(bytes(B()), bytes((x for x in [104, 105])))
for bad, exc in [(lambda: bytes(-1), ValueError), (lambda: bytes("s"), TypeError), (lambda: bytes([1.5]), TypeError),
                 (lambda: bytes("é", "ascii"), UnicodeEncodeError), (lambda: bytearray(b"x", "utf-8"), TypeError)]:
    try:
        bad()
    except exc as e:
        print(type(e).__name__, e)
print(bytes.fromhex("41 42"), bytes(b"abc") is not None, type(bytes(bytearray())).__name__)
