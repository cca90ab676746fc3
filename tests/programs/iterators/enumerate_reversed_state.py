# enumerate pickles as (type, (iterator, next count)); reversed() reports the items left.
import operator
import pickle

e = enumerate("abcd", 5)
next(e)
r = e.__reduce__()
print(r[0].__name__, type(r[1][0]).__name__, r[1][1])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    copy = pickle.loads(pickle.dumps(e, proto))
    print(proto, list(copy))
print(list(e))

big = enumerate([], 2 ** 70)
print(big.__reduce__()[1][1])


class MyEnum(enumerate):
    pass


m = MyEnum("xy")
print(type(pickle.loads(pickle.dumps(m))).__name__, list(pickle.loads(pickle.dumps(m))))

for s in ("hello", tuple("hello"), list("hello"), range(5)):
    r = reversed(s)
    print(type(r).__name__, operator.length_hint(r), end=" ")
    next(r)
    print(operator.length_hint(r), end=" ")
    list(r)
    print(operator.length_hint(r))


class Shrinking:
    def __init__(self):
        self.n = 6

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        return i


s = Shrinking()
r = reversed(s)
print(operator.length_hint(r))
s.n = 2
print(operator.length_hint(r))


class BadLen:
    calls = 0

    def __len__(self):
        BadLen.calls += 1
        if BadLen.calls > 1:
            raise ZeroDivisionError("second len")
        return 3

    def __getitem__(self, i):
        return i


r = reversed(BadLen())
try:
    operator.length_hint(r)
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
