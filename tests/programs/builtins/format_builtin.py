# format() builtin with various types and specs, and errors for bad specs.
print(format(3.14159, ".3f"), format(42, "b"), format("s", ">4"), format(1234567, ","), format(0.25, "%"))
print(format(True), format(None), format([1]), format(12), format(1e100), format(-0.0, "+"))
print(format(10, "#o"), format(10, "c"), format(255, "02X"), format(3, "*^7"))
for v, spec in [(1, "z"), ("s", "d"), (1.5, "x"), ([], "x")]:
    try:
        format(v, spec)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
