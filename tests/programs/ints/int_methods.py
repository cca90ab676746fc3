# int methods: bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio, conjugate.
for n in (0, 1, 255, 256, -1, -256, 2 ** 100):
    print(n, n.bit_length(), n.bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"))
print((0).to_bytes(0, "big"), (2 ** 64).to_bytes(9, "big"))
print((5).to_bytes(), (65).to_bytes(3))
for args in [(256, 1, "big", False), (-1, 1, "big", False), (128, 1, "big", True)]:
    try:
        print(args[0].to_bytes(args[1], args[2], signed=args[3]))
    except OverflowError as e:
        print(type(e).__name__, e)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff", "big"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b""), int.from_bytes(b"\x80" * 10, signed=True))
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)
print((10).as_integer_ratio(), (-3).conjugate(), (7).real, (7).imag, (7).numerator, (7).denominator)
print(True.bit_length(), (12).is_integer() if hasattr(12, "is_integer") else "no is_integer")
print(int.__name__, (5).__class__.__name__)
