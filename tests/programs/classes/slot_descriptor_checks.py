# A __slots__ member descriptor checks its instance even when found through another class
# (borrowed as a class attribute), on load, store and delete, also when the access repeats
# (the interpreter's attribute caches); a class's metaclass can be swapped by __class__.
class Class:
    __slots__ = ("slot",)

class Sneaky:
    __slots__ = ("shadowed",)
    shadowing = Class.slot

class Borrower:
    borrowed = Class.slot

def load(o, name):
    try:
        return getattr(o, name)
    except (TypeError, AttributeError) as e:
        return f"{type(e).__name__}: {e}"

def store(o, name):
    try:
        setattr(o, name, 42)
        return "stored"
    except (TypeError, AttributeError) as e:
        return f"{type(e).__name__}: {e}"

def delete(o, name):
    try:
        delattr(o, name)
        return "deleted"
    except (TypeError, AttributeError) as e:
        return f"{type(e).__name__}: {e}"

s = Sneaky()
s.shadowed = 1
b = Borrower()
for _ in range(3):
    print(load(s, "shadowing"), "|", store(s, "shadowing"), "|", delete(s, "shadowing"))
    print(load(b, "borrowed"), "|", store(b, "borrowed"), "|", delete(b, "borrowed"))
def hot(o):
    return o.borrowed
for i in range(2000):
    try:
        hot(b)
    except TypeError as e:
        last = str(e)
print(last)
c = Class()
print(load(c, "slot"), store(c, "slot"), load(c, "slot"), delete(c, "slot"), load(c, "slot"))
print(repr(Class.slot))
try:
    Class.slot.__get__(b, Borrower)
except TypeError as e:
    print(e)

class OldMeta(type):
    @property
    def attribute(cls):
        return "old"

class NewMeta(type):
    @property
    def attribute(cls):
        return "new"

class K(metaclass=OldMeta):
    pass

def f():
    return K.attribute

print([f() for _ in range(3)], type(K).__name__)
K.__class__ = NewMeta
print([f() for _ in range(3)], type(K).__name__)
try:
    int.__class__ = NewMeta
except TypeError as e:
    print(e)
try:
    class Slotted(type):
        __slots__ = ("x",)
except TypeError as e:
    print(e)
class Weak(type):
    __slots__ = ()
K.__class__ = Weak
print(type(K).__name__, K.__name__)
