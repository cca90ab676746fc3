# bytearray as a mutable buffer: in-place transforms, slicing views via memoryview, find/replace, and conversions.
buf = bytearray(b"hello world")
buf[0:5] = buf[0:5].upper()
print(buf)
view = memoryview(buf)
view[6:11] = b"WORLD"
print(buf, bytes(view[::2]))
view.release()
for i in range(len(buf)):
    if buf[i] == ord("O"):
        buf[i] = ord("0")
print(buf, buf.find(b"0"), buf.count(b"L"), buf.replace(b"L", b"l"), buf.decode())
buf.extend(range(33, 36))
buf[-1:] = b"??"
print(buf, len(buf), buf.endswith(b"??"), buf.rstrip(b"?"), list(buf[-4:]))
print(bytearray(b"abc") + b"def", b"abc" + bytearray(b"def"), bytearray(b"ab") * 3, bytearray(b"x") in [b"x"])
buf2 = bytearray(5)
buf2[::2] = b"\x01\x02\x03"
print(buf2, sum(buf2), buf2.hex(), bytes(reversed(buf2)))
