# The CJK multibyte codecs: round trips, error handling, incremental and stream use.
import codecs, io

text = "abc \u3042\u30a2\u4e00\u4e8c \uff21 \u00e9"
for enc in ["shift_jis", "cp932", "euc_jp", "euc_kr", "cp949", "johab", "gb2312", "gbk",
            "gb18030", "big5", "cp950", "big5hkscs"]:
    b = text.encode(enc, "replace")
    print(enc, b.hex(), b.decode(enc) == text.encode(enc, "replace").decode(enc))

# Errors: illegal and incomplete sequences, each handler.
for data in [b"abc\x81\x00\x82\xa0", b"ab\x81", b"\xff\xfe"]:
    for errors in ["replace", "ignore", "backslashreplace"]:
        print(data, errors, repr(data.decode("shift_jis", errors)))
    try:
        data.decode("shift_jis")
    except UnicodeDecodeError as e:
        print("strict:", e.start, e.end, e.reason)
try:
    "x\u00e9\u20ac".encode("gb2312")
except UnicodeEncodeError as e:
    print("encode:", e.encoding, e.start, e.end, e.reason)
print("x\u00e9\u20ac".encode("gb2312", "xmlcharrefreplace"))
print("x\u00e9".encode("big5", "replace"))

# Special sequences: euc_kr make-up, gb18030 four bytes, big5hkscs pairs, euc_jp JIS X 0212.
print("\uac02".encode("euc_kr").hex(), bytes.fromhex("a4d4a4a1a4bfa4a2").decode("euc_kr"))
print("\u20ac\U0001f600".encode("gb18030").hex(), bytes.fromhex("9532 8236".replace(" ", "")).decode("gb18030"))
print("\u00ca\u0304\u00ca".encode("big5hkscs").hex(), [hex(ord(c)) for c in b"\x88\x62\x88\x66".decode("big5hkscs")])
print("\u02d8".encode("euc_jp").hex())

# Incremental: a sequence split across calls.
dec = codecs.getincrementaldecoder("gbk")()
print(repr(dec.decode(b"a\xc4")), dec.getstate(), repr(dec.decode(b"\xe3b")), dec.getstate())
try:
    dec.decode(b"\xc4", final=True)
except UnicodeDecodeError as e:
    print("final:", e.reason)
enc = codecs.getincrementalencoder("big5hkscs")()
print(enc.encode("\u00ca"), enc.getstate() > 0, enc.encode("\u030c"), enc.getstate())

# Streams.
raw = io.BytesIO("\u3042\u3044\n\u3046\n".encode("euc_jp"))
reader = codecs.getreader("euc_jp")(raw)
print(reader.readline(), reader.read())
out = io.BytesIO()
writer = codecs.getwriter("cp949")(out)
writer.write("\ud55c\uad6d")
writer.writelines(["a", "\uac00"])
print(out.getvalue().hex())

# Codec objects and their module.
import _codecs_jp, _multibytecodec
c = _codecs_jp.getcodec("cp932")
print(type(c).__name__, c.encode("\u3042"), c.decode(b"\x82\xa0"))
for bad in [b"x", "nope"]:
    try:
        _codecs_jp.getcodec(bad)
    except (TypeError, LookupError) as e:
        print(type(e).__name__, e)
