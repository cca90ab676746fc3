# Edges of str/bytes methods: maxsplit beyond any length, padding methods returning an exact
# str for a subclass, expandtabs(tabsize=), '%' after flags as an unsupported conversion,
# bytes.maketrans/translate over any buffer, struct.Struct subclasses with their own __init__.
import array
import struct
import sys

print('a b c d'.split(None, sys.maxsize), 'a|b|c'.rsplit('|', sys.maxsize), 'a b'.split(maxsplit=-5))
print('a,b,c'.split(',', 2**40), 'a,b,c'.rsplit(',', -2**40))


class S(str):
    pass


for name, args in [('center', (3,)), ('ljust', (2,)), ('rjust', (3,)), ('zfill', (2,)), ('center', (5, '*'))]:
    o = S('abc')
    r = getattr(o, name)(*args)
    print(name, r is o, type(r).__name__, repr(r))
try:
    'abc'.ljust(2, 'xx')
except TypeError as e:
    print('TypeError:', e)
print(repr('a\tb\tc'.expandtabs(tabsize=4)), repr('a\tb'.expandtabs(0)))

for f, a in [('% %s', 1), ('%5%', ()), ('%(a)%', {'a': 1}), ('%%', ()), ('a%%b%s', 1), ('%', ())]:
    for ff in (f, f.encode()):
        try:
            print(repr(ff % a))
        except (TypeError, ValueError, KeyError) as e:
            print(type(e).__name__, e)

print(b'+/x'.translate(bytes.maketrans(b'+/', array.array('B', b'*$'))))
print(b'abc'.translate(bytes.maketrans(memoryview(b'ab'), bytearray(b'AB')), b'c'))
for table, delete in [(b'x', None), (None, 3)]:
    try:
        b'a'.translate(table) if delete is None else b'a'.translate(table, delete)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    bytes.maketrans(b'a', 3)
except TypeError as e:
    print('TypeError:', e)


class MyStruct(struct.Struct):
    def __init__(self):
        super().__init__('>h')


m = MyStruct()
print(m.pack(12345), m.size, m.format, isinstance(m, struct.Struct))
print(struct.Struct(format='<iq').size)
bare = struct.Struct.__new__(struct.Struct)
print(repr(bare.format), bare.size)
try:
    struct.Struct()
except TypeError as e:
    print('TypeError:', e)
try:
    struct.unpack_from('<i', b'1' * 10, sys.maxsize)
except struct.error as e:
    print('struct.error:', e)
