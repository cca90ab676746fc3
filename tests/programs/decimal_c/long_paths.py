# Decimal arithmetic around the limits of _decimal's long fast paths: coefficients near 2**62,
# 2**63 and 10**18, exponent gaps up to 19 digits, exact and inexact quotients, rounding in
# every mode at several precisions, with the flags each operation raises.
from decimal import (Decimal, localcontext, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP,
                     ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP)

MODES = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
         ROUND_05UP]
EDGES = [2**62 - 1, 2**62, 2**63 - 1, 2**63, 10**18 - 1, 10**18, 10**19 - 1, 999999999999999995,
         4611686018427387905, 5, 15, 25, 125]


def flags(ctx):
    return sorted(k.__name__ for k, v in ctx.flags.items() if v)


def show(label, f, prec=28, rounding=ROUND_HALF_EVEN):
    with localcontext() as ctx:
        ctx.prec = prec
        ctx.rounding = rounding
        ctx.clear_traps()
        try:
            r = f()
        except Exception as e:
            r = type(e).__name__
        print(label, prec, rounding, r, flags(ctx))


for c in EDGES:
    for sign in (1, -1):
        x = Decimal(sign * c)
        show("add", lambda: x + Decimal(1))
        show("add-scaled", lambda: x + Decimal("0.001"))
        show("sub-self", lambda: x - x, rounding=ROUND_FLOOR)
        show("mul", lambda: x * Decimal(2))
        show("mul-small", lambda: x * Decimal("1.5"), prec=18)
        for gap in (17, 18, 19, 20):
            show("gap%d" % gap, lambda: x + Decimal(1).scaleb(-gap), prec=40)
for mode in MODES:
    for prec in (1, 3, 17, 18, 19):
        show("round", lambda: +Decimal("123456789012345678.5"), prec, mode)
        show("round-neg", lambda: +Decimal("-98765432109876543.25"), prec, mode)
        show("quantize", lambda: Decimal("7.125").quantize(Decimal("0.01"), rounding=mode), prec)
for a, b in [(1, 3), (1, 8), (123456, 75), (10**18, 2**62), (2**62, 5**27), (7, 1024), (-9, 40), (0, 7),
             (10**17, 3125), (999999999999999999, 999999999999999999), (1, 5**26)]:
    for prec in (3, 9, 28):
        show("div %d/%d" % (a, b), lambda: Decimal(a) / Decimal(b), prec)
        show("div-exp", lambda: Decimal(a).scaleb(-5) / Decimal(b).scaleb(3), prec)
print(Decimal("123.456") / Decimal("7.5"), Decimal("1.00") / Decimal("4"), Decimal(100) / Decimal("0.25"))
print(Decimal("12345678901234567890.123"), Decimal("-0.000"), Decimal("1_000.5"), Decimal(" 42 "))
# An infinite divisor leaves the dividend as remainder, exponent and all.
for x in ("1E+3", "7.27126E+7", "-7.30181E+6", "0E+5", "123.45"):
    for prec in (2, 3, 28):
        show("divmod-inf " + x, lambda: (divmod(Decimal(x), Decimal("Infinity")), Decimal(x) % Decimal("-Infinity"),
                                          Decimal(x) // Decimal("Infinity"),
                                          Decimal(x).remainder_near(Decimal("Infinity"))), prec)
