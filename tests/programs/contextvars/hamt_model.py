# _testcapi.hamt(), the immutable mapping behind contexts, against a dict model: keys with
# colliding and near-colliding hashes, deletes that collapse nodes, old versions unchanged.
import _testcapi
import contextvars
import random


class K:
    def __init__(self, h, name):
        self.h, self.name = h, name

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, K) and (self.h, self.name) == (other.h, other.name)

    def __repr__(self):
        return f"K({self.h}, {self.name!r})"


rng = random.Random(5)
hashes = [0, 1, 2, 31, 32, 33, 1 << 30, 1 << 31, -5, 100100, 2**40 + 7, 7]
keys = [K(rng.choice(hashes), i) for i in range(60)] + [str(i) for i in range(40)]
h = _testcapi.hamt()
d = {}
versions = []
for step in range(600):
    k = rng.choice(keys)
    if rng.random() < 0.6:
        h = h.set(k, step)
        d[k] = step
    else:
        h2 = h.delete(k)
        if k not in d:
            assert h2 is h
        d.pop(k, None)
        h = h2
    assert len(h) == len(d), step
    if step % 50 == 0:
        versions.append((h, dict(d)))
for hv, dv in versions:
    assert len(hv) == len(dv)
    assert set(hv.items()) == set(dv.items())
    assert all(hv[k] == v for k, v in dv.items())
    assert all((k in hv) == (k in dv) for k in keys)
print("model ok", len(h), sorted(map(repr, h))[:5])

e = _testcapi.hamt()
o = object()
a = e.set("x", o)
print(a.set("x", o) is a, a.set("x", []) is a, len(e), len(a))
print(a.get("y"), a.get("y", 3), a["x"] is o, "x" in a, "y" in a)
try:
    a["y"]
except KeyError as exc:
    print("KeyError", exc)
it = a.items()
print(type(it).__name__, len(it), next(it)[0], type(a.keys()).__name__, type(a.values()).__name__)
print(e.set(1, 2) == _testcapi.hamt().set(1, 2), e.set(1, 2) != e.set(1, 3), e == 1)
try:
    hash(e)
except TypeError as exc:
    print(exc)

for args, kw in [((), {}), (("a", 1), {}), (("a",), {"x": 1}), (("a", "b"), {"default": 1}), ((1,), {})]:
    try:
        contextvars.ContextVar(*args, **kw)
    except TypeError as exc:
        print("TypeError", exc)
print(contextvars.ContextVar("v", default=3).get())
