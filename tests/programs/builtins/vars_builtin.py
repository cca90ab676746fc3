# vars() of instances, classes and modules-free cases; errors on objects without __dict__.
class C:
    x = 1
    def __init__(self):
        self.a, self.b = 1, 2
c = C()
print(vars(c), vars(c) is c.__dict__, "x" in vars(C), type(vars(C)).__name__)
vars(c)["z"] = 26
print(c.z)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
def f():
    local = 1
    return vars()
print(f())
class S:
    __slots__ = ("a",)
try:
    vars(S())
except TypeError as e:
    print(type(e).__name__, e)
