# A class's __name__ and __qualname__ are the same str object on every read (CPython's
# ht_name/ht_qualname), the object assigned when they are set; inspect.classify_class_attrs
# relies on it to find where they live.
import enum
import inspect

class C:
    class D:
        pass

print(C.__name__ is C.__name__, C.D.__qualname__ is C.D.__qualname__)
s = 'Renamed' + str(len('ab'))
C.__name__ = s
print(C.__name__ is s, C.__name__)
q = 'Outer.' + 'Inner'
C.D.__qualname__ = q
print(C.D.__qualname__ is q, C.D.__qualname__, C.D.__name__)

class Color(enum.Enum):
    CYAN = 1
    MAGENTA = 2

print(sorted(dir(Color)))
for a in sorted(inspect.classify_class_attrs(Color), key=lambda a: a.name):
    if a.name not in ('__doc__', '__init_subclass__'):
        print(a.name, a.kind, a.defining_class.__name__)
