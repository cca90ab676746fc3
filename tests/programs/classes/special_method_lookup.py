# Special methods are looked up on the type, not the instance: instance attributes do not affect operators.
class C:
    def __len__(self):
        return 1
    def __repr__(self):
        return "C-type-repr"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance-repr"
print(len(c), c.__len__(), repr(c), c.__repr__())
class Adder:
    pass
a = Adder()
a.__add__ = lambda other: "instance add"
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
Adder.__add__ = lambda self, other: f"class add {other}"
print(a + 1)
class Meta(type):
    def __len__(cls):
        return 42
    def __getitem__(cls, k):
        return f"Meta getitem {k}"
class WithMeta(metaclass=Meta):
    def __len__(self):
        return 7
print(len(WithMeta), len(WithMeta()), WithMeta["x"])
class Later:
    pass
obj = Later()
Later.__iter__ = lambda self: iter([1, 2])
print(list(obj))
Later.__bool__ = lambda self: False
print(bool(obj), "yes" if obj else "no")
del Later.__bool__
print(bool(obj))
