# Code points: ord/chr, non-BMP characters, surrogates, len and comparisons across ranges.
for c in ["A", "é", "€", "😀", "\U0010FFFF", "\x00", "\ud800"]:
    print(repr(c), ord(c), hex(ord(c)), len(c))
print(chr(65), chr(0x20AC), chr(0x1F600), repr(chr(0xDC00)), repr(chr(0)))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
s = "a😀b\U0001F4A9c"
print(len(s), s[1], s[3], s.find("c"), s.upper(), sorted(s))
print("\uffff" < "\U00010000", "😀" > "z", max("a😀é"), min("a😀é"))
print([ord(c) for c in "日本語"])
print("😀".encode("utf-8"), "😀".encode("utf-16-le"), "é".encode("latin-1"))
print(b"\xf0\x9f\x98\x80".decode("utf-8"), len(b"\xf0\x9f\x98\x80".decode()))
print("\N{GREEK SMALL LETTER ALPHA}\N{SNOWMAN}", "\u2603" == "☃")
