# A chain of containers dying together is finalized outermost first, as reference counting
# would do it, also when the links go through dict values and set members.
import gc
from collections import OrderedDict

deleted = []


def chain(base, make):
    class Node(base):
        def __del__(self):
            deleted.append(self.i)

    obj = None
    for i in range(30):
        obj = make(Node, obj)
        obj.i = i
    return obj


for label, base, make in [
    ("dict value", dict, lambda cls, inner: cls([(None, inner)])),
    ("frozenset", frozenset, lambda cls, inner: cls([inner])),
    ("OrderedDict", OrderedDict, lambda cls, inner: cls([(None, inner)])),
    ("list", list, lambda cls, inner: cls([inner])),
]:
    deleted.clear()
    obj = chain(base, make)
    del obj
    gc.collect()
    gc.collect()
    print(label, deleted == list(range(29, -1, -1)), deleted[:3])
