# set algebra: union, intersection, difference, symmetric difference, operators and method forms.
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union([9], (10,))), sorted(a.intersection(range(3))), sorted(a.difference([1], [2])), sorted(a.symmetric_difference([1, 99])))
print(a.issubset(range(10)), {1}.issuperset([1]), a.isdisjoint({9}), a <= a, a < a, {1} < a, a > {1, 2}, a >= b)
c = set(a)
c |= {10}; c &= {1, 2, 10}; c -= {2}; c ^= {1, 7}
print(sorted(c))
d = set(range(5))
d.update([10], "ab")
d.intersection_update(range(3), [1, 2])
print(sorted(d))
d.difference_update([1]); d.symmetric_difference_update({2, 3})
print(sorted(d))
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
fs = frozenset([1, 2]) | {3}
print(type(fs).__name__, type({3} | frozenset([1])).__name__, sorted(fs))
print(a == frozenset(a), {1, 2} == [1, 2])
