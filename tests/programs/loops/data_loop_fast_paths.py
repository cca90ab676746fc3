# Loop bodies made only of locals, constants, arithmetic, comparisons, indexing and
# unpacking run in the interpreter's second dispatch loop (interp.DataLoop), with shortcuts
# for exact ints, floats, lists and tuples. Everything else (subclasses overriding dunders,
# big ints, errors) must behave as in the general path: results, messages, tracebacks.
import sys


def arith():
    acc = 0
    f = 0.5
    big = 2 ** 62
    for i in range(-5, 6):
        acc += i * 7 - i // 3 + i % 4
        acc ^= i << 2
        acc |= i & 5
        acc += i >> 1
        f = f * 1.5 - i / 4 + i
        big += big  # overflows a long: the general path
    print(acc, f, big)
    x = -(2 ** 63)
    for _ in range(3):
        x = x - 1
        x = x * -1
    print(x)
    m = 2 ** 31
    for _ in range(4):
        m = m * m
    print(m)
    for a, b in ((7, -2), (-7, 2), (-(2 ** 63), -1)):
        print(a // b, a % b, divmod(a, b))


def floats():
    t = 0.0
    for i in range(1, 20):
        t = t + 1 / i - i * 0.25 + 2 ** -i + i ** 0.5
        t = t + i  # float + int
        t = i - t  # int - float
    print(t)
    n = float("nan")
    c = 0
    for v in (1.0, n, float("inf"), -0.0, 0.0):
        if v < 1.5:
            c += 1
        if v == v:
            c += 10
        if v != 0.0:
            c += 100
    print(c)


def compares():
    out = []
    vals = (0, 1, -1, 2 ** 70, -(2 ** 70), 3, 3.0, 2.5)
    for a in vals:
        for b in vals:
            out.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
    print(sum(1 for t in out for v in t if v))
    r = []
    for a in (1, 2, 3):
        r.append(a < 2)  # a bool left on the stack, no jump
    print(r)


def truth():
    n = 0
    for v in (0, 1, -3, 2 ** 80, 0.0, 1.5, None, "", "x", [], [0], (), True, False):
        if v:
            n += 1
        if not v:
            n += 100
    print(n)


class Len:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Bad:
    def __bool__(self):
        return "yes"


def truth_objects():
    n = 0
    for v in (Len(0), Len(2)):
        if v:
            n += 1
    print(n)
    b = Bad()
    try:
        for _ in range(2):
            if b:
                n += 1
    except TypeError as e:
        print("TypeError", e)


def indexing():
    lst = [10, 20, 30, 40]
    tup = (1, 2, 3)
    s = 0
    for i in range(-4, 4):
        s += lst[i] * tup[i % 3]
        lst[i] = lst[i] + 1
        lst[-1] -= 1
    print(s, lst)
    for bad in (4, -5, 2 ** 70):
        try:
            for _ in range(2):
                s += lst[bad]
        except IndexError as e:
            print("IndexError", e)
        try:
            for _ in range(2):
                lst[bad] = 0
        except IndexError as e:
            print("IndexError", e)
        try:
            for _ in range(2):
                s += tup[bad]
        except IndexError as e:
            print("IndexError", e)
    d = {"a": 1, 2: 3}
    for k in ("a", 2, "a"):
        d[k] = d[k] + 1
    print(d)
    try:
        for k in ("a", "zz"):
            s += d[k]
    except KeyError as e:
        print("KeyError", e)
    for bad in (1.0, "x", None):
        try:
            for _ in range(2):
                s += lst[bad]
        except TypeError as e:
            print("TypeError", e)
    try:
        for _ in range(2):
            tup[0] = 1
    except TypeError as e:
        print("TypeError", e)
    print("ab"[True], [5, 6][False], lst[True])


class MyInt(int):
    def __add__(self, other):
        return MyInt(int(self) * 100 + other)

    def __lt__(self, other):
        return True


class MyFloat(float):
    def __mul__(self, other):
        return "mul"


class MyList(list):
    def __getitem__(self, i):
        return ("item", i)

    def __setitem__(self, i, v):
        print("set", i, v)


class Idx:
    def __index__(self):
        return 1


def subclasses():
    a = MyInt(3)
    r = []
    for i in range(3):
        r.append(a + i)
        r.append(i + a)
        if a < i:
            r.append("lt")
    print(r)
    f = MyFloat(2.0)
    for i in range(2):
        r = f * 2.0
        q = 2.0 * f
    print(r, q)
    m = MyList([1, 2, 3])
    for i in range(2):
        v = m[i]
        m[i] = i * 2
    print(v, list(m))
    lst = [7, 8, 9]
    for _ in range(2):
        v = lst[Idx()]
        lst[Idx()] = 0
    print(v, lst)


def unpacking():
    pairs = [(1, 2), (3, 4)]
    t = 0
    for a, b in pairs:
        t += a * b
    for a, b in [[5, 6], [7, 8]]:
        t += a - b
    for a, b in ("xy", range(2), {9: 0, 8: 1}):
        t += len(str(a)) + len(str(b))
    print(t)
    for bad in ((1, 2, 3), (1,), [1, 2, 3], 5, "abc"):
        try:
            for _ in range(2):
                a, b = bad
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    x, y = 1, 2
    for _ in range(3):
        x, y = y, x + y
    print(x, y)


def iteration():
    lst = [1, 2, 3]
    seen = []
    for v in lst:
        seen.append(v)
        if v < 3:
            lst.append(v + 10)
    print(seen)
    n = 0
    for v in (4, 5, 6):
        n += v
    for v in range(10, 0, -3):
        n += v
    for v in range(2 ** 63 - 2, 2 ** 63 + 1):
        n += v
    for v in reversed([1, 2, 3]):
        n = n * 2 + v
    for c in "héllo":
        n += ord(c)
    for k in {"a": 1, "b": 2}:
        n += len(k)
    for v in iter([7, 8]):
        n += v
    print(n)

    def gen():
        for i in range(3):
            yield i * i

    n = 0
    for v in gen():
        n += v
    print(n)

    class It:
        def __init__(self):
            self.i = 0

        def __iter__(self):
            return self

        def __next__(self):
            self.i += 1
            if self.i > 3:
                raise StopIteration
            return self.i

    for v in It():
        n += v
    print(n)

    class Seq:
        def __getitem__(self, i):
            if i > 2:
                raise IndexError
            return i * 5

    for v in Seq():
        n += v
    print(n)


def errors():
    for src in ("1 // 0", "1 % 0", "1.0 / 0", "1 << -1", "0.0 ** -1"):
        try:
            for i in range(2):
                eval(src)
        except (ZeroDivisionError, ValueError) as e:
            print(type(e).__name__, e)
    zero = 0
    try:
        for i in range(3):
            x = i // zero
    except ZeroDivisionError as e:
        print("line", e.__traceback__.tb_lineno - errors.__code__.co_firstlineno)
    zf = 0.0
    try:
        i = 0
        while i < 3:
            i += 1
            x = i / zf
    except ZeroDivisionError as e:
        print("line", e.__traceback__.tb_lineno - errors.__code__.co_firstlineno, e)
    lst = [1]
    try:
        for i in range(3):
            x = lst[i]
    except IndexError as e:
        print("line", e.__traceback__.tb_lineno - errors.__code__.co_firstlineno, i)
    total = 0
    for i in range(4):
        try:
            total += 10 // (i - 2)
        except ZeroDivisionError:
            total += 1000
    print(total)


def while_loops():
    i = 0
    n = 0
    while i < 1000:
        if i & 1:
            n += i
        else:
            n -= 1
        i += 1
    print(n)
    x = 27
    steps = 0
    while x != 1:
        x = 3 * x + 1 if x % 2 else x // 2
        steps += 1
    print(steps)
    flags = [True] * 50
    flags[0] = flags[1] = False
    i = 2
    while i * i < 50:
        if flags[i]:
            for j in range(i * i, 50, i):
                flags[j] = False
        i += 1
    print(sum(flags))
    x = None
    for _ in range(3):
        if x is None:
            x = 0
        if x is not None:
            x += 1
    print(x)


def nested():
    bs = [[float(i), float(i + 1), 2.0] for i in range(4)]
    pairs = [(bs[i], bs[j]) for i in range(len(bs)) for j in range(i + 1, len(bs))]
    for _ in range(50):
        for b, c in pairs:
            dx = b[0] - c[0]
            d2 = dx * dx + 1.0
            mag = 0.01 / (d2 * d2 ** 0.5)
            b[1] -= dx * c[2] * mag
            c[1] += dx * b[2] * mag
    print([round(b[1], 9) for b in bs])


arith()
floats()
compares()
truth()
truth_objects()
indexing()
subclasses()
unpacking()
iteration()
errors()
while_loops()
nested()
print(sys.getrecursionlimit() > 0)
