# A builtin type's __dict__ holds its __doc__ (typeobject.c: type_dict_set_doc) whichever way
# the mapping proxy is read: pyvm puts the docstring in only when a value is shown, so each
# way of reading one is checked here on a type not read before.
print("__doc__" in float.__dict__, len(complex.__dict__) > 10, "__doc__" in list(bytes.__dict__))
print(range.__dict__["__doc__"] == range.__doc__ and range.__doc__ is not None)
print(int.__dict__["__add__"] is int.__dict__["__add__"], "__doc__" in int.__dict__)
print(int.__dict__["__doc__"] == int.__doc__)
print(slice.__dict__.get("__doc__") == slice.__doc__)
print(dict(zip.__dict__)["__doc__"] == zip.__doc__)
print([v for k, v in map.__dict__.items() if k == "__doc__"] == [map.__doc__])
print(filter.__doc__ in list(filter.__dict__.values()))
print(memoryview.__dict__.copy()["__doc__"] == memoryview.__doc__)
print((enumerate.__dict__ | {})["__doc__"] == enumerate.__doc__)
print(({} | reversed.__dict__)["__doc__"] == reversed.__doc__)
print(dict(set.__dict__) == set.__dict__, set.__dict__ == dict(set.__dict__))
print("mappingproxy(" in repr(frozenset.__dict__), "__doc__" in str(frozenset.__dict__))
class S(str):
    pass
print(bytearray.__dict__[S("__doc__")] == bytearray.__doc__)
import types
print(types.MappingProxyType(property.__dict__)["__doc__"] == property.__doc__)
print(object.__dict__["__doc__"] == object.__doc__, type(object.__doc__).__name__)
