# Float arithmetic and comparison take shortcuts in the interpreter for exact floats and
# small ints; results and errors must be exactly those of the general path.


def arith():
    print(1.5 + 2, 2 - 0.5, 3 * 1.5, 1 / 2.0, 7.0 // 2, 7.5 % 2, 2.0 ** 3)
    print(2 + 1.5, 0.5 - 2, 1.5 * 3, 2.0 / 4, -7 // 2.0, -7.5 % 2)
    x = 0.1
    for _ in range(3):
        x += 0.2
        x *= 1.5
        x -= 0.01
        x /= 1.1
    print(x)
    print(2 ** 60 * 1.0, (2 ** 53 + 1) + 0.0, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0)
    print(1e308 * 10, -1e308 * 10, float("inf") - float("inf"))


def errors():
    for a, b in ((1.0, 0), (1, 0.0), (0.0, 0.0)):
        try:
            a / b
        except ZeroDivisionError as e:
            print(type(e).__name__, e)
    try:
        x = 1.0
        x /= 0
    except ZeroDivisionError as e:
        print("in place:", e)
    try:
        10 ** 400 + 1.0
    except OverflowError as e:
        print("OverflowError", e)
    try:
        1.0 * (10 ** 400)
    except OverflowError as e:
        print("OverflowError", e)
    try:
        1.0 + "a"
    except TypeError as e:
        print(e)


def compare():
    nan = float("nan")
    print(1.0 < 2.0, 2.0 <= 2.0, 1.0 == 1.0, 1.0 != 1.0, 3.0 > 2.0, 2.0 >= 3.0)
    print(nan == nan, nan != nan, nan < 1.0, nan >= nan, 1.0 > nan)
    print(-0.0 == 0.0, 1.0 == 1, 2.5 > 2, 2 < 2.5, float("inf") > 10 ** 400)


class MyFloat(float):
    def __add__(self, o):
        return "MyFloat.__add__"

    def __radd__(self, o):
        return "MyFloat.__radd__"

    def __lt__(self, o):
        return "MyFloat.__lt__"


class MyInt(int):
    def __mul__(self, o):
        return "MyInt.__mul__"

    def __rmul__(self, o):
        return "MyInt.__rmul__"


def subclasses():
    print(MyFloat(1.0) + 2.0, 2.0 + MyFloat(1.0), MyFloat(1.0) < 2.0)
    print(MyInt(3) * 1.5, 1.5 * MyInt(3), True + 0.5, 1.5 * False)


arith()
errors()
compare()
subclasses()


def powers():
    print(2.0 ** 0.5, 2 ** 0.5, 4.0 ** 2, (-8.0) ** (1 / 3), 0.0 ** 0, (-2.0) ** 3)
    d2 = 3.0
    d2 **= 1.5
    print(d2)
    for a, b in ((0.0, -1), (10.0, 400.0)):
        try:
            print(a ** b)
        except (ZeroDivisionError, OverflowError) as e:
            print(type(e).__name__, e)


powers()
