# Properties with inheritance: overriding a property, extending setter via super, and class-level access.
class Base:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        print("Base setter", v)
        self._x = v
class Child(Base):
    @Base.x.setter
    def x(self, v):
        print("Child setter", v)
        Base.x.fset(self, v * 2)
class ReadOnlyChild(Base):
    @property
    def x(self):
        return "overridden getter, no setter"
c = Child()
c.x = 5
print(c.x)
r = ReadOnlyChild()
print(r.x)
try:
    r.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Base.x).__name__, Base.x.fget.__name__, Child.x.fget is Base.x.fget, Child.x.fset is Base.x.fset)
class Lazy:
    @property
    def value(self):
        print("computing")
        self.__dict__["cached"] = 42
        return self.__dict__["cached"]
l = Lazy()
print(l.value, l.value)
