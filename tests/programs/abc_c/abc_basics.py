# _abc: a metaclass built on _abc_init/_abc_register/_abc_instancecheck/_abc_subclasscheck
import _abc


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def abstract(f):
    f.__isabstractmethod__ = True
    return f


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        _abc._abc_init(cls)
        return cls

    def register(cls, subclass):
        return _abc._abc_register(cls, subclass)

    def __instancecheck__(cls, instance):
        return _abc._abc_instancecheck(cls, instance)

    def __subclasscheck__(cls, subclass):
        return _abc._abc_subclasscheck(cls, subclass)


class Base(metaclass=Meta):
    @abstract
    def run(self):
        pass

    @abstract
    def stop(self):
        pass

    def other(self):
        return 'other'


class Half(Base):
    def run(self):
        return 'run'


class Full(Half):
    def stop(self):
        return 'stop'


print(sorted(Base.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Full.__abstractmethods__))
show('instantiate Base', lambda: Base())
show('instantiate Half', lambda: Half())
print(Full().run(), Full().stop(), isinstance(Full(), Base), issubclass(Full, Base), issubclass(int, Base))
token = _abc.get_cache_token()


class Virtual:
    pass


print(Base.register(Virtual) is Virtual, _abc.get_cache_token() == token + 1)
print(isinstance(Virtual(), Base), issubclass(Virtual, Base), issubclass(Virtual, Half))
print(Base.register(Full) is Full, _abc.get_cache_token() == token + 1)
show('register non-class', lambda: Base.register(1))
show('register cycle', lambda: Virtual.__class__ and Half.register(Base))
show('issubclass non-class', lambda: issubclass(1, Base))


class Hooked(metaclass=Meta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hooked:
            return any('quack' in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Duck:
    def quack(self):
        pass


print(issubclass(Duck, Hooked), isinstance(Duck(), Hooked), issubclass(int, Hooked))


class BadHook(metaclass=Meta):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


show('bad hook', lambda: issubclass(int, BadHook))
registry, cache, negative, version = _abc._get_dump(Base)
print(sorted(r().__name__ for r in registry), sorted(r().__name__ for r in cache), type(version).__name__)
_abc._reset_caches(Base)
print(len(_abc._get_dump(Base)[1]), len(_abc._get_dump(Base)[2]))
_abc._reset_registry(Base)
print(len(_abc._get_dump(Base)[0]), issubclass(Virtual, Base))
show('no impl', lambda: _abc._abc_instancecheck(int, 1))


class WithFlags(metaclass=Meta):
    __abc_tpflags__ = 1 << 5


print('__abc_tpflags__' in WithFlags.__dict__)
