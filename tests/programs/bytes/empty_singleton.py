# Empty bytes is one object (CPython's singleton), and a whole slice of exact bytes is the
# bytes itself; subclasses never share it. Constant folding computes rounding arithmetic
# with the runtime's own operators, so folded and computed values agree.
import ast
e = b''
b = b'abc'
zero = 0
print(bytes() is e, bytes(zero) is e, b[1:1] is e, b[:] is b, b[::1] is b, b[::-1] is b)
print(bytes(bytearray()) is e, bytes(memoryview(e)) is e, b'x'[5:] is e, e[:] is e)
class B(bytes):
    pass
x = B(b'ab')
print(type(x[:]).__name__, x[:] is x, type(B()).__name__, B() is e, B() == e)
t = ast.Expression(body=ast.Constant(value=e))
ast.fix_missing_locations(t)
print(eval(compile(t, '<ast>', 'eval')) is e)
two, half, c1, c2 = 2, 0.5, 1+2j, 3-1j
print(2 ** -1 == two ** -1, 2.0 ** 0.5 == 2.0 ** half, (1+2j) * (3-1j) == c1 * c2, (1+2j) / (3-1j) == c1 / c2)
print(2 ** -1, 2.0 ** 0.5, (1+2j) / (3-1j), (-8.0) ** (1/3), 1e308 * 10, 10 ** -400, (2+0j) ** 0.5)
print(1 in [1] == True, ('a %s ' + 'b %r') % (1, 'x'))
