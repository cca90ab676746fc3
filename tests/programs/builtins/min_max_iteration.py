# min()/max() take items one at a time (CPython's min_max): a generator's items and the
# comparisons interleave, and a failing comparison stops the iteration there.
def gen(log):
    for x in [3, 1, 4, 1, 5, 9, 2, 6]:
        log.append(x)
        yield x


log = []
print(max(gen(log)), log)
print(min(3, 1, 2), max(3, 1, 2), max([1.5, float("nan"), 2.5]), min([float("nan"), 1.0]))
print(max([], default=7), min((), default=None), max(iter([4]), default=0))
print(max([2**70, 5, -2**80]), min([2**70, 5, -2**80]), max(1, 2.5), min(True, 0))
print(max("abc", "abd"), max([1, 2], key=lambda v: -v), min("hello", key=ord), max([1, 3], key=None))
print(max([(1, "a"), (1, "b")]), max([3, 3.0]), max([3.0, 3]), min([-0.0, 0.0]), min([0, False]))
print(max(x * 2 for x in range(1000)), min(x - 500 for x in range(1000)))
for args, kw in [((), {}), (([],), {}), ((1, 2), {"default": 3}), ((1,), {}),
                 (([1, "a"],), {}), (([1],), {"foo": 1}), (([1],), {"key": 5})]:
    for f in (max, min):
        try:
            print(f(*args, **kw))
        except Exception as e:
            print(type(e).__name__, e)


class Bad:
    def __gt__(self, o):
        raise ValueError("gt")


log = []


def g2():
    log.append(1)
    yield Bad()
    log.append(2)
    yield Bad()
    log.append(3)
    yield Bad()


try:
    max(g2())
except ValueError as e:
    print("err", e, log)
