# Heap types made from specs (PyType_FromSpec and its kin) as _testcapi offers them: the
# name split into __module__ and __name__, a doc's signature line, instance dicts through a
# dict-offset member or a managed dict, weak references, an overridden __setattr__, a
# buffer, layout conflicts between C structs, metaclasses and the spec checks.
import warnings
import weakref
import _testcapi as t

for n in ["HeapDocCType", "NullTpDocType", "HeapCTypeWithDict", "HeapCTypeWithManagedDict",
          "HeapCTypeWithManagedWeakref", "HeapCTypeWithWeakref", "HeapCTypeSetattr", "HeapCTypeWithBuffer"]:
    c = getattr(t, n)
    print(n, c.__module__, c.__qualname__, hex(c.__flags__), c.__mro__, sorted(c.__dict__), repr(c.__doc__)[:40])
print(t.HeapDocCType.__text_signature__, t.NullTpDocType.__text_signature__)

# Instance dicts.
d = t.HeapCTypeWithDict()
print(d.dictobj, d.__dict__)
d.foo = 42
print(d.foo, d.dictobj, d.dictobj is d.__dict__)
n = t.HeapCTypeWithNegativeDict()
n.x = 1
print(n.__dict__, n.dictobj)
m = t.HeapCTypeWithManagedDict()
m.a = 1
print(m.__dict__)
try:
    t.HeapCTypeWithManagedWeakref().__dict__
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.HeapCTypeWithDict(1)
except TypeError as e:
    print("TypeError:", e)

# Weak references.
w = t.HeapCTypeWithWeakref()
print(w.weakreflist)
r = weakref.ref(w)
print(w.weakreflist is r, r() is w)
mw = t.HeapCTypeWithManagedWeakref()
print(weakref.ref(mw)() is mw)

# __setattr__ of the C type: "value" is the C field, other names are generic.
s = t.HeapCTypeSetattr()
print(s.pvalue)
s.value = "12"
print(s.pvalue)
del s.value
print(s.pvalue)
try:
    s.value = "x"
except ValueError as e:
    print("ValueError:", e)
try:
    s.other = 3
except AttributeError as e:
    print("AttributeError:", e)

print(bytes(t.HeapCTypeWithBuffer()), memoryview(t.HeapCTypeWithBuffer()).readonly)

# Layouts: two C structs conflict, a managed dict or weakref adds no field.
for bases in [(t.HeapCTypeWithWeakref, t.HeapCTypeWithDict), (t.HeapCTypeWithDict, list),
              (t.HeapCTypeWithWeakref, list)]:
    try:
        type("X", bases, {})
    except TypeError as e:
        print("TypeError:", e)
class C3(t.HeapCTypeWithManagedDict, list):
    pass
i = C3()
i.append(0)
i.x = 1
print(i, i.__dict__)
class S(t.HeapCTypeWithManagedDict, t.HeapCTypeWithDict):
    pass
print(S.__mro__)  # (CPython 3.12 crashes making an instance of S)
class Sub(t.HeapCTypeWithManagedDict):
    pass
o = Sub()
o.spam = o
print(sorted(Sub.__dict__), o.spam is o)

# Metaclasses.
tt = t.pytype_fromspec_meta(t.HeapCTypeMetaclass)
print(tt, type(tt), t.HeapCTypeMetaclass("PyClassViaMetaclass", (), {}))
print(type(t.pytype_fromspec_meta(t.HeapCTypeMetaclassNullNew)))
for f in [lambda: t.HeapCTypeMetaclassNullNew("P", (), {}),
          lambda: t.pytype_fromspec_meta(t.HeapCTypeMetaclassCustomNew),
          lambda: t.create_type_from_repeated_slots(0),
          lambda: t.create_type_from_repeated_slots(1),
          lambda: t.create_type_from_repeated_slots(2)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Base(metaclass=t.HeapCTypeMetaclassCustomNew):
    pass
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    sub = t.make_type_with_base(Base)
print(sub, type(sub).__name__, issubclass(sub, Base), [str(x.message) for x in caught])
try:
    class SubSub(sub):
        pass
except TypeError as e:
    print("TypeError:", e)

class MutableBase:
    def meth(self):
        return "original"
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    Imm = t.make_immutable_type_with_base(MutableBase)
print([str(x.message) for x in caught])
inst = Imm()
try:
    Imm.meth = lambda self: "overridden"
except TypeError as e:
    print("TypeError:", e)
MutableBase.meth = lambda self: "changed"
print(inst.meth())
print(t.test_from_spec_metatype_inheritance(), t.test_from_spec_invalid_metatype_inheritance(),
      t.test_type_from_ephemeral_spec())
