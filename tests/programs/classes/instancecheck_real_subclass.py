# isinstance calls the metaclass's __instancecheck__ even when the object's type is a real
# subclass (only an exact type match skips it), as abstract.c's object_recursive_isinstance.
import abc


class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return False


class Base(metaclass=Meta):
    pass


class Sub(Base):
    pass


print(isinstance(Base(), Base))   # exact type: no call
print(isinstance(Sub(), Base))    # real subclass: the metaclass decides
print(isinstance(Sub(), (int, Base)))
print(isinstance(3, Base))


class A(abc.ABC):
    pass


class B(A):
    pass


class Virtual:
    pass


A.register(Virtual)
print(isinstance(B(), A), isinstance(Virtual(), A), isinstance(3, A))
print(issubclass(Sub, Base), issubclass(B, A))


# A class-like object (no type, a __bases__ tuple) as isinstance's second argument.
class ClassLike:
    def __init__(self, bases=()):
        self.__bases__ = bases


root = ClassLike()
child = ClassLike((root,))


class Inst:
    __class__ = child


print(isinstance(Inst(), root), isinstance(Inst(), child), isinstance(3, root))
try:
    isinstance(3, object())
except TypeError as e:
    print("TypeError:", e)

# A deeply nested tuple ends in RecursionError rather than a crash.
nested = (str,)
for _ in range(5000):
    nested = (nested,)
for f, a in ((isinstance, ""), (issubclass, str)):
    try:
        f(a, nested)
    except RecursionError as e:
        print("RecursionError:", e)
