# Single inheritance: overriding, super().__init__, isinstance/issubclass and attribute lookup order.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Cat(Animal):
    sound = "meow"
    def kind(self):
        return "cat, an " + super().kind()
class Lion(Cat):
    sound = "roar"
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def speak(self):
        return super().speak().upper()
for x in [Animal("gen"), Cat("tom"), Lion("leo", "west")]:
    print(x.speak(), "|", x.kind())
l = Lion("simba", "rock")
print(l.pride, isinstance(l, Animal), isinstance(l, Cat), issubclass(Lion, Animal), issubclass(Animal, Lion))
print(issubclass(Cat, (int, Animal)), isinstance(3, (str, int)), issubclass(bool, int), issubclass(Lion, Lion))
print([c.__name__ for c in Lion.__mro__], Lion.__base__.__name__, Cat.__subclasses__())
print(Cat.__dict__.get("speak"), "kind" in Cat.__dict__)
try:
    issubclass(l, Animal)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(l, "Animal")
except TypeError as e:
    print(type(e).__name__, e)
