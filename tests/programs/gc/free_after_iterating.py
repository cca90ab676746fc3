# An exhausted iterator lets go of what it iterated: the object dies (and its __del__
# runs) once nothing else holds it, for builtin sequences, sets, arrays and generators.
import array
import gc
from collections import OrderedDict


def check(label, cls, *args):
    died = []

    class Sub(cls):
        def __del__(self):
            died.append(label)

    it = iter(Sub(*args))
    for _ in it:
        pass
    gc.collect()
    gc.collect()
    print(label, "freed" if died else "kept", "after exhaustion")


for cls, args in [(str, ("ab",)), (bytes, (b"xy",)), (bytearray, (b"xy",)), (set, ({1, 2},)),
                  (frozenset, ({3},)), (list, ([1],)), (tuple, ((1,),)), (dict, ({1: 2},)),
                  (array.array, ("i", [1, 2])), (OrderedDict, ({1: 2},))]:
    check(cls.__name__, cls, *args)


class Big(list):
    def __del__(self):
        print("Big deleted")


def walk(seq):
    yield from seq


g = walk(Big([1, 2]))
items = list(g)
gc.collect()
gc.collect()
print(items)
print("generator finished; frame released:", g.gi_frame)


# A frame taken from the generator keeps its locals: only the generator lets go.
def keeps():
    local = "still here"
    yield 1


g = keeps()
fr = g.gi_frame
list(g)
print(fr.f_locals, g.gi_frame, g.gi_code.co_name, g.gi_suspended, g.gi_running)

# del of subclass instances of str/bytes/bytearray/array without iteration
for base in (str, bytes, bytearray):
    class D(base):
        def __del__(self):
            print("__del__ of", base.__name__, "subclass")
    d = D()
    del d
    gc.collect()
