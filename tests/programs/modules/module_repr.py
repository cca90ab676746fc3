# Module reprs follow importlib's _module_repr: the spec decides when there is one,
# then __file__, then the loader.
import types
import importlib.util
import sys
import marshal

m = types.ModuleType("x")
print(repr(m))
m.__file__ = "/a/b.py"
print(repr(m))
del m.__file__


class Loader:
    def __repr__(self):
        return "<my loader>"


m.__loader__ = Loader()
print(repr(m))
m.__spec__ = importlib.util.spec_from_loader("zz", None, origin="weird")
print(repr(m))
m.__spec__ = importlib.util.spec_from_loader("zz", Loader())
print(repr(m))
m.__spec__ = importlib.util.spec_from_loader("zz", None)
print(repr(m))
del m.__name__
m.__spec__ = None
m.__loader__ = None
print(repr(m))
print(repr(sys), repr(marshal))
print(sys.__spec__.name, sys.__spec__.origin, marshal.__spec__.origin)
import json
r = repr(json)
print(r.startswith("<module 'json' from '"), r.endswith("__init__.py'>"))
