# Weak references to TypeVar, ParamSpec and TypeVarTuple; subclasses of weakly referenceable
# builtins inherit the support instead of adding __weakref__; TypeAliasType refuses.
import typing, weakref, array, _thread, types
for cls in (typing.TypeVar, typing.ParamSpec, typing.TypeVarTuple):
    vals = weakref.WeakValueDictionary()
    for x in range(5):
        vals[x] = cls(str(x))
    print(cls.__name__, len(vals) <= 5)
for base in (array.array, set, types.GenericAlias, _thread.RLock):
    try:
        class S(base): pass
        print(base.__name__, '__weakref__' in vars(S))
    except TypeError as e:
        print(base.__name__, e)
try:
    weakref.ref(typing.TypeAliasType('A', int))
except TypeError as e:
    print(e)
