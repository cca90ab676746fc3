# sum() works in three phases, as CPython 3.12's builtin_sum_impl: exact ints in a machine
# word, then exact floats with compensated summation, then + for anything else; each phase
# is left for good at the first item it cannot take. The results below differ in their last
# bits when the phases are not followed exactly.
print(sum([1, 1e100, 1.0, -1e100]))          # int + float is a plain add; compensation starts after
print(sum([1e16, 1, 1.0, 1, 1]))             # ints added to a float sum are not compensated
print(sum([0.1, 10**17, 1e-17, 3, 0.3]))
print(sum([1.0, 2**70, 0.1, 0.2, 0.3]))      # a big int leaves the float phase for good
print(sum([0.5, 3, 1e-16, 1e-16, 1e-16, 1e-16]))
class F(float):
    pass
print(sum([0.1, F(0.2), 0.3, 1e-17, 1e-17]))  # a float subclass leaves the float phase
class I(int):
    def __radd__(self, other):
        return "I.__radd__"
    def __add__(self, other):
        return "I.__add__"
print(sum([0.5, I(3), 0.25]))                 # an int subclass in the float phase is read as a number
print(sum([1, I(3)]))                         # ... but in the int phase it goes through +
print(sum([2**63 - 1, 1, 0.5]), sum([2**63 - 2, 1]), sum([-2**63, -1]), sum([-2**63 + 1, -1]))
print(sum([True, True, 2**62, 2**62]), sum([], True), sum([1, 2], True), sum([True, 2]))
print(sum([2**64, 1, 2]), sum([1, 2], 2**64), sum([1.5, 2], 2**64))
print(repr(sum([-0.0])), repr(sum([-0.0], -0.0)), sum([float('inf'), 1]), sum([1e308, 1e308, -1e308]))
print(sum([float('inf'), float('-inf')]), sum([1e308, 1e308, 1.0]), sum([1, 2.5, 3j, 1]))
print(sum(x * x for x in range(300000)), sum(range(10**6)), sum([3] * 1000, 0.5))
print(sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([0.1] * 10), sum([0.1] * 10, 1))
try:
    sum([1, 2, "x"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1.5, 2.5, "x"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1.5, 2**2000, 1e308 * 10])
    print(sum([1.5, 10**400]))
except OverflowError as e:
    print(type(e).__name__, e)
