# sys.getsizeof and __sizeof__ report CPython 3.12's layout (64-bit): object's __sizeof__
# is the basic size plus the item size per item of a tuple or bytes; the GC header is
# added for the types CPython's collector tracks.
import sys
from unittest.mock import MagicMock
class C: pass
class S:
    __slots__ = ('a', 'b')
for o in [object(), C(), S(), 1, 'abc', (1, 2), (), {}, 1.5, b'ab', None, NotImplemented, ..., range(3), slice(1, 2),
          complex(1, 2), True]:
    print(type(o).__name__, o.__sizeof__(), sys.getsizeof(o))
print(object.__sizeof__(C()), object.__sizeof__((1, 2, 3)))
for f in (int.__sizeof__, C.__sizeof__):
    try:
        f()
    except TypeError as e:
        print('TypeError')
print(sorted(n for n in __import__('unittest.mock').mock._magics if not hasattr(MagicMock(), n)))
