# deque iteration: mutation checks, reverse iterators, length hints, reduce, subclasses.
from _collections import deque, _deque_iterator, _deque_reverse_iterator

def check(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

d = deque([1, 2, 3])
it = iter(d)
print(type(it).__qualname__, type(reversed(d)).__qualname__, it.__length_hint__(), next(it), it.__length_hint__())
print(type(it) is _deque_iterator, type(reversed(d)) is _deque_reverse_iterator)
d.append(4)
check('next after append', lambda: next(it))
check('next again', lambda: next(it))
it = iter(d)
next(it)
d[0] = 'changed'
print(next(it), list(it))
rit = reversed(d)
print(next(rit))
d.pop()
check('reversed after pop', lambda: next(rit))

def mutate_during_loop():
    q = deque(range(5))
    for x in q:
        if x == 2:
            q.appendleft(99)
    return q
check('for loop', mutate_during_loop)

class Eq:
    def __init__(self, dq):
        self.dq = dq
    def __eq__(self, other):
        self.dq.append('x')
        return False
q = deque([1, 2, 3])
check('count mutating', lambda: q.count(Eq(q)))
q = deque([1, 2, 3])
check('index mutating', lambda: q.index(Eq(q)))
q = deque([1, 2, 3])
check('in mutating', lambda: Eq(q) in q)
q = deque([1, 2, 3])
check('remove mutating', lambda: q.remove(Eq(q)))
print(len(q))
r = deque([1, 2], maxlen=3).__reduce__()
print(r[0], r[1], r[2], list(r[3]))
r = deque('ab').__reduce__()
print(r[0], r[1], r[2], list(r[3]))

class MyDeque(deque):
    pass
md = MyDeque([1, 2], 5)
md.tag = 'x'
print(md, type(md.copy()).__qualname__, md.copy(), md.copy().maxlen, md.tag, md.__reduce__()[2])
print(MyDeque('ab') == deque('ab'), isinstance(md, deque))

class Capped(deque):
    def __init__(self, items=(), maxlen=2):
        super().__init__(items, maxlen)
c = Capped([1, 2, 3])
print(c, c.copy(), type(c + c).__qualname__)
print(list(iter(deque())), list(reversed(deque())), [x * 2 for x in deque([1, 2, 3])])
print(sorted(deque([3, 1, 2])), sum(deque(range(100))), max(deque('hello')), tuple(deque('ab')))
