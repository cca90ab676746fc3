# Subclasses of property, staticmethod and classmethod: their own type, an instance
# dict, overridden __get__/__set__ honoured, and property's doc and copy rules.

class Logged(property):
    """A property that counts its reads."""
    reads = 0

    def __get__(self, obj, owner=None):
        if obj is not None:
            type(self).reads += 1
        return super().__get__(obj, owner)


class Point:
    def __init__(self):
        self._x = 1

    @Logged
    def x(self):
        "the x coordinate"
        return self._x

    @x.setter
    def x(self, value):
        self._x = value


p = Point()
print(type(Point.__dict__['x']).__name__, Point.x.__doc__)
print(p.x, p.x)
p.x = 5
print(p.x, Logged.reads)
Point.__dict__['x'].note = 'kept'
print(Point.__dict__['x'].note, sorted(vars(Point.__dict__['x'])))


class NoDoc(property):
    pass


print(NoDoc(None, None, None, 'given').__doc__)
print(NoDoc(lambda s: 0).__doc__)


class Slotted(property):
    __slots__ = ()


print(Slotted(doc='dropped').__doc__ is None)
try:
    def documented(self):
        "getter doc"
    Slotted(documented)
except AttributeError as e:
    print('AttributeError', e)


class Box:
    pass


for prop in (property(), NoDoc()):
    prop.__set_name__(Box, 'lid')
    for action in ('get', 'set', 'delete'):
        try:
            if action == 'get':
                prop.__get__(Box())
            elif action == 'set':
                prop.__set__(Box(), 1)
            else:
                prop.__delete__(Box())
        except AttributeError as e:
            print(e)

try:
    property().__set_name__(1)
except TypeError as e:
    print(e)


def marked(self):
    pass


marked.__isabstractmethod__ = [1]
print(property(None, marked).__isabstractmethod__, staticmethod(marked).__isabstractmethod__)


class Tagged(staticmethod):
    def __get__(self, obj, owner=None):
        return ('tagged', super().__get__(obj, owner)())


class Named(classmethod):
    pass


class Holder:
    @Tagged
    def hello():
        return 'hello'

    @Named
    def who(cls):
        return cls.__name__


print(Holder.hello, Holder().hello, Holder.who(), type(Holder.__dict__['who']).__name__)
Holder.__dict__['who'].extra = 1
print(Holder.__dict__['who'].extra)
