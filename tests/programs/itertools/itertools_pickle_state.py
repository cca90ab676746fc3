# itertools objects pickle and copy with their state (deprecated in 3.12, with a
# DeprecationWarning); map, filter and zip pickle too; subclasses keep their class and
# take keywords only through an __init__ of their own.
import copy
import itertools
import operator
import pickle
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


def roundtrip(it, take=1):
    for _ in range(take):
        next(it, None)
    a = pickle.loads(pickle.dumps(it))
    b = copy.deepcopy(it)
    return list(itertools.islice(a, 8)), list(itertools.islice(b, 8)), type(a).__name__


print(roundtrip(itertools.count(3)))
print(roundtrip(itertools.count(1.5, 0.5)))
print(roundtrip(itertools.repeat("x", 4)))
print(roundtrip(itertools.cycle("abc"), 4))
print(roundtrip(itertools.accumulate([1, 2, 3, 4])))
print(roundtrip(itertools.accumulate([1, 2, 3], initial=10), 0))
print(roundtrip(itertools.accumulate([None, None, None], operator.is_)))
print(roundtrip(itertools.chain("ab", "cd"), 3))
print(roundtrip(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(roundtrip(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5]) if False else
                itertools.dropwhile(operator.not_, [0, 0, 3, 0, 5])))
print(roundtrip(itertools.takewhile(bool, [1, 2, 0, 4])))
print(roundtrip(itertools.filterfalse(None, [0, 1, 0, 2])))
print(roundtrip(itertools.starmap(pow, [(2, 3), (3, 2), (4, 2)])))
print(roundtrip(itertools.islice(range(20), 2, 15, 3), 2))
print(roundtrip(itertools.zip_longest("ab", "xyz", fillvalue="-"), 2))
print(roundtrip(itertools.product("ab", range(2)), 3))
print(roundtrip(map(abs, [-1, -2, -3])))
print(roundtrip(filter(None, [0, 1, 2, 0, 3])))
print(roundtrip(zip("abc", range(3))))

c = itertools.cycle("ab")
c.__setstate__((["x", "y"], 1))
print(list(itertools.islice(c, 5)))
ch = itertools.chain()
ch.__setstate__((iter("pq"),))
print(list(ch))
for bad in ((), ("a",), 3):
    try:
        itertools.chain().__setstate__(bad)
    except TypeError as e:
        print("TypeError", e)

warnings.simplefilter("error", DeprecationWarning)
try:
    itertools.count().__reduce__()
except DeprecationWarning as e:
    print("DeprecationWarning", e)

for cls, args in ((zip, ([1, 2], "ab")), (map, (str, [1, 2])), (filter, (None, [0, 1])),
                  (itertools.cycle, ([1, 2],)), (itertools.chain, ([1], [2]))):
    class Sub(cls):
        pass

    class WithInit(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg

    print(type(Sub(*args)).__name__, list(itertools.islice(Sub(*args), 3)))
    try:
        Sub(*args, newarg=3)
    except TypeError as e:
        print("TypeError", e)
    if cls is not zip:
        w = WithInit(*args, newarg=3)
        print(type(w).__name__, w.newarg, list(itertools.islice(w, 3)))


class A:
    pass


A.__call__ = A()
try:
    A()()
except RecursionError as e:
    print("RecursionError", e)
