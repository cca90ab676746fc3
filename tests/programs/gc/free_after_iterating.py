# An exhausted iterator lets go of what it iterated: the object dies (and its __del__
# runs) once nothing else holds it, for builtin sequences, sets, arrays and generators.
# (All the checks share a few collections: each gc.collect() is a full JVM collection.)
import array
import gc
from collections import OrderedDict

died = set()
iterators = []


def make(label, cls, *args):
    class Sub(cls):
        def __del__(self):
            died.add(label)

    it = iter(Sub(*args))
    for _ in it:
        pass
    iterators.append((label, it))


for cls, args in [(str, ("ab",)), (bytes, (b"xy",)), (bytearray, (b"xy",)), (set, ({1, 2},)),
                  (frozenset, ({3},)), (list, ([1],)), (tuple, ((1,),)), (dict, ({1: 2},)),
                  (array.array, ("i", [1, 2])), (OrderedDict, ({1: 2},))]:
    make(cls.__name__, cls, *args)


class Big(list):
    def __del__(self):
        died.add("generator's Big")


def walk(seq):
    yield from seq


g = walk(Big([1, 2]))
items = list(g)


# A frame taken from the generator keeps its locals: only the generator lets go.
def keeps():
    local = "still here"
    yield 1


k = keeps()
fr = k.gi_frame
list(k)

# __del__ of subclass instances of str/bytes/bytearray without iteration
for base in (str, bytes, bytearray):
    class D(base):
        def __del__(self, name=base.__name__):
            died.add(name + " subclass")
    d = D()
del d

gc.collect()
gc.collect()
for label, it in iterators:
    print(label, "freed" if label in died else "kept", "after exhaustion")
print(items, "generator's Big" in died, "frame released:", g.gi_frame)
print(fr.f_locals, k.gi_frame, k.gi_code.co_name, k.gi_suspended, k.gi_running)
print(sorted(x for x in died if x.endswith("subclass")))
