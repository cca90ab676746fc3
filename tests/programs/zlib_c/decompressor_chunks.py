# zlib._ZlibDecompressor handing out at most max_length bytes per call, keeping the input
# it could not use; Z_PARTIAL_FLUSH/Z_BLOCK flushes and other memLevels give streams that
# decompress to the input; bad flush modes and memLevels refused as zlib does.
import zlib

text = b"".join(b"line %d of some text\n" % i for i in range(3000))
data = zlib.compress(text)
d = zlib._ZlibDecompressor()
out = [d.decompress(data[:-64], max_length=100)]
print(len(out[-1]), d.needs_input, d.eof)
out.append(d.decompress(b"", max_length=100))
print(len(out[-1]), d.needs_input)
out.append(d.decompress(data[-64:], max_length=100))
calls = 0
while not d.eof:
    out.append(d.decompress(b"", max_length=100))
    assert len(out[-1]) <= 100
    calls += 1
print(b"".join(out) == text, calls > 100, d.unused_data, d.needs_input)
try:
    d.decompress(b"x")
except EOFError as e:
    print("EOFError", e)

d = zlib._ZlibDecompressor()
print(d.decompress(data + b"tail") == text, d.eof, d.unused_data)

for mode in (zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_BLOCK):
    for level in (0, 1, 6, 9):
        c = zlib.compressobj(level)
        parts = [c.compress(text[:3000]), c.flush(mode), c.compress(text[3000:]), c.flush()]
        assert zlib.decompress(b"".join(parts)) == text, (mode, level)
print("flush modes ok")
for mode in (6, 7, -1):
    c = zlib.compressobj()
    try:
        c.flush(mode)
    except zlib.error as e:
        print(mode, e)
for ml in (1, 9):
    c = zlib.compressobj(2, zlib.DEFLATED, -12, ml, zlib.Z_FILTERED)
    print(ml, zlib.decompressobj(-12).decompress(c.compress(text) + c.flush()) == text)
for ml in (0, 10):
    try:
        zlib.compressobj(memLevel=ml)
    except ValueError as e:
        print(ml, e)
