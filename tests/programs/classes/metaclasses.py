# Metaclasses: type() with three args, custom __new__/__init__/__call__, __prepare__, and class attributes via meta.
Dyn = type("Dyn", (object,), {"x": 1, "hello": lambda self: "hi"})
print(Dyn.__name__, Dyn.x, Dyn().hello(), type(Dyn).__name__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        ns["added"] = "by meta"
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a)
    def describe(cls):
        return "class " + cls.__name__
class Thing(metaclass=Meta, flag=1):
    y = 2
    def __init__(self, v):
        self.v = v
t = Thing(5)
print(t.v, Thing.added, Thing.describe(), type(Thing).__name__, isinstance(Thing, Meta))
class Sub(Thing):
    pass
print(type(Sub).__name__)
try:
    t.describe()
except AttributeError as e:
    print(type(e).__name__, e)
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": 99}
class UsesPrepare(metaclass=Ordered):
    z = 1
print(UsesPrepare.injected, UsesPrepare.z)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    pass
print(Config() is Config())
print(type(type), type(object), isinstance(type, object), isinstance(object, type))
