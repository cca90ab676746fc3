# dir() of user classes and instances: sorted, includes inherited and instance attributes, __dir__ override.
class A:
    a_attr = 1
    def a_method(self):
        pass
class B(A):
    b_attr = 2
    def __init__(self):
        self.inst = 3
names = dir(B())
print([n for n in names if not n.startswith("_")], names == sorted(names))
print([n for n in dir(B) if not n.startswith("_")], "__init__" in dir(B), "inst" in dir(B))
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]
print(dir(Custom()))
def f():
    local_a = 1
    local_b = 2
    return dir()
print(f())
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
