# __new__ vs __init__: order of calls, __new__ returning other types skips __init__, immutable subclasses.
class Tracked:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, v):
        print("__init__", v)
        self.v = v
t = Tracked(1)
print(t.v)
class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Weird())
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper("abc"), type(Upper("x")).__name__)
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(Pos(5) + 1)
try:
    Pos(-1)
except ValueError as e:
    print(type(e).__name__, e)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
o = object.__new__(Tracked)
print(type(o).__name__, hasattr(o, "v"))
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
class NoInitArgs:
    pass
try:
    NoInitArgs(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
