# list.sort in place with key and reverse, returning None, and errors on mixed types.
l = [5, 2, 9, 1, 5, 6]
print(l.sort(), l)
l.sort(reverse=True)
print(l)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
mixed = [3, "a", 1]
try:
    mixed.sort()
except TypeError as e:
    print(type(e).__name__, e)
print(mixed)
try:
    [1, 2].sort(lambda a, b: a - b)
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"R({self.v})"
print(sorted([R(3), R(1), R(2)]))
