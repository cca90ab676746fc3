# memoryview over bytes and bytearray: indexing, slicing, tobytes, tolist, writes through views.
data = bytearray(b"abcdef")
mv = memoryview(data)
print(mv[0], mv[-1], bytes(mv[1:4]), mv.tobytes(), mv.tolist(), len(mv), mv.readonly, mv.nbytes)
mv[0] = 65
mv[1:3] = b"BC"
print(data)
sub = mv[2:5]
sub[0] = ord("z")
print(data, sub.tobytes())
ro = memoryview(b"xyz")
print(ro.readonly, ro[1], ro == b"xyz", ro.format, ro.itemsize, ro.ndim, ro.shape)
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    mv[0:2] = b"abc"
except ValueError as e:
    print(type(e).__name__, e)
print(bytes(memoryview(b"hi")), memoryview(b"ab").hex(), list(memoryview(b"\x01\x02")))
with memoryview(b"ctx") as m:
    print(m.tobytes())
try:
    m[0]
except ValueError as e:
    print(type(e).__name__, e)
