# The "e" format (IEEE half precision) of struct and memoryview: both round straight from the
# double, half to even, as PyFloat_Pack2 (going through a float first rounds twice), refuse
# what does not fit, and unpack infinities, NaNs and subnormals with their signs.
import math, random, struct
m = memoryview(bytearray(2)).cast('e')
for v in [65504.0, 65519.99, 65520.0, 1e10, float('inf'), float('-inf'), -0.0, 0.0, 1.0, -2.5,
          5.960464477539063e-08, 2.9802322387695312e-08, 2.98023223876953125e-08 * 1.0000001,
          1.0009765625 + 2**-11 + 2**-40, 1.0009765625 + 2**-11, 1 + 2**-11, 0.1, 1/3, 6.1e-05, 1e-9]:
    try:
        m[0] = v
        mv = bytes(m).hex() + ' ' + repr(m[0])
    except ValueError as e:
        mv = 'ValueError: ' + str(e)
    try:
        st = struct.pack('<e', v).hex()
    except OverflowError as e:
        st = 'OverflowError: ' + str(e)
    print(repr(v), '|', mv, '|', st)
for h in ['007c', '00fc', '00fe', '007e', '0100', '0180', 'ff7b', 'ffff', '0000', '0080']:
    x, = struct.unpack('<e', bytes.fromhex(h))
    m[0:1] = memoryview(bytes.fromhex(h)).cast('e')
    y = m[0]
    print(h, repr(x), math.copysign(1.0, x), repr(y), math.copysign(1.0, y))
random.seed(5)
diff = 0
total = 0
for i in range(20000):
    v = random.uniform(-70000, 70000) * 2.0 ** random.randint(-30, 0)
    try:
        m[0] = v
        a = bytes(m)
    except ValueError:
        a = None
    try:
        b = struct.pack('<e', v)
    except OverflowError:
        b = None
    diff += a != b
    total += int.from_bytes(b, 'little') if b else 0
print('memoryview and struct differ on', diff, 'checksum', total)
