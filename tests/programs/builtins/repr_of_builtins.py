# repr of builtin types, functions, method descriptors, singletons and special objects (address-free ones only).
for obj in [int, str, type, object, type(None), len, print, dict.get, str.upper, list.append, int.__add__,
            None, NotImplemented, Ellipsis, range(1, 5, 2), slice(None, 2), property, staticmethod, BaseException,
            ValueError, {}.keys(), frozenset(), bytearray(), memoryview]:
    print(repr(obj))
class Mine:
    pass
print(repr(Mine), str(Mine), repr(Mine.__init__), repr(type(Mine.__dict__)))
print(str(ValueError), str(3.0), str(b"b"), str(()), str((1,)), str([None]))
