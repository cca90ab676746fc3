# The implicit __class__ cell: zero-argument super() and __class__ inside methods, and super() failures outside.
class A:
    def who(self):
        return __class__.__name__
    def f(self):
        return "A.f"
class B(A):
    def who(self):
        return __class__.__name__ + " (runtime type " + type(self).__name__ + ")"
    def f(self):
        return "B.f>" + super().f()
    @staticmethod
    def static_super():
        return super().f()
    @classmethod
    def cls_super(cls):
        return super().who
class C(B):
    pass
print(A().who(), C().who(), C().f(), C.cls_super().__qualname__)
try:
    B.static_super()
except RuntimeError as e:
    print(type(e).__name__, e)
def outside():
    return super().f()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
def late(self):
    return super(B, self).f()
B.late = late
print(C().late())
class D(A):
    def f(self):
        inner = lambda: super(D, self).f()
        return "D via lambda>" + inner()
print(D().f())
