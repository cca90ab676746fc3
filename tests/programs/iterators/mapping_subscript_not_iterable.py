# A builtin whose [] is a mapping's (re.Match) is not iterable and 'in' refuses it, while a
# class defining __getitem__ is iterated by index (the old sequence protocol).
import re

m = re.match("(a)(b)", "ab")
print(m[0], m[1], m[2])
for op in (lambda: iter(m), lambda: list(m), lambda: "a" in m, lambda: tuple(m)):
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a, b, c = m
except TypeError as e:
    print(type(e).__name__, e)


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)


print(list(Seq()), 20 in Seq(), 25 in Seq())
