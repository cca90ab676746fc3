# strip family, removeprefix/removesuffix, center/ljust/rjust/zfill and expandtabs.
s = "  \t hello  \n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."), "a".strip(""))
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("nope"), "file.py".removesuffix(".py"), "x".removesuffix(""))
print(repr("ab".center(7)), repr("ab".center(7, "*")), repr("abc".center(6, "-")), repr("ab".center(1)))
print(repr("ab".ljust(5, ".")), repr("ab".rjust(5, ".")), repr("ab".ljust(1)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "".zfill(3), "-".zfill(3))
print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\n\tc".expandtabs(2)), repr("\t".expandtabs(0)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
print(repr("\u3000 x \u3000".strip()), repr("\x1c\x1dx".strip()))
