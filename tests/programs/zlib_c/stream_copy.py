# Compress.copy() / Decompress.copy() (and copy.copy, copy.deepcopy): the copy goes on
# from the same state as the original, independently of it.
import copy
import zlib

data = b"".join(b"line %d of some text to compress\n" % i for i in range(2000))

for how in ("copy", "copy.copy", "copy.deepcopy"):
    c = zlib.compressobj(6)
    head = c.compress(data[:20000])
    head += c.flush(zlib.Z_SYNC_FLUSH)
    c2 = c.copy() if how == "copy" else copy.copy(c) if how == "copy.copy" else copy.deepcopy(c)
    a = head + c.compress(data[20000:]) + c.flush()
    b = head + c2.compress(b"another ending") + c2.flush()
    print(how, zlib.decompress(a) == data, zlib.decompress(b) == data[:20000] + b"another ending")

for wbits in (15, -15, 31):
    c = zlib.compressobj(9, zlib.DEFLATED, wbits)
    comp = c.compress(data) + c.flush()
    d = zlib.decompressobj(wbits)
    first = d.decompress(comp[:len(comp) // 2], 1000)
    tail = d.unconsumed_tail
    d2 = d.copy()
    rest1 = d.decompress(tail + comp[len(comp) // 2:]) + d.flush()
    rest2 = d2.decompress(tail + comp[len(comp) // 2:]) + d2.flush()
    print(wbits, first + rest1 == data, first + rest2 == data, d.eof, d2.eof)

# A stream ended by flush() cannot be copied.
c = zlib.compressobj()
c.compress(b"abc")
c.flush()
for f in (lambda o: o.copy(), copy.copy, copy.deepcopy):
    try:
        f(c)
    except ValueError as e:
        print("ValueError", e)
d = zlib.decompressobj()
d.decompress(zlib.compress(b"abc"))
d.flush()
try:
    d.copy()
except ValueError as e:
    print("ValueError", e)

# A copy made with a zdict and after an error.
zd = b"some text to compress"
c = zlib.compressobj(zdict=zd)
x = c.compress(data[:500])
c3 = c.copy()
print(zlib.decompressobj(zdict=zd).decompress(x + c.flush()) == data[:500],
      zlib.decompressobj(zdict=zd).decompress(x + c3.flush()) == data[:500])
d = zlib.decompressobj()
try:
    d.decompress(b"not zlib data")
except zlib.error as e:
    print("error", e)
