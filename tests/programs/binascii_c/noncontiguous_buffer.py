# binascii's and zlib's buffer arguments (PyBUF_SIMPLE) refuse a memoryview that is not
# C-contiguous, with BufferError; bytes() and bytearray() copy one.
import binascii, zlib, array

base = memoryview(bytearray(b'noncontig'))
views = [base[::-2], base[::2], memoryview(array.array('B', b'abcdef'))[::3], base[1:5], base[::1],
         memoryview(b'abcdefgh').cast('B', shape=[2, 4])]
funcs = [binascii.b2a_hex, binascii.hexlify, binascii.crc32, binascii.b2a_base64, binascii.a2b_hex,
         binascii.crc_hqx, zlib.crc32, zlib.adler32, zlib.compress]
for v in views:
    print(v.c_contiguous, bytes(v), bytearray(v))
    for f in funcs:
        try:
            r = f(v) if f is not binascii.crc_hqx else f(v, 0)
            print("  ", f.__name__, r if not isinstance(r, bytes) or len(r) < 40 else len(r))
        except Exception as e:
            print("  ", f.__name__, type(e).__name__, e)
released = memoryview(b'ab')
released.release()
for f in (binascii.hexlify, zlib.crc32):
    try:
        f(released)
    except ValueError as e:
        print("ValueError", e)
