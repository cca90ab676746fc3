# Compares code objects that pyvm compiled (a .pyc) with CPython 3.12's compile() of the
# same source, recursively through nested code objects. Reads lines "SOURCE<TAB>PYC" on
# stdin (optional further columns: compile()'s optimize level, flags and mode); prints one
# line per pair:
# "SAME SOURCE" or "DIFF SOURCE: <first difference>".
import marshal, sys, dis

FIELDS = ("co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_flags", "co_stacksize",
          "co_names", "co_varnames", "co_cellvars", "co_freevars", "co_name", "co_qualname",
          "co_firstlineno")

def canon(c):
    # frozenset iteration order is not a property of the value: compare sorted
    if isinstance(c, frozenset):
        return ("frozenset", sorted(repr(canon(x)) for x in c))
    if isinstance(c, tuple):
        return ("tuple", tuple(canon(x) for x in c))
    return (type(c).__name__, repr(c))

def instrs(co):
    return [(i.opname, i.arg if i.arg is not None else None, i.positions) for i in dis.get_instructions(co)]

def diff(a, b, path):
    ia, ib = [(x[0], x[1]) for x in instrs(a)], [(x[0], x[1]) for x in instrs(b)]
    if ia != ib:
        n = next((k for k in range(min(len(ia), len(ib))) if ia[k] != ib[k]), min(len(ia), len(ib)))
        return "%s: instruction %d: ours %s, CPython's %s" % (path, n, ia[n:n + 3], ib[n:n + 3])
    for f in FIELDS:
        if getattr(a, f) != getattr(b, f):
            return "%s: %s ours %r, CPython's %r" % (path, f, getattr(a, f), getattr(b, f))
    if a.co_exceptiontable != b.co_exceptiontable:
        return "%s: co_exceptiontable differs" % path
    if list(a.co_positions()) != list(b.co_positions()):
        pa, pb = list(a.co_positions()), list(b.co_positions())
        n = next(k for k in range(min(len(pa), len(pb))) if pa[k] != pb[k])
        return "%s: co_positions at %d: ours %s, CPython's %s" % (path, n * 2, pa[n], pb[n])
    ca = [c for c in a.co_consts if not hasattr(c, "co_code")]
    cb = [c for c in b.co_consts if not hasattr(c, "co_code")]
    if [canon(c) for c in ca] != [canon(c) for c in cb]:
        return "%s: co_consts ours %r, CPython's %r" % (path, ca, cb)
    sa = [c for c in a.co_consts if hasattr(c, "co_code")]
    sb = [c for c in b.co_consts if hasattr(c, "co_code")]
    if len(sa) != len(sb):
        return "%s: %d nested code objects, CPython %d" % (path, len(sa), len(sb))
    for x, y in zip(sa, sb):
        d = diff(x, y, path + "/" + y.co_name)
        if d:
            return d
    return None

for line in sys.stdin:
    src, pyc, *opt = line.rstrip("\n").split("\t")
    with open(pyc, "rb") as f:
        ours = marshal.loads(f.read()[16:])
    with open(src, "rb") as f:
        theirs = compile(f.read(), src, opt[2] if len(opt) > 2 else "exec", int(opt[1]) if len(opt) > 1 else 0,
                         dont_inherit=True, optimize=int(opt[0]) if opt else -1)
    d = diff(ours, theirs, "<module>")
    print(("SAME " + src) if d is None else ("DIFF " + src + ": " + d), flush=True)
