# Unary and conversion dunders: neg, pos, abs, invert, int, float, complex, index, round, trunc, floor, ceil, bool, len.
class V:
    def __init__(self, v):
        self.v = v
    def __neg__(self): return V(-self.v)
    def __pos__(self): return V(+self.v * 1)
    def __abs__(self): return V(abs(self.v))
    def __invert__(self): return V(~int(self.v))
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __complex__(self): return complex(self.v, 1)
    def __index__(self): return int(self.v)
    def __round__(self, n=None): return f"round({n})"
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __repr__(self): return f"V({self.v})"
v = V(5)
print(-v, +v, abs(V(-3)), ~v, int(v), float(v), complex(v))
print(round(v), round(v, 2), bin(v), hex(v), oct(v), [10, 20, 30, 40, 50, 60][v], "abcdefg"[v:])
print(v.__trunc__(), v.__floor__(), v.__ceil__(), range(v))
class B:
    def __init__(self, b): self.b = b
    def __bool__(self):
        print("bool called")
        return self.b
class L:
    def __len__(self):
        print("len called")
        return 0
print(bool(B(True)), not B(False), bool(L()), "yes" if L() else "no")
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class NoNum: pass
for f in (lambda: -NoNum(), lambda: abs(NoNum()), lambda: int(NoNum()), lambda: float(NoNum()), lambda: [1][NoNum()]):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
