# __divmod__/__rdivmod__, three-argument pow calling __pow__(exp, mod), __rpow__, and NotImplemented fallbacks.
class M:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"M({self.v})"
    def __divmod__(self, o):
        print("__divmod__", o)
        return ("q", "r")
    def __rdivmod__(self, o):
        print("__rdivmod__", o)
        return ("rq", "rr")
    def __pow__(self, exp, mod=None):
        print("__pow__", exp, mod)
        return M(pow(self.v, exp, mod))
    def __rpow__(self, base, mod=None):
        print("__rpow__", base, mod)
        return M(base ** self.v)
m = M(3)
print(divmod(m, 2), divmod(7, m))
print(m ** 2, pow(m, 4, 5), 2 ** m, pow(2, m))
try:
    pow(2, m, 5)
except TypeError as e:
    print(type(e).__name__, e)
class NoDivmod:
    pass
try:
    divmod(NoDivmod(), 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoDivmod() ** 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(NoDivmod(), 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
