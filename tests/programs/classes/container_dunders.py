# Container dunders: getitem/setitem/delitem with slices, len, contains, iter fallback to getitem, reversed, missing.
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        print("getitem", i)
        return self.data[i]
    def __setitem__(self, i, v):
        print("setitem", i, v)
        self.data[i] = v
    def __delitem__(self, i):
        print("delitem", i)
        del self.data[i]
s = Seq("abcde")
print(s[1], s[1:3], s[::2], s[-1])
s[0] = "Z"
s[1:3] = "xy"
del s[0]
print(s.data, len(s))
print(list(s), "x" in s, "q" in s)
print(list(reversed(s)))
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(OnlyGetitem()), 20 in OnlyGetitem(), list(iter(OnlyGetitem())))
class Contains:
    def __contains__(self, x):
        print("contains", x)
        return x == 1
print(1 in Contains(), 2 not in Contains())
class Rev:
    def __reversed__(self):
        return iter("cba")
print(list(reversed(Rev())))
class Key:
    def __getitem__(self, k):
        return f"key={k!r}"
print(Key()["x"], Key()[1, 2], Key()[1:2, ...], Key()[::])
try:
    len(Key())
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Key()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
