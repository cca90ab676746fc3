# Decimal construction, text forms, tuples, ratios, formatting, pickling.
import decimal, pickle, copy
from decimal import Decimal as D, Context
from fractions import Fraction

for s in ("0", "-0", "1.50", "1e5", "-1.2E-7", "  42  ", "1_000.5", "Infinity", "-inf", "nan", "sNaN17",
          "0.000001", "0.0000001", "123456789012345678901234567890", "1E+1000", "5E-1000"):
    d = D(s)
    print(repr(s), repr(d), str(d), d.to_eng_string(), d.as_tuple(), d.is_finite(), d.is_nan())
print(D(0.1), D(-0.0), D(2**70), D((1, (3, 1, 4), -2)), D([0, [1], "F"]), D.from_float(1.25))
print(D("3.75").as_integer_ratio(), D("-100").as_integer_ratio(), D(5).adjusted(), D("0.012").adjusted())
print(Context(prec=3).create_decimal("3.14159"), Context(prec=3).create_decimal_from_float(2.5678))
print(D("1.5") == Fraction(3, 2), D("0.3") < Fraction(1, 3), D(2) > Fraction(7, 4))
for spec in ("", ".2f", "10.3e", "<12", "^12.1f", "+,.2f", ",", "%", ".0%", "g", "G", ".3g", "e", "012.2f", "z.1f", "n", " =+9.1f", "*>8", ".1e"):
    print(repr(spec), [format(D(x), spec) for x in ("1234567.891", "-0.00012", "0", "-0.01")])
for x in ("1.23", "-Inf", "NaN4", "1E+5"):
    y = pickle.loads(pickle.dumps(D(x)))
    print(repr(y), copy.copy(D(x)) is not None, copy.deepcopy(D(x)).compare_total(D(x)))
c = Context(prec=7, rounding=decimal.ROUND_UP, Emin=-20, Emax=20, capitals=0, clamp=1, flags=[decimal.Inexact], traps=[])
print(c)
print(pickle.loads(pickle.dumps(c)))
print(c.copy().flags[decimal.Inexact], c.Etiny(), c.Etop(), c.to_sci_string(D("1E+30")))
class MyDecimal(D):
    pass
m = MyDecimal("1.5")
print(type(m).__name__, type(m + 1).__name__, m.as_integer_ratio(), isinstance(m, D))
