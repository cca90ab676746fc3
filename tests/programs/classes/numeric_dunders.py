# Numeric dunders: every binary operator and its reflected and in-place forms on a user class.
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"N({self.v})"
ops = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul"]
def make(op):
    def fwd(self, o):
        return N(f"{self.v} {op} {o.v if isinstance(o, N) else o}")
    def rev(self, o):
        return N(f"{o} r{op} {self.v}")
    def inp(self, o):
        return N(f"{self.v} i{op} {o.v if isinstance(o, N) else o}")
    return fwd, rev, inp
for op in ops:
    f, r, i = make(op)
    setattr(N, f"__{op}__", f)
    setattr(N, f"__r{op}__", r)
    setattr(N, f"__i{op}__", i)
a, b = N("a"), N("b")
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, a << b, a >> b, a & b, a | b, a ^ b, a @ b)
print(1 + a, 1 - a, 1 * a, 1 / a, 1 // a, 1 % a, 1 ** a, 1 << a, 1 >> a, 1 & a, 1 | a, 1 ^ a)
x = N("x")
x += 1; print(x)
x = N("x"); x -= 1; print(x)
x = N("x"); x *= 1; print(x)
x = N("x"); x /= 1; print(x)
x = N("x"); x //= 1; print(x)
x = N("x"); x %= 1; print(x)
x = N("x"); x **= 1; print(x)
x = N("x"); x <<= 1; print(x)
x = N("x"); x >>= 1; print(x)
x = N("x"); x &= 1; print(x)
x = N("x"); x |= 1; print(x)
x = N("x"); x ^= 1; print(x)
x = N("x"); x @= 1; print(x)
print(pow(a, 2), divmod(7, 2))
