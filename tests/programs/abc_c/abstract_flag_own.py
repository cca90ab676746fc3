# The IS_ABSTRACT bit of __flags__ and object.__new__'s refusal follow a class's own
# __abstractmethods__, never an inherited one: inspect.isabstract inside __init_subclass__
# (before ABCMeta.__new__ has set the set) and a subclass of a class marked by hand.
import inspect
from abc import ABCMeta, abstractmethod
checks = []
class AbstractChecker(metaclass=ABCMeta):
    def __init_subclass__(cls):
        checks.append(inspect.isabstract(cls))
class AbstractClassExample(AbstractChecker):
    @abstractmethod
    def foo(self):
        pass
class ClassExample(AbstractClassExample):
    def foo(self):
        pass
print(checks, inspect.isabstract(AbstractClassExample), inspect.isabstract(ClassExample))
print(AbstractClassExample.__flags__ & (1 << 20), ClassExample.__flags__ & (1 << 20))
class P: pass
P.__abstractmethods__ = frozenset({'x'})
class Q(P): pass
print(P.__flags__ & (1 << 20), Q.__flags__ & (1 << 20), inspect.isabstract(Q))
try:
    P()
except TypeError as e:
    print(e)
print(type(Q()).__name__)
