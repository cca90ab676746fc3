# __doc__ of functions, methods, descriptors and types written in the runtime: CPython's
# docstrings (signature line removed), the doctests in them run, and a class's own.
import doctest
import builtins

for obj in (len, abs, int.bit_count, dict.fromkeys, str.maketrans, (7).bit_length,
            int.real, complex.imag, ValueError, bool, int.__new__, object.__init__,
            int.__add__, dict.__getitem__):
    print(repr(obj.__doc__))

print(int.__dict__["__doc__"] == int.__doc__)
print((5).__doc__ == int.__doc__)
print(type(None).__doc__, type(NotImplemented).__doc__)

class Mine(int):
    pass

class Documented:
    """Mine."""

print(Mine.__doc__, Mine.__dict__["__doc__"], Documented.__doc__, Documented().__doc__)


def missing():
    return [name for name in dir(builtins)
            if isinstance(getattr(builtins, name), type) and getattr(builtins, name).__doc__ is None]

print(missing())

# The examples in some docstrings of builtins, run as doctest runs them.
finder = doctest.DocTestFinder()
runner = doctest.DocTestRunner(verbose=False)
for obj, name in ((int.bit_count, "int.bit_count"), (float.hex, "float.hex"), (bin, "bin"),
                  (int.as_integer_ratio, "int.as_integer_ratio"), (bytes.hex, "bytes.hex")):
    for test in finder.find(obj, name, globs={}):
        print(test.name, len(test.examples), runner.run(test))

# The __dict__ and __weakref__ descriptors a class gets have CPython's docs.
print(Documented.__dict__["__dict__"].__doc__, "/", Documented.__dict__["__weakref__"].__doc__)
