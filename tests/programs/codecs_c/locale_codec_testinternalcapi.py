# _testinternalcapi.EncodeLocaleEx / DecodeLocaleEx: the locale codec of the operating
# system's boundary (a UTF-8 locale, not UTF-8 mode): strict and surrogateescape only,
# RuntimeError with the position of the first character or byte that does not convert.
import _testinternalcapi as t

texts = ["ascii", "ulatin1:\xa7\xe9", "u255:\xff", "UCS:\xe9\u20ac\U0010ffff",
         "surrogates:\uDC80\uDCFF", "high:\ud800", "escape-range-end:\udd00"]
for s in texts:
    for e in ["strict", "surrogateescape", "surrogatepass", "backslashreplace"]:
        try:
            print(ascii(s), e, repr(t.EncodeLocaleEx(s, 0, e)))
        except Exception as x:
            print(ascii(s), e, type(x).__name__, x)

data = [b"blatin1:\xa7\xe9", b"u255:\xc3\xbf", b"surrogates:\xed\xb2\x80\xed\xb3\xbf",
        b"truncated\xc3", b"\xf4\x8f\xbf\xbf", b"\xf4\x90\x80\x80"]
for b in data:
    for e in ["strict", "surrogateescape", "surrogatepass", "ignore"]:
        try:
            print(b, e, ascii(t.DecodeLocaleEx(b, 0, e)))
        except Exception as x:
            print(b, e, type(x).__name__, x)

print(t.EncodeLocaleEx("x"), ascii(t.DecodeLocaleEx(b"x")))
for bad in [lambda: t.EncodeLocaleEx("a\0b"), lambda: t.DecodeLocaleEx(b"a\0b")]:
    try:
        bad()
    except ValueError as x:
        print("ValueError", x)
