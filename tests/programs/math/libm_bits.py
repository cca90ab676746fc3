# Bit-exact results of the float functions CPython 3.12 takes from the platform's C
# library (float **, math.pow, exp, log, sin, atan2, gamma's Lanczos formula, complex **,
# abs(complex), cmath's formulas...) on
# random arguments (fixed seed) over the ranges that matter: small, large, near 1,
# negative, subnormal. pyvm calls the same libm (runtime.Libm), so every result must be
# the same double, not just the same to within an ulp.
#
# By default it prints, per function, the number of cases and a digest of all results
# (float.hex, or the exception's class name), so that the expected output stays small.
# To see which cases differ:
#   python libm_bits.py -v [N] > out.txt   (one line per case; N cases per function,
#                                            default 2000) on both, then diff.
import cmath
import hashlib
import math
import random
import sys

verbose = "-v" in sys.argv
nums = [a for a in sys.argv[1:] if a.isdigit()]
N = int(nums[0]) if nums else 2000

rng = random.Random(20261125)


def bits(lo, hi):
    """A random double with binary exponent in [lo, hi] (all 53 bits random), positive."""
    mant = rng.getrandbits(52) | (1 << 52)
    return math.ldexp(mant, rng.randint(lo, hi) - 52)


def signed(x):
    return -x if rng.getrandbits(1) else x


def uni(a, b):
    return rng.uniform(a, b)


def near(c):
    """C moved by a small relative amount, either way."""
    return c * (1.0 + signed(math.ldexp(rng.random(), -rng.randint(1, 52))))


def below1():
    """Just below 1."""
    return 1.0 - math.ldexp(rng.random(), -rng.randint(1, 52))


def subnormal():
    return math.ldexp(rng.getrandbits(52) | 1, -1074)


def anyf():
    return signed(bits(-1074, 1023))


def small():
    return signed(bits(-60, -1))


def pick(*gens):
    return gens[rng.randrange(len(gens))]()


def r(x):
    if isinstance(x, complex):
        return f"{x.real.hex()},{x.imag.hex()}"
    return x.hex() if isinstance(x, float) else repr(x)


# name -> (function, argument generator producing a tuple)
ONE = {
    "exp": (math.exp, lambda: pick(lambda: uni(-745.2, 709.8), small, lambda: signed(subnormal()), lambda: uni(-5, 5))),
    "exp2": (math.exp2, lambda: pick(lambda: uni(-1075, 1024), small, lambda: uni(-5, 5))),
    "expm1": (math.expm1, lambda: pick(lambda: uni(-40, 709.7), small, lambda: signed(subnormal()), lambda: uni(-1, 1))),
    "log": (math.log, lambda: pick(lambda: bits(-1074, 1023), lambda: near(1.0), subnormal, lambda: uni(0, 10))),
    "log2": (math.log2, lambda: pick(lambda: bits(-1074, 1023), lambda: near(1.0), subnormal, lambda: uni(0, 10))),
    "log10": (math.log10, lambda: pick(lambda: bits(-1074, 1023), lambda: near(1.0), subnormal, lambda: uni(0, 100))),
    "log1p": (math.log1p, lambda: pick(lambda: uni(-1, 1), small, lambda: bits(0, 1023), lambda: signed(subnormal()))),
    "sin": (math.sin, lambda: pick(small, lambda: uni(-10, 10), lambda: signed(bits(4, 80)), anyf)),
    "cos": (math.cos, lambda: pick(small, lambda: uni(-10, 10), lambda: signed(bits(4, 80)), anyf)),
    "tan": (math.tan, lambda: pick(small, lambda: uni(-10, 10), lambda: signed(bits(4, 80)), anyf)),
    "asin": (math.asin, lambda: pick(lambda: uni(-1, 1), small, lambda: signed(below1()))),
    "acos": (math.acos, lambda: pick(lambda: uni(-1, 1), small, lambda: signed(below1()))),
    "atan": (math.atan, lambda: pick(small, lambda: uni(-10, 10), anyf)),
    "sinh": (math.sinh, lambda: pick(lambda: uni(-710, 710), small, lambda: uni(-3, 3))),
    "cosh": (math.cosh, lambda: pick(lambda: uni(-710, 710), small, lambda: uni(-3, 3))),
    "tanh": (math.tanh, lambda: pick(lambda: uni(-20, 20), small, lambda: uni(-1, 1))),
    "asinh": (math.asinh, lambda: pick(small, lambda: uni(-10, 10), anyf)),
    "acosh": (math.acosh, lambda: pick(lambda: 1.0 + bits(-52, 0), lambda: uni(1, 10), lambda: bits(0, 1023))),
    "atanh": (math.atanh, lambda: pick(lambda: uni(-1, 1), small, lambda: signed(below1()))),
    "cbrt": (math.cbrt, lambda: pick(anyf, lambda: uni(-10, 10), lambda: signed(subnormal()))),
    "erf": (math.erf, lambda: pick(lambda: uni(-6, 6), small, lambda: uni(-1, 1))),
    "erfc": (math.erfc, lambda: pick(lambda: uni(-6, 27), small, lambda: uni(-1, 1))),
    "gamma": (math.gamma, lambda: pick(lambda: uni(-180, 171.6), lambda: uni(0, 10), small, lambda: uni(-10, 0))),
    "lgamma": (math.lgamma, lambda: pick(lambda: uni(-200, 200), lambda: uni(0, 10), small, lambda: bits(0, 1000), lambda: uni(-10, 0))),
}


def pow_args():
    return pick(
        lambda: (bits(-1074, 1023), uni(-2, 2)),
        lambda: (uni(0, 10), uni(-300, 300)),
        lambda: (near(1.0), signed(bits(0, 60))),
        lambda: (-uni(0, 10), float(rng.randint(-300, 300))),
        lambda: (uni(0, 4), float(rng.randint(-1000, 1000))),
        lambda: (signed(subnormal()), uni(-1, 1)),
        lambda: (bits(-10, 10), signed(bits(-60, 3))),
    )


TWO = {
    "**": (lambda x, y: x ** y, pow_args),
    "pow": (math.pow, pow_args),
    "atan2": (math.atan2, lambda: pick(lambda: (anyf(), anyf()), lambda: (uni(-10, 10), uni(-10, 10)), lambda: (small(), uni(-1, 1)))),
    "log(x,b)": (math.log, lambda: (pick(lambda: bits(-1074, 1023), lambda: uni(0, 100)), pick(lambda: uni(1.5, 20), lambda: bits(-20, 20)))),
}


def cplx():
    return complex(pick(lambda: uni(-10, 10), small, anyf), pick(lambda: uni(-10, 10), small, anyf))


# complex ** and abs, and cmath, whose formulas call libm's hypot, atan2, log, exp, sinh...
CPLX = {
    "c**c": (lambda a, b: a ** b, lambda: (complex(uni(-10, 10), uni(-10, 10)), complex(uni(-5, 5), uni(-5, 5)))),
    "c**f": (lambda a, b: a ** b, lambda: (complex(uni(-10, 10), uni(-10, 10)), uni(-20, 20))),
    "abs(c)": (abs, lambda: (cplx(),)),
}
for fname in ("exp", "log", "sqrt", "sin", "cos", "tan", "asin", "acos", "atan",
              "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "phase"):
    CPLX["cmath." + fname] = (getattr(cmath, fname), lambda: (cplx(),))


def hexargs(args):
    return " ".join(f"{a.real.hex()},{a.imag.hex()}" if isinstance(a, complex) else a.hex() for a in args)


def run(name, fn, gen):
    h = hashlib.sha256()
    for _ in range(N):
        args = gen()
        if not isinstance(args, tuple):
            args = (args,)
        try:
            res = r(fn(*args))
        except (ValueError, OverflowError, ZeroDivisionError) as e:
            res = type(e).__name__
        line = f"{name} {hexargs(args)} {res}"
        if verbose:
            print(line)
        h.update(line.encode())
    if not verbose:
        print(f"{name:13} {N} {h.hexdigest()[:16]}")


for name, (fn, gen) in ONE.items():
    run(name, fn, gen)
for name, (fn, gen) in TWO.items():
    run(name, fn, gen)
for name, (fn, gen) in CPLX.items():
    run(name, fn, gen)
