# __mro_entries__: non-class objects in a class's bases list are replaced by what they return; __orig_bases__ keeps the originals.
class Base:
    def hello(self):
        return "hello from Base"
class Marker:
    def __mro_entries__(self, bases):
        print("__mro_entries__ called with", [b.__name__ if isinstance(b, type) else type(b).__name__ for b in bases])
        return (Base,)
class Child(Marker(), dict):
    pass
print([c.__name__ for c in Child.__mro__], Child().hello(), type(Child.__orig_bases__[0]).__name__)
class Drop:
    def __mro_entries__(self, bases):
        return ()
class OnlyObject(Drop()):
    pass
print(OnlyObject.__bases__, hasattr(OnlyObject, "__orig_bases__"))
try:
    class Bad(5):
        pass
except TypeError as e:
    print(type(e).__name__, e)
