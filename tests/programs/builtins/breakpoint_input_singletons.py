# breakpoint() and sys.breakpointhook, input() over any stream, the singleton types'
# constructors, pickling of map/filter/zip, module subclasses, type() argument checks,
# exec() with its own __builtins__, dir() of locals mappings, function() and cell().
import io
import os
import pickle
import sys
import types
import warnings

print(sys.__breakpointhook__ is sys.breakpointhook)
calls = []
sys.breakpointhook = lambda *a, **k: calls.append((a, k)) or "hooked"
print(breakpoint(1, x=2), calls)
sys.breakpointhook = sys.__breakpointhook__
os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint())
os.environ["PYTHONBREAKPOINT"] = "builtins.len"
print(breakpoint("abc"))
for bad in ["nosuchmodule.f", ".x", "int."]:
    os.environ["PYTHONBREAKPOINT"] = bad
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        print(breakpoint(), [(x.category.__name__, str(x.message)) for x in w])
del os.environ["PYTHONBREAKPOINT"]
saved = sys.breakpointhook
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError:", e)
sys.breakpointhook = saved

old_in, old_out = sys.stdin, sys.stdout
sys.stdin = io.StringIO("first line\nsecond")
sys.stdout = io.StringIO()
a = input("prompt> ")
b = input()
try:
    input()
except EOFError as e:
    c = "EOFError: " + str(e)
captured = sys.stdout.getvalue()
sys.stdin, sys.stdout = old_in, old_out
print(repr(a), repr(b), c, repr(captured))

for t in type(None), type(Ellipsis), type(NotImplemented):
    print(t() is t.__new__(t), end=" ")
    try:
        t(1)
    except TypeError as e:
        print("TypeError:", e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(bool(NotImplemented), [str(x.message) for x in w])

for it in [map(str.upper, "abc"), filter(None, [0, 1, 2]), zip("ab", [1, 2]), zip("ab", "cd", strict=True)]:
    next(it)
    copy = pickle.loads(pickle.dumps(it))
    print(type(copy).__name__, list(copy))
z = pickle.loads(pickle.dumps(zip("ab", "c", strict=True)))
try:
    list(z)
except ValueError as e:
    print("ValueError:", e)


class MyModule(types.ModuleType):
    def hello(self):
        return "hello from " + self.__name__


m = MyModule("mine")
m.attr = 1
print(type(m).__name__, m.hello(), sorted(k for k in dir(m) if not k.startswith("__")))
plain = types.ModuleType("plain")
plain.__class__ = MyModule
print(plain.hello())


class BadDict(types.ModuleType):
    __dict__ = 8


try:
    dir(BadDict("x"))
except TypeError as e:
    print("TypeError:", e)

for args in [("A\x00B", (), {}), ("A", (), {"__slots__": "4x"}), ("A", (int,), {"__slots__": "x"}),
             ("A", (), {"__slots__": ("__dict__", "__dict__")}), ("A", (), {"__doc__": "x\udcdcy"})]:
    try:
        type(*args)
    except (TypeError, ValueError, UnicodeEncodeError) as e:
        print(type(e).__name__ + ":", e)


class P[T]:
    pass


print(P.__type_params__, int.__type_params__)
try:
    del P.__type_params__
except TypeError as e:
    print("TypeError:", e)

code = compile("print('hi')", "<s>", "exec")
for b in [{}, 123]:
    try:
        exec(code, {"__builtins__": b})
    except (NameError, TypeError) as e:
        print(type(e).__name__ + ":", e)


class Mapping:
    def __getitem__(self, key):
        if key == "a":
            return 12
        raise KeyError(key)

    def keys(self):
        return ["z", "y"]


print(eval("a", {}, Mapping()), eval("dir()", {}, Mapping()))


def outer():
    x = 5

    def inner():
        return x
    return inner


inner = outer()
f = types.FunctionType(inner.__code__, globals(), "renamed", None, (types.CellType(42),))
print(f.__name__, f())
try:
    types.FunctionType(inner.__code__, globals())
except TypeError as e:
    print("TypeError:", e)
cell = types.CellType()
try:
    cell.cell_contents
except ValueError as e:
    print("ValueError:", e)


class Huge:
    def __len__(self):
        return -sys.maxsize - 10


try:
    len(Huge())
except ValueError as e:
    print("ValueError:", e)
try:
    sum([], bytearray())
except TypeError as e:
    print("TypeError:", e)
