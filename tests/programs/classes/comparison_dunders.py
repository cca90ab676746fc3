# Rich comparison dunders: reflection, NotImplemented fallbacks, default identity equality, and total ordering by hand.
class C:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f"C{self.v}.__eq__")
        return NotImplemented
    def __lt__(self, o):
        print(f"C{self.v}.__lt__")
        return NotImplemented
    def __gt__(self, o):
        print(f"C{self.v}.__gt__")
        return NotImplemented
a, b = C(1), C(2)
print(a == b)
print(a != b)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Num) else o)
    def __le__(self, o):
        return self.v <= (o.v if isinstance(o, Num) else o)
    def __eq__(self, o):
        return self.v == (o.v if isinstance(o, Num) else o)
print(Num(1) < 2, 2 > Num(1), 2 >= Num(1), Num(2) == 2, 2 == Num(2), Num(2) != 3)
class Sub(Num):
    def __gt__(self, o):
        print("Sub.__gt__ first (subclass reflected)")
        return True
print(Num(1) < Sub(0))
try:
    Num(3) >= 2
except TypeError as e:
    print(type(e).__name__, e)
x = object()
print(x == x, x != x, object() == object())
class NE:
    def __eq__(self, o):
        return "truthy-string"
print(NE() == 1, NE() != 1)
