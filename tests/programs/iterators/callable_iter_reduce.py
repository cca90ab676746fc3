# iter(callable, sentinel): StopIteration from the callable ends it, re-entrant
# exhaustion ends it, and __reduce__ (also after the builtins' "iter" key runs code).
import builtins


class Counter:
    def __init__(self):
        self.i = 0

    def __call__(self):
        self.i += 1
        return self.i


it = iter(Counter(), 3)
print(next(it), it.__reduce__()[0] is iter, list(it), it.__reduce__())


def stops():
    raise StopIteration


it = iter(stops, 1)
print(list(it), list(it), it.__reduce__()[1])

NO_MORE = 2


def spam():
    if spam.again:
        return NO_MORE
    spam.again = True
    list(spam.iterator)
    return 1


spam.again = False
spam.iterator = iter(spam, NO_MORE)
try:
    next(spam.iterator)
except StopIteration:
    print("StopIteration after re-entrant exhaustion")


class Key:
    """A builtins key equal to 'iter' whose __eq__ exhausts an iterator."""

    def __init__(self, name, iterator):
        self.name = name
        self.iterator = iterator

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        list(self.iterator)
        return other == self.name


def reduce_with_hostile_key(name, it):
    d = builtins.__dict__
    orig = d[name]
    del d[name]
    d[Key(name, it)] = orig
    try:
        return it.__reduce__()
    finally:
        del d[name]
        d[name] = orig


print(reduce_with_hostile_key("iter", iter("xyz"))[1])
print(reduce_with_hostile_key("iter", iter([1, 2]))[1])
print(reduce_with_hostile_key("reversed", reversed([1, 2]))[1])
print(reduce_with_hostile_key("iter", iter(Counter(), 9))[1])
