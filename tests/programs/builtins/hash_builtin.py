# hash() of ints, bools, floats equal to ints, tuples of ints, and int-valued strings' values (not str hashes).
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(10 ** 20))
print(hash(True), hash(False), hash(1.0), hash(2.5), hash(-0.0), hash(1e100) == hash(int(1e100)))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
print(hash(int("12345")), hash(float("inf")), hash(1 + 0j) == hash(1))
print(hash(frozenset()) == hash(frozenset()), hash(None) == hash(None))
try:
    hash({})
except TypeError as e:
    print(type(e).__name__, e)
print(type(hash("abc")).__name__, hash("abc") == hash("abc"))
