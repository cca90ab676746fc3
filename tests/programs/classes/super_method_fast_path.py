# super().name(...) takes a shortcut in the interpreter for plain functions; everything
# else (class methods, properties, static methods, __class__, errors) keeps the general path.
class A:
    def f(self, x): return ("A.f", x)
    @classmethod
    def c(cls): return ("A.c", cls.__name__)
    @property
    def p(self): return "A.p"
    @staticmethod
    def s(): return "A.s"
class B(A):
    def f(self, x): return ("B", super().f(x))
    @classmethod
    def c(cls): return ("B.c", super().c())
    def g(self):
        return super().p, super().s(), super().__class__, super().f(2)
    def h(self):
        return super().missing()
class C(B):
    def f(self, x): return ("C", super().f(x))
print(C().f(1), C.c(), C().g())
try:
    C().h()
except AttributeError as e:
    print(e)
def bad():
    return super(B, 5).f(1)
try:
    bad()
except TypeError as e:
    print(e)
