# Decimal arithmetic under several contexts: rounding, flags, signals, special values.
import decimal
from decimal import Decimal as D, Context, localcontext, getcontext

def flags(c):
    return sorted(k.__name__ for k, v in c.flags.items() if v)

c = Context(prec=9, traps=[])
for a, b in [("1.23456789", "9.87654321"), ("1E+999999", "1E+999999"), ("-0", "0"), ("1", "-1"),
             ("0.1", "0.2"), ("123456789", "0.5"), ("Inf", "-Inf"), ("NaN12", "sNaN3"), ("1E-999999", "1E-9")]:
    for op in ("add", "subtract", "multiply", "divide", "divide_int", "remainder", "remainder_near",
               "compare", "max", "min", "quantize"):
        c.clear_flags()
        r = getattr(c, op)(D(a), D(b))
        print(op, a, b, repr(r), flags(c))

for rounding in (decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
                 decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP):
    c = Context(prec=3, rounding=rounding, traps=[])
    print(rounding, [str(c.plus(D(x))) for x in ("1.235", "-1.235", "1.245", "1.2501", "1.201", "-9.999", "1.05")])

# Subnormals, clamping, overflow.
c = Context(prec=5, Emin=-10, Emax=10, clamp=1, traps=[])
for x in ("1E-14", "1.2345E-12", "9.99999E+10", "1E+10", "1.5E-15", "0E+20"):
    c.clear_flags()
    print(x, repr(c.plus(D(x))), flags(c))

# Traps raise the first trapped signal with the list of conditions.
with localcontext() as ctx:
    ctx.traps[decimal.Inexact] = True
    try:
        D(1) / 3
    except decimal.Inexact as e:
        print("trapped", type(e).__name__, [k.__name__ for k in e.args[0]])
try:
    D("1.2.3")
except decimal.InvalidOperation as e:
    print("syntax", [k.__name__ for k in e.args[0]])
try:
    D(1) / 0
except ZeroDivisionError as e:
    print("zero", type(e).__name__, isinstance(e, decimal.DivisionByZero))

# Operators and mixed int arithmetic.
x = D("12.345")
print(x + 1, 1 - x, x * 3, x / 4, x // 2, x % 2, divmod(x, 2), -x, +x, abs(-x), x ** 2, 2 ** D("0.5"))
print(pow(D(3), 4, 7), D("-7") // 2, D("-7") % 2, round(x, 1), round(x), int(x), float(x))
print(x == 12.345, x < 13, x > 12, D("0.5") == 0.5, D(1) == 1, D("NaN") == D("NaN"), D(2) != 2.0)
print(hash(D("1.5")) == hash(1.5), hash(D(7)) == hash(7), hash(D("-0.25")) == hash(-0.25))
print(sorted([D("3"), D("1.5"), D("-2"), D("0")]), max(D(1), D("1.0")), min(D("2"), D("2.00")))
