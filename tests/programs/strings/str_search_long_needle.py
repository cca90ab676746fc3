# Long needles that nearly match everywhere: find, rfind, count, in, split, replace and
# partition stay linear (CPython's fastsearch promises O(n + m)).
n = 200000
s = 'a' * n + 'b'
needle = 'a' * (n // 2) + 'b'
print(needle in s, s.find(needle), s.rfind('a' * (n // 2)), s.count('a' * (n // 3)))
print(s.index(needle), s.rindex('b' + 'a' * 10) if ('b' + 'a' * 10) in s else -1)
print(s.replace('a' * (n // 4), 'x').count('x'), len(s.split('a' * (n // 3))), len(s.rsplit('a' * (n // 3))))
print(s.replace('a' * (n // 4), 'y', 2)[:4], len(s.split('a' * (n // 5), 2)))
h, sep, t = s.partition('a' * (n - 1) + 'b')
print(len(h), len(sep), len(t))
h, sep, t = s.rpartition('b' + 'a')
print(len(h), len(sep), len(t))
print(s.find(needle, 1), s.find(needle, 0, n), s.rfind(needle, 0, n))
print('abc'.rfind(''), 'abc'.find('', 1), 'abc'.rfind('', 1, 2), 'abc'.find('', 4), 'abc'.count(''))
t = ('ab' * 5000 + 'c') * 3
p = 'ab' * 4000 + 'c'
print(t.count(p), t.find(p), t.rfind(p), len(t.split(p)))
u = '\U0001F600' * 1000 + 'x'
print(u.find('\U0001F600' * 500 + 'x'), u.rfind('\U0001F600' * 999), u.count('\U0001F600' * 100))
