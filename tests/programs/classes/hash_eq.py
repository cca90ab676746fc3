# __hash__ and __eq__ interplay: defining __eq__ removes hash, explicit __hash__, inherited hashes.
class OnlyEq:
    def __eq__(self, o):
        return True
print(OnlyEq.__hash__ is None)
try:
    hash(OnlyEq())
except TypeError as e:
    print(type(e).__name__, e)
class Both:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Both) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
print(hash(Both(5)) == hash(5), Both(1) == Both(1), len({Both(1), Both(1), Both(2)}))
class Child(Both):
    pass
print(hash(Child(3)) == hash(3))
class ChildEq(Both):
    def __eq__(self, o):
        return False
print(ChildEq.__hash__ is None)
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p == p, p != Plain())
class Unhashable:
    __hash__ = None
try:
    {Unhashable()}
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
