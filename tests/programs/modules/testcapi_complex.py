# _testcapi's PyComplex_* functions: checks, FromCComplex/FromDoubles, Real/ImagAsDouble,
# AsCComplex (__complex__, then __float__/__index__).
import _testcapi as t

class C(complex):
    pass

class WithComplex:
    def __complex__(self):
        return 4.25 + 0.5j

class WithFloat:
    def __float__(self):
        return 1.25

def show(f, *args):
    try:
        print(f.__name__, repr(f(*args)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

for o in (1 + 2j, C(3 - 1j), 4.25, 7, WithComplex(), WithFloat(), "x"):
    for f in (t.complex_check, t.complex_checkexact, t.complex_realasdouble, t.complex_imagasdouble,
              t.complex_asccomplex, t.complex_fromccomplex):
        show(f, o)
show(t.complex_fromdoubles, 1.0, 2)
show(t.complex_fromdoubles, "a", 2)
