# Async generator protocol details: reuse and re-entry errors, hooks, athrow forms, StopAsyncIteration inside, awaits inside.
import sys
def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
def show(f):
    try:
        print("ok", f())
    except BaseException as e:
        print(type(e).__name__, e)
class Yielder:
    def __await__(self):
        v = yield "to-loop"
        return v
async def g1():
    x = await Yielder()
    yield ("got", x)
    yield 2
a = g1()
print(type(a).__name__, a.__name__, a.__qualname__, a.ag_running, type(a.__anext__()).__name__, type(a.aclose()).__name__)
n = a.__anext__()
print(n.send(None))
print(a.ag_running)
show(lambda: drive(a.__anext__()))
show(lambda: n.send("hello"))
show(lambda: n.send(None))
print(drive(a.__anext__()))
show(lambda: drive(a.__anext__()))
show(lambda: drive(a.__anext__()))
show(lambda: drive(a.aclose()))
show(lambda: drive(a.athrow(ValueError("v"))))
async def raises_sai():
    yield 1
    raise StopAsyncIteration
r = raises_sai()
drive(r.__anext__())
show(lambda: drive(r.__anext__()))
async def raises_si():
    yield 1
    raise StopIteration(5)
r = raises_si()
drive(r.__anext__())
show(lambda: drive(r.__anext__()))
async def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught", repr(e))
c = catcher()
print(drive(c.__anext__()))
print(drive(c.athrow(ValueError("typed"))))
print(drive(c.athrow(ValueError("inst"))))
show(lambda: drive(c.athrow(KeyError("k"))))
show(lambda: drive(c.__anext__()))
t = catcher()
aw = t.athrow(ValueError("x"))
show(lambda: drive(aw))
show(lambda: aw.send(None))
async def echo():
    v = None
    while True:
        v = yield v
e = echo()
show(lambda: drive(e.asend(1)))
print(drive(e.asend(None)), drive(e.asend(7)))
s = e.asend(3)
show(lambda: s.throw(KeyError("into asend")))
show(lambda: s.send(None))
print(drive(e.aclose()))
print(drive(e.aclose()))
calls = []
def first(g):
    calls.append(("first", g.__name__))
def fin(g):
    calls.append(("fin", g.__name__))
print(sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(firstiter=first, finalizer=fin)
h = sys.get_asyncgen_hooks()
print(h.firstiter is first, h[1] is fin)
hg = echo()
drive(hg.__anext__())
drive(hg.__anext__())
print(calls)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks() == (None, None))
show(lambda: sys.set_asyncgen_hooks(firstiter=1))
show(lambda: sys.set_asyncgen_hooks(finalizer="x"))
async def with_cleanup_await():
    try:
        yield 1
    finally:
        x = await Yielder()
        print("cleanup awaited", x)
w = with_cleanup_await()
drive(w.__anext__())
cl = w.aclose()
print(cl.send(None))
show(lambda: cl.send("resumed"))
async def two():
    yield 1
    yield 2
async def consume():
    out = []
    async for v in two():
        out.append(v)
    it = two()
    out.append(await anext(it))
    out.append(await anext(it, "d"))
    out.append(await anext(it, "d"))
    out.append(await anext(aiter(it), "again"))
    return out
print(drive(consume()))
show(lambda: aiter(1))
show(lambda: anext(1))
class BadAiter:
    def __aiter__(self):
        return 1
show(lambda: aiter(BadAiter()))
async def just_started():
    yield 1
show(lambda: just_started().asend(5).send(None))
show(lambda: drive(just_started().aclose()))
ag = just_started()
aw1 = ag.__anext__()
aw1.close()
show(lambda: aw1.send(None))
