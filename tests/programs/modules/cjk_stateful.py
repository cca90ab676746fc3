# The stateful CJK codecs (hz, the ISO-2022 family) and JIS X 0213 (shift_jis_2004 ...).
import codecs

samples = ["abc", "a\u3042b\u00a5~\uff71", "\u304b\u309a\u304b", "\ud55c\uae00 x", "\u4e2d\u6587~",
           "\u00e9\u03b1"]
for enc in ["iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3",
            "iso2022_jp_ext", "iso2022_kr", "hz", "shift_jis_2004", "shift_jisx0213",
            "euc_jis_2004", "euc_jisx0213"]:
    for s in samples:
        try:
            b = s.encode(enc)
            print(enc, ascii(s), b, b.decode(enc) == s)
        except UnicodeEncodeError as e:
            print(enc, ascii(s), "UnicodeEncodeError", e.start, e.end, e.reason)

# Escape sequences and shifts going wrong.
for data, enc in [(b"\x1b$B\x21", "iso2022_jp"), (b"a\x1bxb", "iso2022_jp"), (b"\x0e!!", "iso2022_kr"),
                  (b"~{Dc~~:C~}", "hz"), (b"ab~cd", "hz"), (b"~{<:Ky~}~\nok", "hz")]:
    print(data, enc, ascii(data.decode(enc, "replace")))

# State across calls.
enc = codecs.getincrementalencoder("iso2022_jp")()
print(enc.getstate(), enc.encode("\u3042"), enc.getstate(), enc.encode("", True), enc.getstate())
dec = codecs.getincrementaldecoder("iso2022_jp")()
print(dec.getstate(), ascii(dec.decode(b"\x1b$B$")), dec.getstate(), ascii(dec.decode(b'"\x1b(B', True)))
enc = codecs.getincrementalencoder("euc_jis_2004")()
print(enc.encode("\u304b"), enc.getstate(), enc.encode("\u309a"), enc.encode("", True))
enc = codecs.getincrementalencoder("hz")()
print(enc.encode("\u4e2d"), enc.encode("x"), enc.encode("\u6587", final=True))
