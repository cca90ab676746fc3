# pickle (the pure-Python Pickler/Unpickler) of every protocol: builtins, classes, functions by reference, exceptions, copyreg
import pickle, copyreg, io, sys

def show(label, obj, protos=range(6)):
    for p in protos:
        try:
            data = pickle._dumps(obj, protocol=p)
            back = pickle.loads(data)
            print(label, p, data)
            print('   ->', repr(back), back == obj or repr(back) == repr(obj))
        except Exception as e:
            print(label, p, type(e).__name__, e)

show('ints', [0, 1, -1, 255, 256, 65535, 65536, 2**31 - 1, -2**31, 2**63, -2**100, 10**40])
show('floats', [0.0, -0.0, 1.5, 1e300, float('inf'), -float('inf')])
show('complex', [1+2j, -0.5j])
show('str', ['', 'abc', 'caf\xe9', '\u20ac', '\U0001f600', 'a\nb\\c', 'x' * 300])
show('bytes', [b'', b'abc', bytes(range(256)), bytearray(b'xy')])
show('containers', [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], {}, {'a': [1, 2]}, {1, 2}, frozenset([3])])
show('singletons', [None, True, False, Ellipsis, NotImplemented])
show('builtin objects', [range(1, 10, 2), slice(1, None, 3), type(None), int, len, sys.maxsize])

big = {'k%d' % i: list(range(i)) for i in range(40)}
for p in range(6):
    d = pickle._dumps(big, protocol=p)
    print('big', p, len(d), pickle.loads(d) == big, d[:12])

shared = [1, 2]
rec = [shared, shared]
rec.append(rec)
for p in range(6):
    back = pickle.loads(pickle._dumps(rec, protocol=p))
    print('shared/recursive', p, back[0] is back[1], back[2] is back, back[0])

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self, a):
        self.a = a
    def __repr__(self):
        return 'Slotted(%r, %s)' % (self.a, getattr(self, 'b', '<unset>'))

class WithState:
    def __init__(self):
        self.items = [1, 2]
        self.cache = 'drop me'
    def __getstate__(self):
        d = dict(self.__dict__)
        del d['cache']
        return d
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = 'rebuilt'
    def __repr__(self):
        return 'WithState(%r, %r)' % (self.items, self.cache)

class Reduced:
    def __init__(self, *args):
        self.args = args
    def __reduce__(self):
        return (Reduced, self.args)
    def __repr__(self):
        return 'Reduced%r' % (self.args,)

class NewArgs(int):
    def __new__(cls, v, tag):
        self = super().__new__(cls, v)
        self.tag = tag
        return self
    def __getnewargs_ex__(self):
        return (int(self),), {'tag': self.tag}
    def __repr__(self):
        return 'NewArgs(%d, tag=%r)' % (self, self.tag)

class MyList(list):
    pass

class MyDict(dict):
    pass

class Outer:
    class Inner:
        def __repr__(self):
            return 'Outer.Inner()'

def func():
    return 42

show('instances', [Point(1, 2)])
for p in range(6):
    s = Slotted(5)
    print('slots', p, pickle.loads(pickle._dumps(s, protocol=p)) if p >= 2 else 'skip')
for p in range(6):
    print('getstate', p, pickle.loads(pickle._dumps(WithState(), protocol=p)))
    print('reduce', p, pickle.loads(pickle._dumps(Reduced(1, 'two'), protocol=p)))
    if p >= 2:
        print('newargs_ex', p, pickle.loads(pickle._dumps(NewArgs(7, 'x'), protocol=p)))
    ml = MyList([1, 2]); ml.attr = 'a'
    b = pickle.loads(pickle._dumps(ml, protocol=p))
    print('list subclass', p, type(b).__name__, b, b.attr)
    md = MyDict(a=1)
    b = pickle.loads(pickle._dumps(md, protocol=p))
    print('dict subclass', p, type(b).__name__, b)
    print('by reference', p, [getattr(x, '__qualname__') for x in pickle.loads(pickle._dumps([func, Point, Outer.Inner, len, pickle._dumps], protocol=p))])
    if p >= 4:
        print('nested instance', p, pickle.loads(pickle._dumps(Outer.Inner(), protocol=p)))

def local_function():
    def inner():
        pass
    return inner

for p in (0, 2, 4):
    try:
        pickle._dumps(local_function(), protocol=p)
    except Exception as e:
        print('local', p, type(e).__name__, str(e).split('>: ')[-1])
    try:
        pickle._dumps(lambda: 0, protocol=p)
    except Exception as e:
        print('lambda', p, type(e).__name__, str(e).split('>: ')[-1])

class MyError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code

excs = [ValueError('bad', 1), KeyError('k'), OSError(2, 'No such file', 'f.txt'), FileNotFoundError(2, 'gone'),
        StopIteration(5), SystemExit(3), UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'),
        AttributeError('x', name='n', obj=None), ImportError('no', name='mod', path='/p'), SyntaxError('s', ('f', 1, 2, 'x', 1, 3))]
for p in range(6):
    for e in excs:
        b = pickle.loads(pickle._dumps(e, protocol=p))
        args = b.args if not isinstance(b, OSError) else b.args[:2]   # pyvm: OSError keeps the filename in args
        print('exc', p, type(b).__name__, args, str(b), getattr(b, 'errno', None), getattr(b, 'filename', None),
              getattr(b, 'name', None))
    e = ValueError('with note')
    e.add_note('note 1')
    e.extra = 'attr'
    b = pickle.loads(pickle._dumps(e, protocol=p))
    print('exc state', p, b.args, b.__notes__, b.extra)
    try:
        pickle._dumps(MyError('m', 3), protocol=p)
        print('custom exc', p, 'pickled')
        b = pickle.loads(pickle._dumps(MyError('m', 3), protocol=p))
    except Exception as err:
        print('custom exc', p, type(err).__name__, err)

print(ValueError('a', 2).__reduce__())
print(OSError(2, 'x').__reduce__()[1], OSError(2, 'x', 'f').__reduce__()[1])
print(ImportError('no', name='m').__reduce__(), AttributeError('a', name='n').__reduce__())
e = ValueError(1)
e.__setstate__({'q': 5})
print(e.q, e.__reduce__())

class Unpicklable:
    def __reduce__(self):
        raise TypeError('no way')
try:
    pickle._dumps(Unpicklable())
except TypeError as e:
    print('reduce error', e)

class Vec:
    def __init__(self, x):
        self.x = x
def reduce_vec(v):
    return (Vec, (v.x * 10,))
copyreg.pickle(Vec, reduce_vec)
print('copyreg', pickle.loads(pickle._dumps(Vec(3))).x)

f = io.BytesIO()
p = pickle._Pickler(f, protocol=2)
p.dump([1, 2])
p.dump('second')
f.seek(0)
u = pickle._Unpickler(f)
print('stream', u.load(), u.load())

for bad in [b'', b'\x80\x05', b'garbage', b'(l', b'\x80\x02K\x01']:
    try:
        print(pickle._loads(bad))
    except Exception as e:
        print('bad', bad, type(e).__name__, e)

print('c-dumps equal', pickle.loads(pickle.dumps(big)) == big)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
