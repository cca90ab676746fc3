# len() of builtin containers, user __len__, and errors for non-sized values and big lengths.
print(len(""), len("abc"), len(b"ab"), len([1]), len((1, 2)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(range(0, 10, 3)))
print(len(range(10, 0)), len(range(-5, 5, 2)), len(bytearray(4)), len(memoryview(b"abc")), len(frozenset("aab")))
class L:
    def __len__(self):
        return 7
print(len(L()))
class Huge:
    def __len__(self):
        return 2 ** 70
try:
    len(Huge())
except OverflowError as e:
    print(type(e).__name__, e)
class FloatLen:
    def __len__(self):
        return 1.0
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(x for x in [])
except TypeError as e:
    print(type(e).__name__, e)
print(len(range(2 ** 40)))
try:
    len(range(2 ** 70))
except OverflowError as e:
    print(type(e).__name__, e)
