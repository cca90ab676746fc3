# Bitwise operators, shifts and true division on exact ints take shortcuts in the
# interpreter; list item assignment too. Results and errors must match the general path.


def bits():
    vals = (0, 1, -1, 5, -6, 2 ** 62, -(2 ** 63), 2 ** 64 + 3, -(2 ** 70))
    for a in vals:
        print(a & 0xFF, a | 3, a ^ -7, a & a, a | -a, a ^ a, a >> 1, a >> 70, a << 3, a << 65)
    x = 27
    x &= 6
    x |= 9
    x ^= 1
    x <<= 2
    x >>= 1
    print(x)
    for a, b in ((1, -1), (-1, -5)):
        for f in (lambda: a << b, lambda: a >> b):
            try:
                f()
            except ValueError as e:
                print("ValueError", e)
    print(True & 1, True | 2, True ^ True, 7 / 2, -7 / 2, 1 / 3, 2 ** 60 / 3, (10 ** 30) / 7)
    try:
        1 / 0
    except ZeroDivisionError as e:
        print(e)
    try:
        (10 ** 400) / 1
    except OverflowError as e:
        print(e)


def list_store():
    l = [0] * 5
    for i in range(-5, 5):
        l[i] += i
    print(l)
    l[True] = "bool index"
    print(l)
    for k in (5, -6):
        try:
            l[k] = 1
        except IndexError as e:
            print("IndexError", e)
    try:
        l["a"] = 1
    except TypeError as e:
        print(e)

    class L(list):
        def __setitem__(self, k, v):
            print("L.__setitem__", k, v)
    L([1, 2])[0] = 5


bits()
list_store()
