# Reflected operand priority: a subclass's reflected method runs first when it overrides the parent's.
class Base:
    def __init__(self, name):
        self.name = name
    def __add__(self, o):
        return f"{self.name}.__add__"
    def __radd__(self, o):
        return f"{self.name}.__radd__"
    def __lt__(self, o):
        return f"{self.name}.__lt__"
    def __gt__(self, o):
        return f"{self.name}.__gt__"
class Derived(Base):
    def __radd__(self, o):
        return f"{self.name}.__radd__ (derived)"
    def __gt__(self, o):
        return f"{self.name}.__gt__ (derived)"
class Plain(Base):
    pass
b, d, p = Base("b"), Derived("d"), Plain("p")
print(b + d)
print(d + b)
print(b + p)
print(b < d)
print(b < p)
print(1 + b, b + 1)
class IntLike(int):
    def __radd__(self, o):
        return "IntLike.__radd__ first"
print(1 + IntLike(2), IntLike(2) + 1)
class FloatLike(float):
    def __rsub__(self, o):
        return "FloatLike.__rsub__"
print(1.0 - FloatLike(2.0), 5 - FloatLike(1.0))
