# slice objects: construction, attributes, indices(), use in subscripts, equality, hashing in 3.12, and repr.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None, -1))
print(list(range(20))[s], "abcdefghijk"[s], s.indices(5), slice(None, None, -2).indices(7), slice(-3, None).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
print(hash(slice(1, 2)) == hash(slice(1, 2)))
class Recorder:
    def __getitem__(self, k):
        return k
r = Recorder()
print(r[1:2], r[::3], r[:], r[1:2, 3], r[..., 1:])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
l = list(range(10))
l[slice(2, 5)] = ["x"]
del l[slice(None, None, 3)]
print(l)
