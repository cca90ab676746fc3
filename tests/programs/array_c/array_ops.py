# array.array: every typecode (ranges and messages), sequence operations, slices, methods, comparisons, errors
import array

def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

vals = [-2**64 - 1, -2**63 - 1, -2**31 - 1, -32769, -129, -1, 0, 128, 256, 32768, 65536, 2**31, 2**32, 2**63, 2**64, 1.5, 'a', None]
for tc in array.typecodes:
    res = []
    for v in vals:
        try:
            a = array.array(tc, [v])
            res.append(repr(a[0]))
        except Exception as e:
            res.append(type(e).__name__ + ': ' + str(e))
    print(tc, array.array(tc).itemsize, res)
print(array.typecodes, array.ArrayType is array.array)
t(array.array, 'z')
t(array.array, 'i', 'abc')
t(array.array, 'u', [1])
t(array.array, 'u', ['ab'])
t(array.array, 'i', b'abc')
t(array.array, 'i', b'abcd')
t(lambda: array.array(typecode='i'))
t(array.array, 'i', 1, 2)
t(array.array)
t(array.array, 3)
t(array.array, 'i', 3)
t(array.array, 'b', array.array('i', [1, 2]))
t(array.array, 'u', array.array('i', [1]))
t(array.array, 'd', range(4))
t(array.array, 'u', 'h\xe9\u20ac\U0001F600')
a = array.array('i', [1, 2, 3])
print(repr(a), str(a), repr(array.array('u', 'ab')), repr(array.array('d')), repr(array.array('f', [1.5, 0.1])))
for f in [lambda: a[5], lambda: a.pop(7), lambda: array.array('i').pop(), lambda: a.index(9), lambda: a.remove(9),
          lambda: a + [1], lambda: a + array.array('d'), lambda: a.extend(array.array('d')), lambda: a.extend(3),
          lambda: a * 'x', lambda: a.frombytes(b'abc'), lambda: a.fromlist(3), lambda: a.fromunicode('x'),
          lambda: a.tounicode(), lambda: a.__setitem__(slice(0, 2), [1, 2]),
          lambda: a.__setitem__(slice(0, 3, 2), array.array('i', [1])), lambda: a < 3, lambda: a.byteswap(1),
          lambda: a.index(2, 5), lambda: a.__setitem__(0, 'x'), lambda: a['x'], lambda: a.insert('x', 1),
          lambda: a.count(), lambda: a.__setitem__(9, 1), lambda: a.__delitem__(9), lambda: a.fromlist([1, 'x'])]:
    t(f)
print(a)
b = array.array('h', range(10))
print(b[2:7], b[::3], b[::-2], b[-3:], b[5:2], len(b), 4 in b, 40 in b, b.count(3), b.index(4), b.index(4, 2, 8))
b[1:3] = array.array('h', [100, 101, 102])
print(b)
b[::4] = array.array('h', [7, 7, 7])
print(b)
del b[::3]
print(b)
del b[1:4]
del b[0]
print(b, b.pop(), b.pop(0), b)
b.insert(0, -5)
b.insert(100, 55)
b.insert(-1, 44)
b.append(9)
b.extend([1, 2])
b.extend(array.array('h', [3]))
b.remove(44)
b.reverse()
print(b, b.tolist(), b.tobytes().hex())
c = array.array('h', b.tobytes())
c.byteswap()
print(c, c.buffer_info()[1], c.itemsize, c.typecode)
d = array.array('d', [1.0, 2.5])
d.fromlist([3.25])
d.frombytes(array.array('d', [4.0]).tobytes())
print(d, d * 2, 2 * d, d + d, d * 0, d * -1)
d += array.array('d', [9.0])
d *= 2
print(d, list(d), sorted(iter(d))[:3], type(iter(d)))
u = array.array('u', 'abc')
u.fromunicode('xyz')
print(u, u.tounicode(), u[1], u[::2])
print(array.array('i', [1, 2]) == array.array('d', [1.0, 2.0]), array.array('i', [1, 2]) < array.array('i', [1, 3]),
      array.array('i', [1, 2]) < array.array('i', [1, 2, 0]), array.array('i', [2]) >= array.array('i', [1, 9]),
      array.array('b') == array.array('b'), array.array('i', [1]) != array.array('i', [1]))
r = a.__reduce_ex__(3)
print(r[0].__name__, r[1], r[0](*r[1]))
print(array._array_reconstructor(array.array, 'i', 9, b'\x00\x00\x00\x05'),
      array._array_reconstructor(array.array, 'd', 17, b'?\xf0\x00\x00\x00\x00\x00\x00'),
      array._array_reconstructor(array.array, 'u', 18, b'a\x00b\x00'))
t(array._array_reconstructor, 3, 'i', 8, b'')
t(array._array_reconstructor, array.array, 'z', 8, b'')
t(array._array_reconstructor, array.array, 'i', 99, b'')
t(array._array_reconstructor, array.array, 'i', 8, 'x')
print(a.__copy__(), a.__deepcopy__({}), a.__copy__() is a)
class A(array.array):
    pass
x = A('i', [1, 2])
print(type(x).__name__, x, x[0], isinstance(x, array.array))
print(sorted(n for n in dir(array.array) if not n.startswith('__')))
print(sorted(n for n in dir(array) if not n.startswith('__')))
