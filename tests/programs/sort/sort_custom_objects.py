# Sorting user objects: only __lt__ needed, key functions on attributes, multi-key with tuples and reversed parts.
class Emp:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary
    def __repr__(self):
        return f"{self.name}({self.dept},{self.salary})"
    def __lt__(self, other):
        return self.salary < other.salary
staff = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cy", "eng", 100), Emp("dee", "ops", 90), Emp("eve", "hr", 70)]
print(sorted(staff))
print(sorted(staff, key=lambda e: e.name, reverse=True))
print(sorted(staff, key=lambda e: (e.dept, -e.salary, e.name)))
print(max(staff), min(staff), sorted(staff, reverse=True)[:2])
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return f"G{self.v}"
print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]))
class NoOrder:
    pass
try:
    sorted([NoOrder(), NoOrder()])
except TypeError as e:
    print(type(e).__name__, e)
