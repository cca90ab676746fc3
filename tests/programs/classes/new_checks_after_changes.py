# object.__new__ checks (abstract methods, excess arguments) stay right after the classes change.
import abc
class P:
    def __init__(self, a): self.a = a
class Q:
    pass
class N:
    def __new__(cls, *a): return object.__new__(cls)
class Ab(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
class Conc(Ab):
    def __init__(self, x): self.x = x
    def f(self): return self.x
def attempt(make):
    try:
        r = make()
        return r if isinstance(r, (int, str)) else type(r).__name__
    except TypeError as e:
        return "TypeError: " + str(e)
for i in range(4):
    print(i, attempt(lambda: P(i)), attempt(lambda: Conc(i).f()), attempt(lambda: N(1)))
    print(attempt(lambda: Q(1)), "|", attempt(lambda: Ab()), "|", attempt(lambda: Q()))
    if i == 0:
        Conc.__abstractmethods__ = frozenset({"g"})
    if i == 1:
        P.__new__ = lambda cls, *a: "replaced"
        Conc.__abstractmethods__ = frozenset()
    if i == 2:
        Q.__init__ = lambda self, *a: None
