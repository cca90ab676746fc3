# A compress or decompress stream ended by flush() cannot be copied: ValueError, through
# copy(), copy.copy() and copy.deepcopy() alike.
import copy
import zlib

data = b"Hamlet " * 200
c = zlib.compressobj()
packed = c.compress(data)
packed += c.flush()
for f in (c.copy, lambda: copy.copy(c), lambda: copy.deepcopy(c)):
    try:
        f()
    except ValueError as e:
        print("compress:", e)

d = zlib.decompressobj()
print(d.decompress(packed) == data, d.eof)
d.flush()
for f in (d.copy, lambda: copy.copy(d), lambda: copy.deepcopy(d)):
    try:
        f()
    except ValueError as e:
        print("decompress:", e)
