# isinstance and issubclass with tuples, unions, bool/int, object, type, and __instancecheck__.
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance("s", object), isinstance(int, type), isinstance(type, type), isinstance(None, type(None)))
print(isinstance(1, int | str), isinstance([], (tuple, (list, dict))), isinstance(3, ()))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object), issubclass(object, type))
print(issubclass(list, (str, list)), issubclass(int, int | float))
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "special"
    def __subclasscheck__(cls, sub):
        return sub is str
class Anything(metaclass=Meta):
    pass
print(isinstance("special", Anything), isinstance(5, Anything), issubclass(str, Anything), issubclass(int, Anything))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, 1)
except TypeError as e:
    print(type(e).__name__, e)
