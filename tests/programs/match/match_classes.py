# Class patterns: positional via __match_args__, keyword attributes, builtin types with one positional.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r
def where(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=c, r=r):
            return f"circle r={r} at {c.x},{c.y}"
        case Point():
            return "some point"
        case _:
            return "unknown"
for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Circle(Point(1, 2), 20), Circle(Point(0, 0), 1), "x"]:
    print(where(s))
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float() | complex():
            return "inexact number"
        case str(s):
            return f"str {s!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case dict(d):
            return f"dict of {len(d)}"
        case _:
            return "other"
for v in [True, -3, 7, 1.5, 2j, "s", [9, 8], {}, (1,)]:
    print(kind(v))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
