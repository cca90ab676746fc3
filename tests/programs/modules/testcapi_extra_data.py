# ObjExtraData (an object with storage past its type's basicsize, a subclass's __slots__
# included), PyMemoryView_FromBuffer refusing a buffer without memory, and
# _PyObject_ClearManagedDict.
import _testcapi as t
class Data(t.ObjExtraData):
    __slots__ = ('x', 'y')
d = Data()
d.x = 10
d.y = 20
d.extra = 30
print(d.x, d.y, d.extra)
del d.extra
print(d.extra)
try: d.z = 1
except AttributeError as e: print(e)
o = t.ObjExtraData(); print(o.extra, sorted(t.ObjExtraData.__dict__))
try: o.q = 1
except AttributeError as e: print(e)
class Free(t.ObjExtraData): pass
f = Free(); f.q = 2; f.extra = 'e'; print(f.__dict__, f.extra)
try: t.make_memoryview_from_NULL_pointer()
except ValueError as e: print(e)
class C:
    def __init__(self): self.a = 1
c = C(); t.clear_managed_dict(c); print(c.__dict__); c.b = 2; print(c.__dict__)
