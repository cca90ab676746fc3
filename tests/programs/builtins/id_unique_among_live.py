# id() is unique among objects alive at the same time and constant over an object's life;
# copy.deepcopy's memo depends on it (a shared id handed back another object's copy).
import copy

objs = [object() for i in range(150000)]
ids = [id(o) for o in objs]
print("unique:", len(set(ids)) == len(objs))
print("stable:", all(id(o) == i for o, i in zip(objs, ids)))
print("int:", type(ids[0]).__name__, ids[0] > 0)
del objs, ids


class Box:
    def __init__(self, n):
        self.n = n


boxes = [Box(i) for i in range(5000)]
copies = copy.deepcopy(boxes)
print("deepcopy right:", all(b.n == c.n and b is not c for b, c in zip(boxes, copies)))
print("distinct copies:", len(set(map(id, copies))) == len(copies))
shared = [boxes[7]] * 3
c = copy.deepcopy(shared)
print("shared kept shared:", c[0] is c[1] is c[2], c[0] is not boxes[7])
