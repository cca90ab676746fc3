# A metaclass mro() that leaves the class out of its own MRO: class creation fails in
# __init_subclass__'s super(cls, cls) check; one that keeps it searches after the class.
class B:
    def __init_subclass__(cls, **kw):
        print("B.__init_subclass__", cls.__name__, kw)


class M(type):
    def mro(cls):
        del M.mro
        return (B, object)


try:
    class A(metaclass=M):
        pass
except TypeError as e:
    print("TypeError:", e)


class N(type):
    def mro(cls):
        return (cls, B, object)


class C(metaclass=N, flag=1):
    pass


print([k.__name__ for k in C.__mro__])
