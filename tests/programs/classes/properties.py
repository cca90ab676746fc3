# property: getter/setter/deleter, read-only errors, property decorator chaining, computed values.
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        print("get")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set", v)
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("del")
        del self._c
    @property
    def fahrenheit(self):
        """F value."""
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
print(Temp.fahrenheit.__doc__, type(Temp.celsius).__name__, Temp.celsius.fget.__name__)
class P:
    x = property(lambda self: 42, doc="answer")
print(P().x, P.x.__doc__, P.x.fset)
class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "sub:" + str(self._c)
s = Sub(5)
print(s.celsius)
s.celsius = 7
print(s.celsius)
