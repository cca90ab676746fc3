# Class definition, instances, instance vs class attributes, methods and bound methods.
class Dog:
    species = "canine"
    def __init__(self, name):
        self.name = name
        self.tricks = []
    def add_trick(self, t):
        self.tricks.append(t)
        return self
    def __repr__(self):
        return f"Dog({self.name!r})"
a, b = Dog("rex"), Dog("fido")
a.add_trick("sit").add_trick("roll")
print(a, b, a.tricks, b.tricks, a.species, Dog.species)
a.species = "own"
print(a.species, b.species, Dog.species)
Dog.species = "changed"
print(a.species, b.species)
m = b.add_trick
print(m.__self__ is b, m.__func__ is Dog.add_trick, m.__name__)
m("beg")
print(b.tricks)
print(Dog.add_trick(b, "x").tricks)
print(type(a).__name__, type(a) is Dog, isinstance(a, Dog), Dog.__name__, Dog.__qualname__, Dog.__module__)
print(sorted(vars(a)), "species" in vars(Dog), type(Dog).__name__)
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, vars(e), Empty.__bases__, Empty.__mro__)
try:
    e.missing
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    Dog()
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    Empty(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
print(Dog.__doc__, Dog.__init__.__qualname__)
