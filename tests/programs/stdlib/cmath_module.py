# cmath: every function on ordinary, signed-zero, infinite and NaN arguments, rect/polar/phase, isclose, errors
import cmath, math

inf, nan = math.inf, math.nan
args = [0j, complex(-0.0, -0.0), 1 + 1j, -2.5 + 0.5j, 3j, complex(1e300, 1e300), complex(inf, 1), complex(-inf, inf),
        complex(nan, 0.0), complex(1, nan), complex(0.5, -0.0), complex(-1e-320, 2)]
for name in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10', 'sin', 'sinh',
             'sqrt', 'tan', 'tanh']:
    f = getattr(cmath, name)
    out = []
    for z in args:
        try:
            out.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(1 - 1j), cmath.rect(2, math.pi / 2), cmath.rect(1, 0))
print(cmath.log(8, 2), cmath.log(1j, 1j), cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(1j * math.pi))
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(1, inf)), cmath.isnan(complex(nan, 1)), cmath.isclose(1, 1 + 1e-10),
      cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(0, 1e-10, abs_tol=1e-9), cmath.isclose(complex(inf, 0), complex(inf, 0)))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
class C:
    def __complex__(self):
        return 2j
class F:
    def __float__(self):
        return 4.0
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(True), cmath.sqrt(9))
for bad in [lambda: cmath.sqrt('x'), lambda: cmath.sqrt(None), lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2),
            lambda: cmath.isclose(1), lambda: cmath.isclose(1, 1, rel_tol=-1), lambda: cmath.rect('a', 1),
            lambda: cmath.log(1, 'a'), lambda: cmath.log(1, 0), lambda: cmath.sqrt(10**400), lambda: cmath.exp(1000),
            lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.rect(1, inf), lambda: cmath.phase(complex(2, 5e-324)),
            lambda: cmath.cosh(complex(800, 1))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
