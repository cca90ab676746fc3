# Float formatting: f, e, g, %, precision, alignment, signs and the alternate form.
x = 1234.56789
for spec in ["", "f", ".2f", ".0f", "#.0f", "e", ".3e", "E", "g", ".3g", "G", "%", ".1%",
             "10.2f", "<10.2f", "^12.3f", "+.1f", " .1f", "010.2f", ",.2f", "_.3f", "=+12.2f", "*>12.1f"]:
    print(repr(spec), format(x, spec))
for v in [0.0, -0.0, 1e-7, 1e16, 123456789.0, 0.000123, float("inf"), float("nan"), -float("inf")]:
    print(format(v, ""), format(v, "g"), format(v, ".3"), format(v, "e"), format(v, "08.2f"))
print(format(1.5, ".0f"), format(2.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(f"{3.0:.3}", f"{3.0:g}", f"{3.0:#g}", f"{1e-5:g}", f"{1e-4:g}", f"{123456.0:g}", f"{1234567.0:g}")
print(f"{-0.0:z.1f}", f"{-0.001:z.1f}", f"{-0.001:.1f}")
print(str(1e16), str(1.0e15), "%s %r" % (0.1, 0.1))
try:
    format(1.0, "d")
except ValueError as e:
    print(type(e).__name__, e)
