# str indexing and slicing with negative indices, steps and out-of-range bounds.
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[2:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[-1:-4:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[10:]))
print(s[slice(1, 4)], s[slice(None, None, 3)], slice(1, 4, 2).indices(10), slice(None, None, -1).indices(5))
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.5]
except TypeError as e:
    print(type(e).__name__, e)
u = "aé😀z"
print(len(u), u[2], u[-1], u[1:3], u[::-1], [c for c in u])
class I:
    def __index__(self):
        return 2
print(s[I()], s[I():])
print(s[True], s[False:True])
