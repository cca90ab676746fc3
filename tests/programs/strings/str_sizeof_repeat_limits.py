# sys.getsizeof of str follows CPython's compact layout (header, then one slot per
# character plus one, 1, 2 or 4 bytes wide by the widest character); repeating a str past
# what memory can hold is a MemoryError, past Py_ssize_t an OverflowError.
import sys

for ch in ("a", "\xe9", "\u20ac", "\U0010ffff", "\ud800"):
    for n in (0, 2, 7, 42):
        s = ch * n
        print(repr(ch), n, sys.getsizeof(s), s.__sizeof__())
print(sys.getsizeof("mixed \xe9 and \u20ac"), sys.getsizeof("abc" + "\U0001f600"))

for ch in ("a", "\xe9", "ab"):
    for n in (sys.maxsize, sys.maxsize // 2, 2 ** 40):
        try:
            ch * n
        except (MemoryError, OverflowError) as exc:
            print(len(ch), n, type(exc).__name__, exc)
print(repr("" * 5), repr("" * (2**62)))
