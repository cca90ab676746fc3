# Special class attributes: __dict__ mapping proxy, __name__ assignment, __bases__, __class__ assignment.
class A:
    x = 1
    def m(self):
        return "A.m"
class B:
    def m(self):
        return "B.m"
print(type(A.__dict__).__name__, A.__dict__["x"])
try:
    A.__dict__["y"] = 2
except TypeError as e:
    print(type(e).__name__, e)
A.y = 2
print(A.y, "y" in A.__dict__)
A.__name__ = "Renamed"
print(A.__name__, A.__qualname__)
a = A()
print(a.m(), type(a).__name__)
a.__class__ = B
print(a.m(), type(a).__name__, isinstance(a, B))
try:
    a.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
class C:
    "class doc"
print(C.__doc__, C.__module__, C.__bases__, C().__class__.__name__)
del A.y
print(hasattr(A, "y"))
def method(self):
    return "added later"
A.later = method
print(A().later())
print(int.__name__, int.__qualname__, list.__module__, type(int.__dict__).__name__)
try:
    int.foo = 1
except TypeError as e:
    print(type(e).__name__, e)
