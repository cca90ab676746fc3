# super() forms: zero-arg, two-arg, in classmethods, skipping levels, and super objects' attributes.
class A:
    def f(self):
        return "A.f"
    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"
class B(A):
    def f(self):
        return "B.f>" + super().f()
    @classmethod
    def make(cls):
        return "B.make>" + super().make()
class C(B):
    def f(self):
        return "C.f>" + super(B, self).f()
print(C().f(), B().f(), C.make())
print(super(C, C()).f(), super(B, C).make())
class D(A):
    def g(self):
        def inner():
            return "nested function uses explicit super: " + super(D, self).f()
        return inner()
print(D().g())
try:
    super(A, 5)
except TypeError as e:
    print(type(e).__name__, e)
class E(A):
    def f(self):
        return super().missing()
try:
    E().f()
except AttributeError as e:
    print(type(e).__name__, e)
class F(A):
    def __init__(self):
        self.x = super().f()
print(F().x)
