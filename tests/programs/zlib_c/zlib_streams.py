# zlib: compress/decompress with levels and wbits (zlib, raw, gzip, auto), stream objects with flush modes, max_length, unused_data, errors, checksums
import zlib

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, repr(r)[:150])
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

seed = 99
def data(n):
    global seed
    out = bytearray()
    words = [b'alpha ', b'beta ', b'gamma ', b'delta\n', b'\x00\x01', b'zeta ']
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2**31
        out += words[seed % 6]
    return bytes(out)

texts = [b'', b'hello', b'a' * 1000, data(50), data(2000)]
for txt in texts:
    for level in [-1, 0, 1, 6, 9]:
        c = zlib.compress(txt, level)
        assert zlib.decompress(c) == txt
        print(len(txt), level, len(c), c[:12].hex(), zlib.crc32(c))
    # (pyvm's deflater always uses a 32 KiB window: smaller windows agree only for short input)
    for wbits in [9, 12, 15, -15, -9, 25, 31] if len(txt) < 500 else [15, -15, 31]:
        c = zlib.compress(txt, wbits=wbits)
        back = zlib.decompress(c, wbits=wbits)
        print(len(txt), 'wbits', wbits, len(c), c[:12].hex(), back == txt)
    print('auto', zlib.decompress(zlib.compress(txt, wbits=31), 47) == txt, zlib.decompress(zlib.compress(txt), 32) == txt,
          zlib.decompress(zlib.compress(txt), 0) == txt)
print(zlib.compress(b'hello', wbits=8))
t(zlib.compress, b'hello', 10)
t(zlib.compress, b'hello', wbits=16)
t(zlib.decompress, b'xyz')
t(zlib.decompress, zlib.compress(b'hello')[:-3])
t(zlib.decompress, zlib.compress(b'hello') + b'junk')
t(zlib.decompress, b'')
for w in [7, 8, 16, 17, 24, -8, 33, 48, -16, 63]:
    t(zlib.decompress, zlib.compress(b'hello'), wbits=w)
t(zlib.decompress, zlib.compress(b'hello', wbits=15), wbits=9)
t(zlib.decompress, zlib.compress(b'hello'), bufsize=-1)
b = bytearray(zlib.compress(b'hello'))
b[-1] ^= 1
t(zlib.decompress, bytes(b))
b = bytearray(zlib.compress(b'hello', wbits=31))
b[-1] ^= 1
t(zlib.decompress, bytes(b), 31)
b = bytearray(zlib.compress(b'hello', wbits=31))
b[-5] ^= 1
t(zlib.decompress, bytes(b), 31)
t(zlib.decompress, b'x\x9c' + b'\xff' * 5)
t(zlib.compressobj, 0, 9)
t(zlib.compressobj, 10)
t(zlib.compressobj, strategy=9)
t(zlib.decompressobj, wbits=99)

c = zlib.compressobj(zdict=b'hello world')
x = c.compress(b'hello world hello') + c.flush()
print(x)
t(zlib.decompress, x)
d = zlib.decompressobj(zdict=b'hello world')
print(d.decompress(x), d.eof)
d = zlib.decompressobj()
t(d.decompress, x)

big = data(3000)
for level, strategy in [(6, 0), (1, 0), (9, 1), (6, 2)]:
    c = zlib.compressobj(level, zlib.DEFLATED, 15, 8, strategy)
    parts = [c.compress(big[:1000]), c.flush(zlib.Z_SYNC_FLUSH), c.compress(big[1000:5000]), c.flush(zlib.Z_FULL_FLUSH),
             c.compress(big[5000:]), c.flush()]
    print(level, strategy, [len(p) for p in parts], zlib.crc32(b''.join(parts)))
    assert zlib.decompress(b''.join(parts)) == big
    t(c.compress, b'x')
    t(c.flush)
c = zlib.compressobj(wbits=-15)
print(c.compress(b'abc'), c.flush(zlib.Z_NO_FLUSH), c.flush())
c = zlib.compressobj(9, wbits=31)
print(c.compress(b'abc' * 10), c.flush())

comp = zlib.compress(big) + b'TRAILING'
d = zlib.decompressobj()
out = d.decompress(comp, 100)
print(len(out), len(d.unconsumed_tail), d.unused_data, d.eof)
while d.unconsumed_tail and not d.eof:
    out += d.decompress(d.unconsumed_tail, 5000)
print(len(out), out == big, d.unused_data, d.eof, d.flush())
d = zlib.decompressobj()
pieces = [d.decompress(comp[i:i + 37]) for i in range(0, len(comp), 37)]
print(b''.join(pieces) == big, d.unused_data, d.eof)
d = zlib.decompressobj(wbits=47)
print(d.decompress(zlib.compress(b'gzip data', wbits=31) + b'more'), d.unused_data, d.eof)
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b'partial')[:5]), d.eof, d.flush(), d.eof)
t(d.decompress, b'', -1)
t(zlib.decompressobj().flush, 0)
d = zlib.decompressobj()
print(d.eof, d.unused_data, d.unconsumed_tail)
print(zlib.crc32(b'abc'), zlib.crc32(b'abc', 5), zlib.adler32(b'abc'), zlib.adler32(b'abc', 2**33 + 3), zlib.crc32(b''),
      zlib.adler32(big), zlib.crc32(big, -1))
t(zlib.compress, 'x')
t(zlib.crc32, 'x')
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION, zlib.Z_FINISH,
      zlib.Z_SYNC_FLUSH, zlib.Z_DEFAULT_STRATEGY, zlib.error.__mro__)
print(type(zlib.compressobj()), type(zlib.decompressobj()))
