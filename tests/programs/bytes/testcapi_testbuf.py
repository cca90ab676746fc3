# _testcapi.testBuf: a builtin exporter counting its exports, through PEP 688's methods.
import _testcapi

b = _testcapi.testBuf()
print(type(b).__name__, b.references)
m = memoryview(b)
print(m.readonly, m.tobytes(), m.obj is b, b.references)
m.release()
print(b.references)
mv = b.__buffer__(0)
print(type(mv).__name__, mv.tobytes(), b.references)
b.__release_buffer__(mv)
print(b.references)
for f in (mv.tobytes, lambda: b.__release_buffer__(mv), lambda: b.__release_buffer__(memoryview(b"x")),
          lambda: b.__release_buffer__(1)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(b.references, bytes(b), _testcapi.testBuf(1, x=2).references)
