# How type.__call__ creates instances: __new__ gets all args, __init__ is skipped for non-instances, __init__ of subclasses.
class Base:
    def __new__(cls, *args, **kw):
        print("Base.__new__", cls.__name__, args, kw)
        return super().__new__(cls)
    def __init__(self, *args, **kw):
        print("Base.__init__", args, kw)
class Child(Base):
    def __init__(self, a, b=2):
        print("Child.__init__", a, b)
        super().__init__(a)
Child(1, b=3)
class Other:
    pass
class Factory:
    def __new__(cls, kind):
        if kind == "other":
            return Other()
        return super().__new__(cls)
    def __init__(self, kind):
        print("Factory.__init__", kind)
print(type(Factory("self")).__name__, type(Factory("other")).__name__)
class SubOfFactory(Factory):
    pass
class ReturnsSub:
    def __new__(cls):
        return object.__new__(SubReturns)
    def __init__(self):
        print("ReturnsSub.__init__ runs on subclass instance", type(self).__name__)
class SubReturns(ReturnsSub):
    pass
ReturnsSub()
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
