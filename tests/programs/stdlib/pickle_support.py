# What pickle and copy need from the runtime: BytesIO.getbuffer, builtin __reduce__, __new__ as a bound builtin, type.__flags__, copy.deepcopy
import io, copy, copyreg, pickle

b = io.BytesIO(b'hello')
m = b.getbuffer()
print(type(m).__name__, len(m), bytes(m), m.readonly, type(m.obj).__name__, m.format, m.nbytes)
m[0] = ord('J')
print(b.getvalue())
for action in (lambda: b.write(b'x'), lambda: b.truncate(1), b.close, lambda: b.writelines([b'a'])):
    try:
        action()
    except BufferError as e:
        print('BufferError', e)
print(b.seek(0), b.read())
m.release()
print(b.write(b'!'), b.getvalue())
b2 = io.BytesIO()
b2.write(b'abc')
with b2.getbuffer() as v:
    print(bytes(v[1:]), v.tolist())
b2.write(b'def')
print(b2.getvalue())
b2.close()
try:
    b2.getbuffer()
except ValueError as e:
    print('ValueError', e)
with io.BytesIO(b'12') as b3:
    print(bytes(b3.getbuffer()))
out = io.BytesIO()
out.write(io.BytesIO(b'via view').getbuffer())
print(out.getvalue())

print(len.__reduce__(), len.__module__, [].append.__reduce__()[1][1], dict.fromkeys.__reduce__()[1])
print(str.join.__reduce__(), list.append.__objclass__)
print(int.__new__.__self__ is int, object.__new__.__self__ is object, type(int.__new__).__name__, int.__new__.__qualname__)
print(int.__new__(int, '7'), float.__new__(float), object.__new__(object).__class__.__name__)
for bad in ((), (str, 1)):
    try:
        int.__new__(*bad)
    except TypeError as e:
        print('TypeError', e)
print(type(...).__reduce__ is object.__reduce__, (...).__reduce__(), NotImplemented.__reduce__())
print(range(2, 9, 3).__reduce__(), slice(1, 2).__reduce__())
print(type.__module__, int.__module__, type(None).__module__, type(len).__module__)

HEAP, ABSTRACT = 1 << 9, 1 << 20
class C: pass
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
for t in (object, int, C, A, list, dict, type, ValueError, bool):
    f = t.__flags__
    print(t.__name__, bool(f & HEAP), bool(f & ABSTRACT), bool(f & (1 << 10)), bool(f & (1 << 24)), bool(f & (1 << 31)))

class Node:
    def __init__(self, v):
        self.v, self.children = v, []
tree = Node(1)
tree.children = [Node(2), Node(3)]
tree.children[0].parent = tree
t2 = copy.deepcopy(tree)
print(t2 is tree, t2.v, [c.v for c in t2.children], t2.children[0].parent is t2)
x = [1, [2, 3], {'k': (4, [5])}]
y = copy.deepcopy(x)
print(y == x, y[1] is x[1], y[2]['k'][1] is x[2]['k'][1], copy.copy(x)[1] is x[1])
print(copy.deepcopy(ValueError('v', 1)).args, copy.copy(range(3)), copy.deepcopy({1, 2}), copy.deepcopy((1, 'a')))
class Slots:
    __slots__ = ('a', '__dict__')
s = Slots(); s.a = [1]; s.z = 2
s2 = copy.deepcopy(s)
print(s2.a, s2.a is s.a, s2.z)
print(copyreg.__newobj__.__name__, copyreg._slotnames(Slots))
print(pickle.loads(pickle.dumps(tree)).children[0].parent.v)
class S(set):
    pass
s = S([3])
print({1, 2}.__reduce__(), frozenset([1]).__reduce__(), s.__reduce__())
for p in range(6):
    s2 = pickle.loads(pickle.dumps(s, protocol=p))
    print(p, type(s2).__name__, s2, pickle.loads(pickle.dumps({frozenset([1]), 2}, protocol=p)))
