# TextIOWrapper and stateful encoders: a BOM is written once, at the start of the stream,
# never again when appending, seeking back or switching encoding in the middle.
import io, os, tempfile

d = tempfile.mkdtemp()
fn = os.path.join(d, "f")
for charset in ("utf-8-sig", "utf-16", "utf-32"):
    with open(fn, "w", encoding=charset) as f:
        f.write("aaa")
        pos = f.tell()
    with open(fn, "a", encoding=charset) as f:
        f.write("xxx")
    with open(fn, "rb") as f:
        print(charset, "append", f.read() == "aaaxxx".encode(charset))
    with open(fn, "r+", encoding=charset) as f:
        f.seek(pos)
        f.write("zzz")
        f.seek(0)
        f.write("bbb")
    with open(fn, "rb") as f:
        print(charset, "seek", f.read() == "bbbzzz".encode(charset))
    with open(fn, "a", encoding=charset) as f:
        f.seek(0)
        f.seek(0, 2)
        f.write("yyy")
    with open(fn, "rb") as f:
        print(charset, "seek end", f.read() == "bbbzzzyyy".encode(charset))
    with open(fn, "r", encoding=charset) as f:
        print(charset, "read", f.read())

raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="ascii", newline="\n")
t.write("abc\n")
t.reconfigure(encoding="utf-8-sig")
t.write("d\xe9f\n")
t.flush()
print(raw.getvalue())

raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="utf-16-le")
t.write("x")
t.reconfigure(encoding="utf-16")
t.write("y")
t.flush()
print(raw.getvalue())

# A stateful encoder's pending character is dropped by a seek (textio.c's encoder reset).
with open(fn, "w", encoding="euc_jis_2004") as f:
    f.write("\u00e6\u0300")
    p0 = f.tell()
    f.write("\u00e6")
    f.seek(p0)
    f.write("\u0300")
with open(fn, "r", encoding="euc_jis_2004") as f:
    print(ascii(f.readline()))
