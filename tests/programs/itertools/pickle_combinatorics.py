# Pickling and copying the combinatoric itertools, groupby and tee in 3.12: each
# round trip resumes where the original stood (with a DeprecationWarning, silenced here).
import copy
import itertools
import pickle
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


def roundtrip(it, proto):
    return pickle.loads(pickle.dumps(it, proto))


for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for make in (lambda: itertools.permutations("abcd", 2),
                 lambda: itertools.permutations(range(4)),
                 lambda: itertools.combinations("abcde", 3),
                 lambda: itertools.combinations_with_replacement("abc", 2),
                 lambda: itertools.combinations("ab", 5),
                 lambda: itertools.combinations_with_replacement("", 0)):
        same = []
        for skip in range(4):
            it = make()
            for _ in range(skip):
                next(it, None)
            rest = list(roundtrip(it, proto))
            # An exhausted r=0 iterator pickles as a fresh one, in CPython too.
            same.append(rest == list(it))
        print(proto, same)

c = itertools.combinations("abcd", 2)
next(c)
print(c.__reduce__())
c = itertools.combinations_with_replacement("xyz", 2)
next(c); next(c)
print(c.__reduce__())
p = itertools.permutations("abc", 2)
print(p.__reduce__())
next(p); next(p)
print(p.__reduce__())
list(p)
print(p.__reduce__())

# __setstate__ clamps indices into range.
c = itertools.combinations("abcd", 2)
c.__setstate__((0, 99))
print(list(c))
p = itertools.permutations("abc")
p.__setstate__(((2, 1, 0), (1, 1, 1)))
print(list(p))
for bad in [(1,), ((1,), 2), [1]]:
    try:
        itertools.permutations("abc").__setstate__(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    itertools.combinations("abc", 2).__setstate__(("a", "b"))
except TypeError as e:
    print("TypeError", e)

# groupby: pickling mid-group keeps the current key and value.
g = itertools.groupby("aaabbbcc")
k, grp = next(g)
print(k, next(grp))
g2 = roundtrip(g, 2)
print([(k, "".join(v)) for k, v in g2])
g = itertools.groupby("aabbc")
k, grp = next(g)
print(type(grp.__reduce__()[0]).__name__)
next(g)
print(grp.__reduce__()[0] is iter, list(grp))
try:
    itertools.groupby("ab").__setstate__((1,))
except TypeError as e:
    print("TypeError", e)

# tee: its buffer pickles with it, and tees are weakly referenceable.
a, b = itertools.tee(range(200))
for _ in range(70):
    next(a)
next(b)
a2, b2 = roundtrip(a, 3), roundtrip(b, 3)
print(next(a2), next(b2), len(list(a2)), len(list(b2)))
print(list(copy.copy(b))[:3])
import weakref
r = weakref.ref(a)
print(r() is a)
Data = type(a.__reduce__()[2][0])
print(Data.__name__)
for args in [(iter([]), (), None), (iter([]), [], 5)]:
    try:
        Data(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    a.__setstate__((a.__reduce__()[2][0], 99))
except ValueError as e:
    print("ValueError", e)
