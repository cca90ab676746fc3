TEXT_BZ2 = 'QlpoNTFBWSZTWQewT5UABXhZgAAQQAB/4DLlnIBQBAAeveaooU4CKZo0f6pVR+qAyAoABoGTIIR/qoUp/+lVRoaMmCpv1KB+VAMQApVJ6o2n6qGg9IPU/UREeRHn7iIjyI893iMVzq/p9fesAHDIChIGw0DQNhIFDIDhgA6gAOIZAdYAOGQFCQNhoGgbCQKGQHDAB1AAUgkDrABwyAoSBsNA0DYSBQyA4YAOoADYaBoGwkChkBwwMzMztjMzMzMzP0IuAi9gi4DyI8+/vse++++++/Z1gA4ZA3ve9773uc5AAAAAAAAUSiEkkm25NtttLOakkk73ve9ySKumjdXTRurpo3V00bq6aN1dNG6umjdXTRurpo3V1nOa5l3d26gBd3dxd3d3ve9732zMeROJnMeQbaq6NtVdG2qujbVXRtqro21V0ZnEeRM5nEeRetazd3d24YAOoAuq973pPpNVdG2qujbVXQXdBd0F3QXdBd0F3QXdZznMZmZk9JNySST5JqSSez3ve9JPoAAAACZmZmb1rV3q7u2wkChkKq6qqHwAAAAADOc5mZ3MyckknJJJ2SRJPe9nvekngAAAAAM5zmZmezIkkk7JJySSck973s96SdAAAAAAznNXd3fLZAUJA2qqqroamZmZmZAAAAHNazve5mZnyTckkk9JEkkne973vz58wAAAAGta221rkIvsIuAi2CL+CL4CLwEX0CLzBFyEXgIvIIugRfgRdQi5CLkItBFuEXIRdgi6hFoItwi3CLoEX+LuSKcKEgD2CfKg'
RUNS_BZ2 = 'QlpoMTFBWSZTWaC2eH4AAMP/////////////////////////////////////////////wAIcAAEmAAmAAJgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkwAEwABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEmAAmAAJgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFVVJoAAGgAmAAAAmTEwAAAADRoAEDBMABMBMAGgAAAAAAAAAAEaYNAEwAC0faAgSHkQIiRIiZFCKkWIuRgjJGiNkcI6R4j5BEgJCSIkZJCSkmJOSglJ+BKiVksJaS4l5MCYkyJmTQmpNibk4JyTonZPCek+J+UAoJQj8ShlEPyKKUYo5+ZSCklKKWUwppTinlQKiVIqZVCqlWKuVgrJWitlcK6V4r5YCwliLGWQspZizkGfOAg4QQhDiEQ0CQJay2FtLcW8uBcS5FzLofofqfsfufwXUuxdy8F5P5L0XsvhfS/F/MAYEwRgzCGFMMf0YcxBiTFGLMYY0/sxxjzIGRMkZMyhlTLGXMwQpmTNGbM4Z0zxnzQGhNEaM0hpTTGnNQak1RqzWGtNca82BsTZGzNobU2xtzcG5N0bs3hvTfG/OAcE4RwziHFOMcc5ByTlHLOYc05xzzoHROkdM6h1TrHXOwdk7R2z/D/TuH/HdO8d88B4TBwxhTxHjPIeU8x5z0HpP/PUes9h7T3HvPgfE+RBQHzIU+h9T7H3F3JFOFCQoLZ4fg'

# Streams compressed by CPython's bz2 (libbzip2) decoded here, and streams compressed
# here decoded back: the printed facts do not depend on the exact compressed bytes.
import base64
import bz2
import hashlib

for name in ("TEXT_BZ2", "RUNS_BZ2"):
    data = base64.b64decode(globals()[name])
    out = bz2.decompress(data)
    print(name, len(out), hashlib.sha256(out).hexdigest()[:16])
    d = bz2.BZ2Decompressor()
    parts = []
    for i in range(0, len(data), 37):
        parts.append(d.decompress(data[i:i + 37], 500))
        while not d.needs_input and not d.eof:
            parts.append(d.decompress(b"", 500))
    print("  pieces", b"".join(parts) == out, d.eof, max(map(len, parts)), d.unused_data)
    d = bz2.BZ2Decompressor()
    print("  unused", len(d.decompress(data + b"more")), d.unused_data, d.needs_input)
    try:
        d.decompress(b"x")
    except EOFError as e:
        print("  EOFError", e)
    print("  two streams", bz2.decompress(data + data) == out + out)

samples = [b"", b"a", b"hello world" * 50, bytes(range(256)) * 10, b"x" * 100000 + b"y" * 7,
           b"".join(b"%d\n" % (i * 7919 % 10007) for i in range(20000))]
for level in (1, 9):
    for s in samples:
        c = bz2.BZ2Compressor(level)
        comp = c.compress(s[:100]) + c.compress(s[100:]) + c.flush()
        print(level, len(s), comp[:4], bz2.decompress(comp) == s, bz2.decompress(bz2.compress(s, level)) == s)

for bad in (b"not bzip2 data", b"BZh9" + b"\x00" * 30):
    try:
        bz2.decompress(bad)
    except OSError as e:
        print("OSError", e)
try:
    bz2.decompress(bz2.compress(b"abc")[:-4])
except ValueError as e:
    print("ValueError", e)
try:
    bz2.BZ2Compressor(10)
except ValueError as e:
    print("ValueError", e)
c = bz2.BZ2Compressor()
c.flush()
for f in (lambda: c.compress(b"x"), c.flush):
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
