# Return values of dunders coerced or checked: __contains__/__eq__ results truth-tested, __hash__ -1 becomes -2, bad __index__/__len__.
class Weird:
    def __contains__(self, x):
        return "non-empty"
    def __eq__(self, o):
        return [1]
    def __hash__(self):
        return -1
w = Weird()
print(1 in w, 1 not in w, w == 1, w != 1, hash(w), [w].count(w), w in [0])
class BadIndex:
    def __index__(self):
        return 1.5
try:
    [1, 2][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
class BoolLen:
    def __len__(self):
        return True
print(len(BoolLen()))
class NotIterable:
    __iter__ = None
try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)
class NoContainsButIter:
    def __iter__(self):
        print("iterating for 'in'")
        return iter([1, 2, 3])
print(2 in NoContainsButIter(), 9 in NoContainsButIter())
class NegHash:
    def __hash__(self):
        return -2 ** 70
print(hash(NegHash()) == hash(-2 ** 70))
class IntSub(int):
    pass
class HashReturnsSub:
    def __hash__(self):
        return IntSub(7)
print(hash(HashReturnsSub()), type(hash(HashReturnsSub())).__name__)
