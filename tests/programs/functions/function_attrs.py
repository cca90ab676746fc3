# Function objects: __name__, __qualname__, __doc__, __module__, __dict__, __code__ fields, annotations.
def f(a: int, b: "str" = "x", *args, c: float = 1.0, **kw) -> bool:
    """Docstring of f."""
    local = 1
    return True
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__annotations__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount, f.__code__.co_varnames)
print(f.__code__.co_name, f.__code__.co_nlocals)
f.custom = 5
print(f.custom, f.__dict__)
class C:
    def m(self):
        def inner():
            pass
        return inner
print(C.m.__qualname__, C().m().__qualname__)
def nodoc():
    pass
print(nodoc.__doc__, callable(f), type(f).__name__)
try:
    f.__code__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print(f.__defaults__, f.__kwdefaults__)
g = f
print(g is f, g.__name__)
f.__name__ = "renamed"
print(f.__name__, repr(f).startswith("<function f"))
