# DataLoop runs module-level loops (LOAD_NAME/STORE_NAME through the module dict's cache)
# and instance attribute reads and writes (instance dict, class attributes that are no
# descriptors, __slots__) without leaving for the eval loop. Every way those fast paths
# must give up: names added, deleted or shadowed mid-loop, other locals mappings, class
# attributes changed, descriptors, __getattr__/__getattribute__/__setattr__, __class__
# and __dict__ assignment, unset and deleted slots, borrowed member descriptors,
# tracing and another thread.
import sys
import threading
import traceback


class P:
    kind = 3

    def __init__(self, x, y):
        self.x = x
        self.y = y


objs = [P(i, i + 1) for i in range(20)]
acc = 0
for _ in range(200):
    for o in objs:
        o.x = o.y + o.kind
        acc += o.x
print("plain", acc)

# A global added, deleted and a builtin shadowed while the loop runs.
total = 0
for i in range(300):
    total = total + i
    if i == 100:
        extra = 7  # a new key: the module dict's version changes
    if i == 150:
        del extra
    if i == 200:
        abs = lambda v: -1  # shadows the builtin
    total = total + abs(-1)
del abs
print("globals", total, "extra" in globals())

# NameError in a module-level loop: the line of the failing instruction.
missing_at = 0
try:
    for i in range(50):
        missing_at = i
        if i == 40:
            del missing_at
        missing_at = missing_at + 1
except NameError as e:
    print("NameError", e, sys.exc_info()[2].tb_lineno)

# The instance dict shadows a class attribute mid-loop, the class attribute changes,
# and becomes a descriptor.
class Q:
    kind = 1

    def __init__(self):
        self.a = 0


qs = [Q() for _ in range(10)]
seen = []
for r in range(60):
    for q in qs:
        q.a = q.a + q.kind
    if r == 10:
        qs[3].kind = 100
    if r == 20:
        Q.kind = 2
    if r == 30:
        Q.kind = property(lambda self: 5)
    if r == 40:
        del Q.kind
        Q.kind = "s" * 0 or 1
    if r == 50:
        Q.kind = staticmethod(lambda: 9)
        try:
            for q in qs:
                q.a = q.a + q.kind
        except TypeError as e:
            print("TypeError", e)
        Q.kind = 1
    seen.append(qs[0].a + qs[3].a)
print("shadow", seen[::7], [q.a for q in qs])

# Many class attributes, so that some share a hash bit with instance attributes.
class Many:
    pass


for k in range(80):
    setattr(Many, "c%d" % k, k)
m = Many()
for k in range(0, 80, 3):
    setattr(m, "c%d" % k, -k)
s = 0
for _ in range(50):
    s = s + m.c0 + m.c1 + m.c2 + m.c3 + m.c4 + m.c5 + m.c6 + m.c7 + m.c40 + m.c41 + m.c79
print("many", s)

# Attributes deleted mid-loop: the AttributeError's line.
def deleting():
    objs = [P(i, i) for i in range(5)]
    t = 0
    try:
        for i in range(100):
            for o in objs:
                t = t + o.x
            if i == 60:
                del objs[2].x
    except AttributeError as e:
        print("AttributeError", e, e.obj is objs[2], e.name, sys.exc_info()[2].tb_lineno)
    return t


print("deleting", deleting())

# __getattr__ answers what is missing; __getattribute__ and __setattr__ added mid-loop.
class G:
    def __init__(self):
        self.v = 1

    def __getattr__(self, name):
        return 10


gs = [G() for _ in range(4)]
t = 0
for i in range(100):
    for g in gs:
        t = t + g.v
        g.v = g.v + 1
    if i == 50:
        del gs[1].v
    if i == 70:
        G.__getattribute__ = lambda self, name: 1000 if name == "v" else object.__getattribute__(self, name)
    if i == 80:
        log = []
        G.__setattr__ = lambda self, name, value: log.append(name)
print("getattr", t, len(log))
del G.__getattribute__, G.__setattr__

# __class__ and __dict__ assigned mid-loop.
class A1:
    def __init__(self):
        self.p = 1


class A2:
    q = 5

    def __init__(self):
        self.p = 2


items = [A1() for _ in range(6)]
t = 0
for i in range(80):
    for it in items:
        t = t + it.p
        it.p = it.p + 1
    if i == 20:
        items[0].__class__ = A2
    if i == 40:
        items[1].__dict__ = {"zz": 0, "p": 1000}
    if i == 60:
        items[2].__dict__ = {}
        items[2].p = -1
print("class/dict", t, [type(x).__name__ for x in items][:2], items[1].__dict__)

# __slots__: values, an unset slot, a deleted slot, a subclass, a borrowed member.
class S:
    __slots__ = ("a", "b")
    kind = 4

    def __init__(self, a, b):
        self.a = a
        self.b = b


class S2(S):
    __slots__ = ("c",)

    def __init__(self, a, b):
        super().__init__(a, b)
        self.c = 0


slots = [S(i, 2 * i) if i % 2 else S2(i, i) for i in range(10)]
t = 0
for i in range(100):
    for sl in slots:
        sl.a = sl.b - sl.a + sl.kind
        t = t + sl.a
print("slots", t, [sl.a for sl in slots])

half = S.__new__(S)
half.b = 1
try:
    for i in range(30):
        half.b = half.b + 1
        half.a = half.a + 1
except AttributeError as e:
    print("unset slot", e, half.b)
del slots[3].b
try:
    for i in range(30):
        for sl in slots:
            t = t + sl.b
except AttributeError as e:
    print("deleted slot", e)


class Other:
    __slots__ = ("z",)


class Borrow:
    z = Other.z


b = Borrow()
try:
    for i in range(30):
        t = t + 1
        b.z = i
except TypeError as e:
    print("borrowed", e)
o2 = Other()
o2.z = 1
for i in range(30):
    o2.z = o2.z + 1
    t = t + o2.z
print("other", o2.z, t)

# Locals that are not the module dict: exec with a separate locals dict, a class body,
# a mapping of our own.
src = """
n = 0
for i in range(50):
    n = n + i + k
"""
g = {"k": 1}
loc = {}
exec(src, g, loc)
print("exec locals", loc["n"], "n" in g)


class Mapping(dict):
    def __getitem__(self, key):
        if key == "k":
            return 2
        return dict.__getitem__(self, key)

    def __setitem__(self, key, value):
        dict.__setitem__(self, key, value * 1)


mp = Mapping()
exec(src, {"k": 1}, mp)
print("exec mapping", mp["n"])


class Body:
    m = 0
    for i in range(40):
        m = m + i
print("class body", Body.m)

# A trace function set mid-loop (by a property getter the loop reads) sees the calls
# that follow; one set before the call sees every line of a loop of attributes.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("v", "traced"):
        events.append((frame.f_code.co_name, event, frame.f_lineno))
    return tracer


class T:
    def __init__(self):
        self.n = 0

    @property
    def v(self):
        if self.n == 30:
            sys.settrace(tracer)
        return self.n


tt = T()
t = 0
for i in range(40):
    tt.n = tt.n + 1
    t = t + tt.v
sys.settrace(None)
print("traced getter", t, events[:4], len(events))


def traced():
    o = P(1, 2)
    t = 0
    for i in range(4):
        t = t + o.x
        o.x = o.y
    return t


events = []
sys.settrace(tracer)
traced()
sys.settrace(None)
print("traced", [e[1:] for e in events])

# Another thread changes the objects while a module-level loop runs over them.
shared = [P(0, 0) for _ in range(4)]
stop = False


def changer():
    n = 0
    while not stop and n < 2000:
        for p in shared:
            p.y = p.y + 1
        n += 1


th = threading.Thread(target=changer)
th.start()
t = 0
for i in range(20000):
    for p in shared:
        p.x = p.y
        t = t + 1
stop = True
th.join()
print("thread", t, all(p.x <= p.y for p in shared))

# Module-level loops that call: methods (the method form of LOAD_ATTR) shadowed, replaced
# and deleted mid-loop, plain functions rebound (PUSH_NULL), try statements (NOP) whose
# handlers run.
class M:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n


ms = [M(i) for i in range(8)]
total = 0
for r in range(40):
    for mm in ms:
        total += mm.get()
    if r == 10:
        ms[2].get = lambda: 1000
    if r == 20:
        M.get = lambda self: -self.n
    if r == 30:
        del ms[2].get
        M.get = len.__call__ if False else (lambda self: 1)
print("module methods", total)


def f(v):
    return v + 1


total = 0
for r in range(50):
    total += f(r)
    if r == 25:
        f = lambda v: v * 2
print("module calls", total)

caught = 0
total = 0
for k in range(60):
    try:
        total += {0: 1, 2: 3}[k % 4]
    except KeyError:
        caught += 1
    finally:
        total += 1
print("module try", caught, total)
try:
    for mm in ms:
        total += mm.missing()
except AttributeError as e:
    print("module AttributeError", e)
