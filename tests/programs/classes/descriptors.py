# Descriptor protocol: data vs non-data descriptors, precedence over instance dict, __get__ with None.
class NonData:
    def __get__(self, obj, owner):
        return f"nondata({obj is None}, {owner.__name__})"
class Data:
    def __get__(self, obj, owner):
        return "data"
    def __set__(self, obj, value):
        print("Data.__set__", value)
class C:
    nd = NonData()
    d = Data()
c = C()
print(c.nd, C.nd, c.d, C.d)
c.__dict__["nd"] = "instance wins over non-data"
c.__dict__["d"] = "instance loses to data"
print(c.nd, c.d)
c.d = 5
print(c.__dict__["d"])
class Typed:
    def __init__(self, t):
        self.t = t
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        return self if obj is None else obj.__dict__[self.name]
    def __set__(self, obj, v):
        if not isinstance(v, self.t):
            raise TypeError(f"{self.name} must be {self.t.__name__}")
        obj.__dict__[self.name] = v
    def __delete__(self, obj):
        print("deleting", self.name)
        del obj.__dict__[self.name]
class Person:
    age = Typed(int)
p = Person()
p.age = 30
print(p.age)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
del p.age
print("age" in p.__dict__)
def plain(self):
    return "bound"
print(plain.__get__(p, Person)(), type(plain.__get__(p)).__name__, plain.__get__(None, Person) is plain)
