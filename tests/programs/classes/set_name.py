# __set_name__ on descriptors: receives owner and attribute name at class creation.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value)
class Model:
    first = Field()
    second = Field()
m = Model()
print(m.first)
m.first = "hello"
print(m.first, m.second, m._first, type(Model.first).__name__)
f = Field()
class Later:
    pass
Later.attr = f
print(hasattr(f, "name"))
class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)
try:
    class Fails:
        x = Boom()
except ValueError as e:
    print(type(e).__name__, e, e.__notes__ if hasattr(e, "__notes__") else "")
