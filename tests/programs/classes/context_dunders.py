# __enter__/__exit__ on classes: return values, exception info passed to __exit__, suppression.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("hidden")
print("after suppressed")
try:
    with CM("c"):
        raise KeyError("shown")
except KeyError as e:
    print("caught", repr(e))
with CM("x") as x, CM("y") as y:
    print(x, y)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
