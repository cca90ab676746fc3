# object.__reduce_ex__ / __getstate__ and copy.copy / copy.deepcopy of plain instances.
import copy, copyreg


class P:
    def __init__(self, x, items):
        self.x = x
        self.items = items


class S:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


p = P(1, [1, [2, 3]])
r = p.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1] == (P,), r[2], r[3:])
q = copy.copy(p)
print(q.x, q.items is p.items)
d = copy.deepcopy(p)
print(d.items == p.items, d.items is p.items, d.items[1] is p.items[1])
s = copy.copy(S())
print(s.a, hasattr(s, "b"), S().__reduce_ex__(2)[2])
print(P(2, None).__getstate__(), object().__getstate__())
print(copy.deepcopy({"k": [1, 2], "t": (1, [2])}))


class L(list):
    pass


lst = L([1, 2])
lst.tag = "t"
c = copy.deepcopy(lst)
print(type(c).__name__, c, c.tag)
