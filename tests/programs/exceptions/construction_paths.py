# Exception instantiation: classes that keep BaseException's __new__ and __init__ (built without
# calling either through the generic call path), and those that override one or the other.
class A(Exception): pass
class B(A):
    def __init__(self, *a): super().__init__(*[x * 2 for x in a])
class C(Exception):
    def __new__(cls, *a): return super().__new__(cls, 'fixed')
class D(OSError): pass
class E(KeyError): pass
for t, args in [(A, (1, 2)), (B, (3,)), (C, (4, 5)), (D, (2, 'nope')), (D, (1,)), (E, ('k',)), (Exception, ()), (A, ())]:
    e = t(*args)
    print(type(e).__name__, e.args, str(e), repr(e))
try:
    A(x=1)
except TypeError as e:
    print(e)
class F(Exception):
    __slots__ = ()
print(F('a').args, hasattr(F('a'), '__dict__'))
class G(Exception):
    def __init__(self): pass
print(G().args)
print(A.__new__(A, 1, 2).args, BaseException.__new__(A).args)
