# Correctly rounded sqrt, exp, ln, log10, power; logical, shift and classification methods.
import decimal
from decimal import Decimal as D, Context

c = Context(prec=20, traps=[])
for x in ("2", "0.5", "100", "1E-10", "12345.6789", "0", "-1", "Inf", "1"):
    d = D(x)
    print(x, c.sqrt(d), c.exp(d), c.ln(d), c.log10(d))
for a, b in (("2", "0.5"), ("4", "0.5"), ("1.0001", "10000"), ("-2", "3"), ("-2", "0.5"), ("10", "-3"),
             ("0", "-1"), ("7", "23"), ("1.5", "-2.5"), ("Inf", "-1"), ("0.1", "20")):
    c.clear_flags()
    print("pow", a, b, c.power(D(a), D(b)), sorted(k.__name__ for k, v in c.flags.items() if v))
print(c.power(3, 100, 7), c.power(-5, 3, 11))
c9 = Context(prec=9)
print(c9.logical_and(D("1100"), D("1010")), c9.logical_or(D("1100"), D("1010")),
      c9.logical_xor(D("1100"), D("1010")), c9.logical_invert(D("101")))
print(c9.shift(D("123456789"), 3), c9.shift(D("123456789"), -3), c9.rotate(D("123456789"), 2),
      c9.rotate(D("123456789"), -2), c9.scaleb(D("1.5"), 5), c9.logb(D("12345")))
for x in ("0", "-0", "1E-999999", "1E-1000005", "5", "-Inf", "NaN", "sNaN"):
    print(x, c9.number_class(D(x)), D(x).is_normal(c9), D(x).is_subnormal(c9))
print(D("1.2300").normalize(), D("120").normalize(), D("0.000").normalize(), D("1E+5").quantize(D("0.01")))
print(D("2.5").to_integral_value(), D("3.5").to_integral_value(), D("-2.5").to_integral_exact(rounding=decimal.ROUND_UP))
print(D("1").next_plus(c9), D("1").next_minus(c9), D("1").next_toward(D("2"), c9), D("-0").next_plus(c9))
print(D("12.3").compare_total(D("12.30")), D("-NaN").compare_total(D("sNaN")), D("1").compare_total_mag(D("-2")))
print(D("5").fma(3, 4), D("1.5").copy_sign(D("-0")), D("1E+3").same_quantum(D("5E+3")), D(10).radix())
