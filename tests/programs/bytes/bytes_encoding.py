# Encoding and decoding text: utf-8, utf-16, latin-1, ascii with error handlers, and lengths in bytes.
text = "héllo wörld €😀"
for enc in ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le"]:
    data = text.encode(enc)
    print(enc, len(data), data[:12], data.decode(enc) == text)
print(len(text.encode("utf-16")), text.encode("utf-16")[:2] in (b"\xff\xfe", b"\xfe\xff"))
print(text.encode("latin-1", "replace"), text.encode("ascii", "ignore"), text.encode("ascii", "backslashreplace"))
print(text.encode("ascii", "xmlcharrefreplace"))
bad = b"ok \xff\xfe bad \xc3"
print(bad.decode("utf-8", "replace"), bad.decode("utf-8", "ignore"), bad.decode("utf-8", "backslashreplace"))
print(bad.decode("latin-1"), "é".encode("UTF8"), "é".encode("Latin1"), b"\xe9".decode("iso-8859-1"))
for enc, data in [("utf-8", b"\xc3"), ("utf-8", b"\xed\xa0\x80"), ("ascii", b"\x80")]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.encoding, e.start, e.end, e.reason)
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("\ud800".encode("utf-8", "surrogatepass"), b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
