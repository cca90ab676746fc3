# bytes order with all four operators, unsigned byte values, prefixes; a bytearray on
# either side; other types refused with CPython's message.
pairs = [(b"a", b"b"), (b"b", b"a"), (b"a", b"a"), (b"", b"a"), (b"ab", b"a"), (b"\xff", b"\x01"), (b"\x00", b"")]
for x, y in pairs:
    print(x, y, x < y, x <= y, x > y, x >= y)
print(b"a" >= bytearray(b"a"), bytearray(b"b") <= b"a", b"abc" > bytearray(b"ab"))
print(sorted([b"b", b"\x80", b"a", b"", b"ab"]), max(b"x", b"xy"), min(b"\xfe", b"\x7f"))


class B(bytes):
    pass


print(B(b"b") >= b"a", b"a" >= B(b"b"))
for op in ("b'a' >= 'a'", "b'a' <= 1", "b'a' > None", "b'a' < memoryview(b'a')"):
    try:
        eval(op)
    except TypeError as e:
        print(e)
