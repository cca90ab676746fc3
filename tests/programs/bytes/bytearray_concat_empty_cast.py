# bytearray + and += take only buffers ('can't concat'), falling back to the other operand's __radd__; casting an empty 1-D memoryview is allowed (memoryview_cast_impl refuses zeros in the shape only with a new shape or ndim != 1).
class L(list):
    def __radd__(self, o): return "radd"
for expr in ["bytearray() + []", "bytearray() + L()", "bytearray(b'a') + memoryview(b'b')", "b'' + []", "b'' + L()", "x = bytearray(); x += L(); print(x)", "x = bytearray(); x += 'ab'"]:
    try: print(expr, '->', repr(eval(expr)) if '=' not in expr else exec(expr))
    except Exception as e: print(expr, type(e).__name__, e)
b = bytearray()
try:
    b += []
    print("no error", b)
except TypeError as e: print("TypeError", e)
m = memoryview(bytearray())
print(m.cast('B').tolist())
m = memoryview(b"")
print(m.cast('b').nbytes)
import array
print(memoryview(array.array('b')).cast('B').nbytes)
try: memoryview(b'').cast('B', shape=[0])
except TypeError as e: print(e)
print(memoryview(b'ab').cast('B', shape=[1, 2]).tolist())
