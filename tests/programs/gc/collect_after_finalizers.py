# gc.collect() also frees what only finalized garbage held: the locals of a generator it
# closed (one call is enough, as in CPython).
import gc
import weakref


class Item:
    def __init__(self, name):
        self.name = name
        self.me = self


class Guard:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("guard exit", exc[0].__name__ if exc[0] else None)


def walk(items):
    with Guard():
        for x in items:
            yield x


items = [Item(i) for i in range(3)]
first = weakref.ref(items[0])
it = walk(items)
print("first:", next(it).name)
del items
gc.collect()
print("held by the suspended generator:", first() is not None)
del it
gc.collect()
print("freed in the same collect:", first() is None)

