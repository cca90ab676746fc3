# bytes construction, indexing, slicing, iteration, repr and concatenation.
b = b"hello"
print(b, b[0], b[-1], b[1:3], b[::-1], list(b), len(b))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"x"), bytes())
print(b + b" world", b * 2, b"l" in b, 108 in b, b"lo" in b, b.count(b"l"))
print(repr(bytes(range(0, 256, 15))))
print(b'\'"', b"'", b'"', bytes([39, 34]))
for bad in [[256], [-1], "str", 1.5]:
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b + "x"
except TypeError as e:
    print(type(e).__name__, e)
print(b == b"hello", b < b"help", b"" < b"\x00", b == "hello")
print(hash(b"abc") == hash(b"ab" + b"c"), bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"\x01\x02".hex(":"))
print(b.upper(), b.title(), b.split(b"l"), b.replace(b"l", b"L"), b.find(b"l"), b.startswith(b"he"))
print(b"  x ".strip(), b"a,b".split(b","), b"-".join([b"a", b"b"]), b"abc".center(7, b"*"))
print(b"abc".isalpha(), b"123".isdigit(), b"ab12".isalnum(), b"Ab".islower(), b"\t ".isspace())
print(b"hello".decode(), b"caf\xc3\xa9".decode("utf-8"), bytes.maketrans(b"ab", b"xy"), b"aabb".translate(bytes.maketrans(b"ab", b"xy")))
