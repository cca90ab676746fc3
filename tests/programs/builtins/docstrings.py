# __doc__ of classes a program writes and of the descriptors a class gets.

# The runtime's builtins have no docstrings yet (CPython's are not copied): only what a
# program writes, and the two descriptors a class adds.
class Mine(int):
    pass

class Documented:
    """Mine."""

print(Mine.__doc__, Mine.__dict__["__doc__"], Documented.__doc__, Documented().__doc__)


# The __dict__ and __weakref__ descriptors a class gets have CPython's docs.
print(Documented.__dict__["__dict__"].__doc__, "/", Documented.__dict__["__weakref__"].__doc__)
