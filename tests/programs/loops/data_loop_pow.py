# x ** y in loop bodies that the interpreter's second dispatch loop (interp.DataLoop) runs:
# it computes a positive finite float base to a finite exponent itself and leaves every
# other case (zero, negative and infinite bases, NaN, overflow, big ints, subclasses) to the
# general code. Results, errors and tracebacks must be CPython's float_pow's. The odd values
# come after the first item, since the loop is entered at its first backward jump.


def powers(xs, ys):
    # The comprehension's loop is the data loop: FOR_ITER, BINARY_OP **, LIST_APPEND.
    return [[x ** y for y in ys] for x in xs]


def sum_pow(xs, y):
    t = 0.0
    for x in xs:
        t = t + x ** y
    return t


def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, r)


inf = float("inf")
nan = float("nan")
xs = [2.0, 0.5, 1.0, 10.0, 1e-5, 1e10, 3, 2 ** 60, 7.25, 1.0000001]
ys = [0.5, 2.0, -3.0, 0.0, 1e-3, 3, -1, 0.25, 10.5, -10.5]
for row in powers(xs, ys):
    print([repr(v) for v in row])

show("edges", powers, [1.0, inf, -inf, nan, 0.0, -0.0, -2.0], [0.5, 3.0, 2.0, 0.0, inf, -inf, nan])
show("underflow", sum_pow, [2.0, 1e-300], 2.0)
show("overflow", sum_pow, [2.0, 1e200], 2.0)
show("overflow int exp", sum_pow, [2.0, 10.0], 400)
show("zero negative", sum_pow, [2.0, 0.0], -1.0)
show("negative fractional", sum_pow, [4.0, -8.0, 9.0], 1 / 3)
show("negative integral", sum_pow, [4.0, -8.0, 9.0], 3.0)
show("int base", sum_pow, [2, 3, 2 ** 60, 2 ** 70], 0.5)
show("nan base", sum_pow, [2.0, nan], 0.0)
show("one nan", sum_pow, [2.0, 1.0], nan)
show("inf exp", sum_pow, [2.0, 0.5, 1.0], -inf)


class F(float):
    def __pow__(self, other):
        return "F.__pow__"

    def __rpow__(self, other):
        return 1.5


print(powers([2.0, F(3.0)], [2.0, F(0.5)]))


def loop_with_traceback(xs):
    t = 1.0
    for x in xs:
        t = t * 1.5 + x ** -2.0
    return t


try:
    loop_with_traceback([1.0, 2.0, 0.0])
except ZeroDivisionError as e:
    import traceback
    print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(e.__traceback__)])
