import collections, pickle, builtins
d = collections.deque(range(5))
it = iter(d); next(it); next(it)
print(it.__reduce__()[1][1], list(pickle.loads(pickle.dumps(it))))
r = reversed(d); next(r)
print(type(r).__module__, type(r).__qualname__, type(it).__name__)
print(list(type(it)(d, 3)), list(type(r)(d, 1)))
for a in [(), (d, 1, 2), (5,)]:
    try: type(it)(*a)
    except TypeError as e: print(e)
class A:
    def __getitem__(self, i): return i
    def __len__(self): return 3
    __reversed__ = None
try: reversed(A())
except TypeError as e: print(e)
def f(): pass
print(f.__builtins__ is builtins.__dict__)
