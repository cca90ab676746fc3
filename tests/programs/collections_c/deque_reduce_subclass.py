# deque.__reduce__ takes the state and the iterator as a subclass defines them.
import pickle, collections
class D(collections.deque):
    def __iter__(self):
        raise TypeError
for proto in range(6):
    d = D('abc')
    try:
        pickle.dumps(d, proto); print(proto, 'no raise')
    except TypeError as e:
        print(proto, 'TypeError', e)
    try:
        print(proto, d.__reduce_ex__(proto)[:3])
    except TypeError as e:
        print(proto, 'reduce TypeError', e)
class E(collections.deque):
    def __getstate__(self):
        return {'state': 'mine'}
e = E('xy', 5)
r = e.__reduce__()
print(r[0].__name__, r[1], r[2], list(r[3]))
class F(collections.deque):
    pass
f = F('ab', 3)
f.x = 1
g = pickle.loads(pickle.dumps(f))
print(type(g).__name__, list(g), g.maxlen, g.x)
print(collections.deque('xy').__reduce__()[:3])
