# Function and variable annotations: evaluated at definition time, stored in __annotations__, any expression allowed.
def log(x):
    print("evaluating annotation", x)
    return x
def f(a: log("a"), b: log("b") = 1) -> log("return"):
    return a
print(f.__annotations__)
x: int = 5
y: "forward"
print(__annotations__)
class C:
    field: list[int]
    other: int = 3
    def m(self, v: "C") -> None: ...
print(C.__annotations__, C.m.__annotations__, hasattr(C, "field"), C.other)
def g():
    local: log("never evaluated for locals") = 1
    return local
print(g())
try:
    y
except NameError as e:
    print(type(e).__name__, e)
