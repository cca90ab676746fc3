# reversed and sorted builtins on sequences, dicts, and objects; errors for non-sequences.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(3))), list(reversed({"a": 1, "b": 2})))
print(sorted("hello"), sorted([3, 1, 2], reverse=True), sorted({3: 0, 1: 0}), sorted([], key=len))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(x for x in [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], key=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([3, 1], None)
except TypeError as e:
    print(type(e).__name__, e)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(Seq())))
