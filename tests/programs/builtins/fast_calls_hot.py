# Builtin functions and builtin methods called often enough that CALL passes the stack's
# arguments straight to their Java handle; argument-count errors, optional arguments and
# self checks must stay what the general path gives.
d = {'a': 1}
l = []
s = 'a,b,c'
for i in range(300):
    l.append(i)
    d.get('a')
    d.get('b', 2)
    d.setdefault('c', []).append(i)
    len(l)
    isinstance(i, int)
    s.split(',')
    s.split(',', 1)
    getattr(l, 'append')
    getattr(l, 'nope', None)
    divmod(i, 3)
    next(iter(l))
    next(iter(()), 'end')
    round(i / 7)
    round(i / 7, 2)
print(len(l), d.get('a'), d.get('zz'), d.get('b', 2), len(d['c']), s.split(','), s.split(',', 1))
print(getattr(l, 'nope', 'dflt'), divmod(7, 2), next(iter(()), 'end'), round(2.567), round(2.567, 1))
bad = [
    "l.append()", "l.append(1, 2)", "d.get()", "d.get(1, 2, 3)", "s.upper(1)", "len()",
    "len(1, 2)", "isinstance(1)", "len(5)", "getattr(l)", "divmod(1)", "list.append(d, 1)",
    "isinstance(1, 2)", "next(5)", "d.setdefault()",
]
for src in bad:
    for _ in range(2):
        try:
            eval(src)
        except TypeError as e:
            print(src, '->', e)
try:
    getattr(l, 'nope')
except AttributeError as e:
    print(e)


class L(list):
    pass


x = L()
for i in range(100):
    x.append(i)
print(len(x), x[-1], list.append(x, 'z') is None, x[-1])


class D(dict):
    def get(self, k, dflt=None):
        return 'overridden'


dd = D()
print([dd.get('q') for _ in range(100)][-1])
print(len([isinstance(v, (int, str)) for v in (1, 'a', 2.0) * 50]))
