# complex(): identity for an exact complex, __complex__ of subclasses first, the
# messages for bad arguments; ** overflow; slice.indices and range slicing with huge ints.
import warnings

c = 3 + 4j
print(complex(c) is c)

class C0(complex):
    def __complex__(self):
        return 42j

class C1(complex):
    def __complex__(self):
        return self

print(complex(C0(1j)), complex(1, C0(2j)))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(complex(C1(2j)))
print([str(x.message) for x in w])

for args in [({},), (1, {}), ({}, 1), ("1", {}), (1, "1"), (None,)]:
    try:
        complex(*args)
    except TypeError as e:
        print(e)

for a, b in [(1e200 + 1j, 1e200 + 1j), (complex(1e300, 1e300), 2), (2, 1e200 + 1j), (0j, -1),
             (complex(float("inf"), 0), 2), (1 + 1j, 3)]:
    try:
        print(a ** b)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

big = 2 ** 100
print(slice(None, None, -1).indices(big))
print(slice(-big, big, 3).indices(10))
print(slice(5, None, -big).indices(big * 2))
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(e)
r = range(big)[big // 2::big // 4]
print(r, len(r))
print(range(10)[::big], range(10)[big::-1], range(-big, big, 7)[3:-3:2][:2])
