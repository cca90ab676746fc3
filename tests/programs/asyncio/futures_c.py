# The C-accelerated asyncio.Future (_asyncio.Future): states, results, errors, reprs,
# callbacks and their order, cancellation messages, awaiting, subclassing.
import asyncio
import contextvars
import re
import _asyncio
from asyncio import futures

Future = _asyncio.Future
print(futures.Future is Future, futures._CFuture is Future)
print(Future.__module__, Future.__qualname__, Future[int])

loop = asyncio.new_event_loop()


def clean(s):
    return re.sub(r" at [^ ,\]]*:[0-9]+", "", s)


def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", r)


f = Future(loop=loop)
print(repr(f), f._state, f.done(), f.cancelled(), f._callbacks, f._result, f._exception)
print(f._asyncio_future_blocking, f._log_traceback, f._source_traceback, f._cancel_message)
print(f.get_loop() is loop, f._loop is loop)
show("result pending", f.result)
show("exception pending", f.exception)
f.set_result(42)
print(repr(f), f._state, f.result(), f.exception(), f.done())
show("set_result again", lambda: f.set_result(1))
show("set_exception again", lambda: f.set_exception(ValueError()))
print("cancel done", f.cancel())

f = Future(loop=loop)
show("set_exception StopIteration", lambda: f.set_exception(StopIteration))
show("set_exception non-exception", lambda: f.set_exception(1))
f.set_exception(ValueError)
print(repr(f), f._log_traceback)
print(type(f.exception()).__name__, f._log_traceback)
show("result raises", f.result)
show("_log_traceback=True", lambda: setattr(f, "_log_traceback", True))
f._log_traceback = False
show("del _log_traceback", lambda: delattr(f, "_log_traceback"))
show("del _asyncio_future_blocking", lambda: delattr(f, "_asyncio_future_blocking"))

# Cancellation with and without messages.
f = Future(loop=loop)
print("cancel", f.cancel(msg="stop it"), f.cancelled(), f.done(), repr(f), f._cancel_message)
show("result cancelled", f.result)
show("exception cancelled", f.exception)
print("cancel again", f.cancel())
f = Future(loop=loop)
f.cancel()
show("cancelled no msg", f.result)
f._cancel_message = "later"
print(f._cancel_message)
e = f._make_cancelled_error()
print(type(e).__name__, e.args)

# Uninitialized futures.
class NoInit(Future):
    def __init__(self):
        pass

u = NoInit()
print(u.done(), u.cancelled(), u._loop, u._source_traceback, u._asyncio_future_blocking)
for name in ("result", "exception", "get_loop", "cancel", "__repr__"):
    show("uninit " + name, getattr(u, name))
show("uninit set_result", lambda: u.set_result(1))
show("uninit add_done_callback", lambda: u.add_done_callback(print))
show("uninit iter", lambda: iter(u))
show("uninit _state", lambda: u._state)
show("uninit _callbacks", lambda: u._callbacks)
show("bad keyword", lambda: Future(lp=loop))
show("positional", lambda: Future(loop))

# Callbacks: order, contexts, removal, scheduling on the loop.
var = contextvars.ContextVar("var", default="default")
events = []


def cb(name):
    def inner(fut):
        events.append((name, fut.result() if not fut.cancelled() else "cancelled", var.get()))
    inner.__qualname__ = name
    return inner


f = Future(loop=loop)
a, b, c = cb("a"), cb("b"), cb("c")
f.add_done_callback(a)
f.add_done_callback(b)
ctx = contextvars.copy_context()
ctx.run(var.set, "in ctx")
f.add_done_callback(c, context=ctx)
f.add_done_callback(a)
print(clean(repr(f)))
print([type(x).__name__ for x in f._callbacks[0]], len(f._callbacks))
print("removed", f.remove_done_callback(a))
print(clean(repr(f)))
print("removed none", f.remove_done_callback(print))
f.set_result("R")
print(f._callbacks, events)
loop.run_until_complete(asyncio.sleep(0))
print(events)
events.clear()
f.add_done_callback(a)
print(events)
loop.run_until_complete(asyncio.sleep(0))
print(events)
events.clear()

f = Future(loop=loop)
for i in range(5):
    f.add_done_callback(cb("cb%d" % i))
print(clean(repr(f)))
f.cancel()
loop.run_until_complete(asyncio.sleep(0))
print(events)
events.clear()

# __await__ / __iter__: the future is yielded once, then the result is returned.
f = Future(loop=loop)
it = f.__await__()
print(type(it).__name__, iter(it) is it)
print(next(it) is f, f._asyncio_future_blocking)
show("next again", lambda: next(it))
f.set_result("done")
try:
    it.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
show("exhausted", lambda: next(it))
it = Future(loop=loop).__iter__()
show("throw", lambda: it.throw(KeyError("k")))
show("throw after", lambda: next(it))
it = Future(loop=loop).__iter__()
print(it.close(), end=" ")
show("after close", lambda: next(it))
show("throw bad", lambda: Future(loop=loop).__iter__().throw(1))


async def waiter(fut):
    return await fut


f = Future(loop=loop)
loop.call_soon(f.set_result, "awaited")
print(loop.run_until_complete(waiter(f)))
f = Future(loop=loop)
loop.call_soon(f.set_exception, KeyError("boom"))
show("await exception", lambda: loop.run_until_complete(waiter(f)))
f = Future(loop=loop)
loop.call_soon(f.cancel, "why")
show("await cancelled", lambda: loop.run_until_complete(waiter(f)))


# Subclasses keep their own attributes and repr.
class MyFuture(Future):
    def __init__(self, *, loop=None, tag="t"):
        super().__init__(loop=loop)
        self.tag = tag

    def __repr__(self):
        return "MyFuture(%s, %s)" % (self.tag, self._state)


m = MyFuture(loop=loop, tag="x")
m.set_result(3)
print(m, m.tag, m.result(), isinstance(m, asyncio.Future), futures.isfuture(m))
print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(Future(loop=loop).__await__()))[:30])
loop.close()
