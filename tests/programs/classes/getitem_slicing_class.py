# A sequence class that supports int and slice indices (returning the same class), negative indices and iteration.
class Seq:
    def __init__(self, items):
        self._items = list(items)
    def __len__(self):
        return len(self._items)
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return Seq(self._items[idx])
        if not isinstance(idx, int):
            raise TypeError(f"indices must be int or slice, not {type(idx).__name__}")
        if idx < 0:
            idx += len(self)
        if not 0 <= idx < len(self):
            raise IndexError("Seq index out of range")
        return self._items[idx]
    def __repr__(self):
        return f"Seq({self._items})"
    def __add__(self, other):
        return Seq(self._items + list(other))
    def __mul__(self, n):
        return Seq(self._items * n)
    __rmul__ = __mul__
s = Seq("abcdef")
print(s[0], s[-1], s[1:4], s[::-2], s[10:], len(s[::2]), list(s), "c" in s, s + "gh", 2 * s[:2])
for bad in (lambda: s[6], lambda: s["x"], lambda: s[-7]):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(sorted(s, reverse=True), list(reversed(s)), max(s), s[1:][1:][1:])
