# Multiple inheritance: C3 MRO, cooperative super() chains, and an inconsistent MRO error.
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
print([k.__name__ for k in Z.mro()])
try:
    class Bad(Z, W): pass
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def __init__(self, **kw):
        print("Base init", sorted(kw))
class Left(Base):
    def __init__(self, left=None, **kw):
        print("Left", left)
        super().__init__(**kw)
class Right(Base):
    def __init__(self, right=None, **kw):
        print("Right", right)
        super().__init__(**kw)
class Both(Left, Right):
    pass
Both(left=1, right=2, extra=3)
print([k.__name__ for k in Both.__mro__])
try:
    class Dup(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
class O1: pass
class O2(O1): pass
try:
    class Bad2(O1, O2): pass
except TypeError as e:
    print(type(e).__name__, e)
