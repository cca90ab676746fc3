# symtable: CPython 3.12's symbol tables for modules, functions, classes, lambdas,
# comprehensions (inlined ones disappear), global/nonlocal, annotations, type parameters.
import _symtable
import symtable

SRC = '''
import os, sys as system
from collections import deque
x = 1
def f(a, /, b, *args, c=2, **kw):
    global x
    y = [i for i in a]
    z = (j for j in b)
    def g():
        nonlocal y
        y = 3
        return z
    return lambda q: q + y
class C(object):
    attr: int = 0
    def m(self):
        return __class__, self.attr
    class Inner:
        pass
async def co():
    async for v in aiter():
        await v
def gen():
    yield from range(3)
type Alias[T] = list[T]
def generic[U: int](u: U) -> U:
    return u
class Box[V]:
    item: V
'''


def dump(e, ind=""):
    print(ind, e.type, e.name, e.lineno, e.nested, e.symbols, e.varnames)
    for c in e.children:
        dump(c, ind + "  ")


dump(_symtable.symtable(SRC, "<src>", "exec"))
dump(_symtable.symtable("a + b", "<e>", "eval"))
dump(_symtable.symtable(b"x = 1\n", "<b>", "single"))
for bad in [("x", "<s>", "nope"), ("def (", "<s>", "exec"), ("nonlocal q", "<s>", "exec"), (1, "<s>", "exec")]:
    try:
        _symtable.symtable(*bad)
    except (SyntaxError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

top = symtable.symtable(SRC, "<src>", "exec")
print(top.get_type(), top.get_name(), top.is_optimized(), top.is_nested(), top.has_children())
print(sorted(top.get_identifiers()))
f = top.lookup("f").get_namespace()
print(f.get_type(), f.get_parameters(), f.get_locals(), f.get_globals(), f.get_frees(), f.get_nonlocals())
for name in sorted(f.get_identifiers()):
    s = f.lookup(name)
    print(name, s.is_referenced(), s.is_parameter(), s.is_global(), s.is_declared_global(), s.is_local(),
          s.is_free(), s.is_assigned(), s.is_imported(), s.is_namespace(), s.is_annotated(), s.is_nonlocal())
c = top.lookup("C").get_namespace()
print(c.get_type(), c.get_methods(), [t.get_name() for t in c.get_children()])
for ch in f.get_children():
    print(ch.get_type(), ch.get_name(), ch.get_lineno(), sorted(ch.get_identifiers()), ch.get_frees())
print(repr(top).split("(")[0], str(top.lookup("x")))
