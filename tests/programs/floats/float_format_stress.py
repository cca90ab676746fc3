# Formatting many pseudo-random floats with e/f/g/% specs and precisions, including halfway-looking cases.
state = 12345
def rnd():
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state
specs = [".0f", ".1f", ".2f", ".3e", ".1e", ".5g", "g", ".12g", "10.4f", "+.2%", ",.3f", "e", ".0e", "#.0g"]
for i in range(40):
    x = (rnd() - 2 ** 30) / (rnd() % 1000 + 1) * 10.0 ** (rnd() % 13 - 6)
    print(repr(x), " ".join(format(x, s) for s in specs))
for x in [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 1e-5, 123456789.5, 9.995, 99.5, 0.05]:
    print(x, f"{x:.0f} {x:.1f} {x:.2f} {x:.3g} {round(x, 1)} {round(x, 2)}")
