# bytes methods: split/rsplit/partition/strip/find/count/replace/startswith/join/center/zfill/hex/fromhex/expandtabs.
b = b"  The Quick, Brown, Fox  "
print(b.strip(), b.lstrip(), b.rstrip(), b.split(b","), b.split(), b.rsplit(b",", 1))
print(b.partition(b","), b.rpartition(b","), b.find(b"Fox"), b.rfind(b"o"), b.count(b"o"), b.index(b"Q"))
print(b.replace(b" ", b"_"), b.lower(), b.upper(), b.swapcase(), b.title())
print(b"a\tb".expandtabs(4), b"42".zfill(5), b"x".center(5, b"-"), b"x".ljust(3, b"*"), b"x".rjust(3))
print(b"abc".startswith(b"ab"), b"abc".endswith((b"x", b"c")), b"".join([b"a", bytearray(b"b")]), b", ".join([b"1", b"2"]))
print(b"\x00\xff".hex(), bytes.fromhex("00ff 10"), b"hello".hex("-", 2), bytearray.fromhex("aa bb"))
print(b"line1\nline2\r\n".splitlines(), b"line1\nline2".splitlines(keepends=True))
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"), b"Hello".isupper(), b"HELLO".isupper(), b"Hi There".istitle())
print(b"abc"[1], b"abc"[1:2], list(b"abc"[::-1]), b"abc" * 2, 99 in b"abc", b"bc" in b"abc")
try:
    b"abc".split(b"")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"a" in b"abc" and 300 in b"abc"
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
