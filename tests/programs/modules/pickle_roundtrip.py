# _pickle: round trips at every protocol, byte-identical to the pure-Python pickler, shared
# and recursive structures, classes with state, reduce hooks, and pickling to files.
import _pickle
import io
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = [2]


class WithState:
    def __init__(self):
        self.v = 5

    def __getstate__(self):
        return {"v": self.v * 10}

    def __setstate__(self, state):
        self.v = state["v"] + 1


class Kw:
    def __new__(cls, *, size):
        self = super().__new__(cls)
        self.size = size
        return self

    def __getnewargs_ex__(self):
        return (), {"size": self.size}


values = [
    None, True, False, 0, 7, 255, 256, 65536, -1, 2**31 - 1, -2**31, 2**31, 2**64, -(2**100),
    0.5, -2.25, 1e300, "", "ascii", "caf\xe9", "\u20ac\U0001f600", b"", b"bytes", bytearray(b"ba"),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, [2, [3]]], {}, {"k": (1, 2)}, {1, 2, 3},
    frozenset({"a"}), len, pickle.dumps, Point, type(None), type(Ellipsis), Ellipsis, NotImplemented,
    complex(1, -1), list(range(1500)), {str(i): i for i in range(1100)}, Point(1, "two"),
]

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    same = 0
    for v in values:
        data = _pickle.dumps(v, proto)
        back = _pickle.loads(data)
        assert back == v or back is v, (proto, v)
        if data == pickle._dumps(v, proto):
            same += 1
        assert pickle._loads(data) == v
    print("protocol", proto, "round trips:", len(values), "identical to pickle.py:", same)

shared = [1, 2]
obj = [shared, shared, (shared,)]
for proto in range(6):
    back = _pickle.loads(_pickle.dumps(obj, proto))
    print(proto, back, back[0] is back[1] is back[2][0])

rec = []
rec.append(rec)
rd = {}
rd["self"] = rd
for proto in range(6):
    r = _pickle.loads(_pickle.dumps(rec, proto))
    d = _pickle.loads(_pickle.dumps(rd, proto))
    print(proto, r[0] is r, d["self"] is d)

s = _pickle.loads(_pickle.dumps(Slotted(), 2))
print(s.a, s.b)
w = _pickle.loads(_pickle.dumps(WithState()))
print(w.v)
for proto in (2, 4):
    k = _pickle.loads(_pickle.dumps(Kw(size=3), proto))
    print(proto, type(k).__name__, k.size)

f = io.BytesIO()
p = _pickle.Pickler(f, 2)
p.dump("first")
p.dump(["second"])
_pickle.dump({"third": 3}, f, protocol=5)
f.seek(0)
u = _pickle.Unpickler(f)
print(u.load(), u.load(), _pickle.load(f))

big = b"x" * 200000
data = _pickle.dumps([big, big], 5)
print(len(data) < 200100, _pickle.loads(data)[1] == big)
print(pickle.loads(pickle.dumps(big, 4)) == big)
print(sorted(n for n in dir(_pickle) if not n.startswith("_")))
