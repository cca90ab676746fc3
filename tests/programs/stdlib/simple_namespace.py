# types.SimpleNamespace (the type of sys.implementation): init, repr with its recursion
# guard, comparison, pickling and copying, subclasses.
import copy
import pickle
import sys
import types

NS = types.SimpleNamespace
print(NS, NS.__module__, NS.__qualname__)
print(NS.__doc__)
print(type(sys.implementation) is NS, isinstance(sys.implementation, NS))
print(sorted(vars(sys.implementation)))
print(sys.implementation.version == sys.version_info, sys.implementation.hexversion == sys.hexversion)

ns = NS(a=1, b=[2])
print(ns, ns.a, ns.b, vars(ns))
ns.c = ns
print(repr(ns))
del ns.c
del ns.a
print(ns, hasattr(ns, "a"))
for bad in (lambda: NS(1), lambda: NS({"a": 1}), lambda: NS(**{1: 2})):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    del ns.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    ns.missing
except AttributeError as e:
    print("AttributeError:", e)

print(NS.__new__(NS, 1, 2, k=3))
odd = NS()
odd.__dict__[1] = 2
odd.__dict__[""] = 3
odd.__dict__["z"] = 4
print(odd)

print(NS(a=1) == NS(a=1), NS(a=1) != NS(a=2), NS(a=1) == {"a": 1}, NS.__hash__)
try:
    NS() < NS()
except TypeError as e:
    print("TypeError:", e)
try:
    hash(NS())
except TypeError as e:
    print("TypeError:", e)


class Sub(NS):
    pass


s = Sub(x=1)
s.y = s
print(repr(s), Sub(x=1) == NS(x=1), Sub.__mro__)
print(NS(a=1).__reduce__())
p = pickle.loads(pickle.dumps(NS(a=1, b="x")))
print(type(p).__name__, p, p == NS(a=1, b="x"))
print(pickle.loads(pickle.dumps(Sub(q=[1]))))
print(copy.copy(NS(k=[1])), copy.deepcopy(NS(z={1: 2})))
