# The C-accelerated asyncio.Task (_asyncio.Task): names, reprs, stepping, cancellation
# (messages, cancelling/uncancel, _must_cancel), bad yields, current_task, eager start,
# contexts, and the _asyncio module functions.
import asyncio
import contextvars
import re
import types
import _asyncio
from asyncio import tasks

Task = _asyncio.Task
print(tasks.Task is Task, tasks._CTask is Task, Task.__mro__)
print(Task[int], issubclass(Task, _asyncio.Future))


def clean(s):
    s = re.sub(r" (at|defined at|running at) [^ >]*:[0-9]+", "", s)
    return re.sub(r" at 0x[0-9a-f]+", "", s)


def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, "->", type(e).__name__, clean(str(e)))
    else:
        print(label, "->", clean(repr(r)))


loop = asyncio.new_event_loop()
log = []


async def simple(x):
    log.append(("simple", x, _asyncio.current_task(loop).get_name()))
    return x * 2


t = Task(simple(21), loop=loop)
print(clean(repr(t)), t.get_name(), t.done(), t._must_cancel, t._fut_waiter, t._log_destroy_pending)
print(t in tasks._scheduled_tasks, _asyncio.current_task(loop))
print(loop.run_until_complete(t), clean(repr(t)), log)
print(t.get_coro() is t._coro, type(t.get_context()).__name__)
show("set_result", lambda: t.set_result(1))
show("set_exception", lambda: t.set_exception(ValueError()))
show("not a coroutine", lambda: Task(lambda: None, loop=loop))
t2 = Task(simple(1), loop=loop, name=12345)
print(t2.get_name(), type(t2.get_name()).__name__)
t2.set_name(("a", 1))
print(t2.get_name())
loop.run_until_complete(t2)
print("counter", Task(simple(2), loop=loop).get_name(), Task(simple(3), loop=loop).get_name())
loop.run_until_complete(asyncio.sleep(0))


# Awaiting futures and other tasks; results flow back through task_wakeup.
async def child(fut):
    v = await fut
    return v + 1


async def parent():
    fut = loop.create_future()
    c = Task(child(fut), loop=loop, name="child")
    await asyncio.sleep(0)
    print("waiting on", clean(repr(c._fut_waiter)), clean(repr(fut)))
    fut.set_result(10)
    return await c


print(loop.run_until_complete(Task(parent(), loop=loop)))


# Cancellation: messages, counting, catching.
async def sleeper(n):
    try:
        await asyncio.sleep(n)
    except asyncio.CancelledError as e:
        log.append(("cancelled", e.args))
        raise


log.clear()
t = Task(sleeper(10), loop=loop)
loop.run_until_complete(asyncio.sleep(0))
print("cancel", t.cancel("first"), t.cancelling(), t._must_cancel)
print("cancel again", t.cancel("second"), t.cancelling())
show("run cancelled", lambda: loop.run_until_complete(t))
print(t.cancelled(), t.done(), clean(repr(t)), log)
print("cancel done task", t.cancel(), t.uncancel(), t.uncancel(), t.uncancel())
show("result", t.result)


async def stubborn():
    for i in range(3):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            me = asyncio.current_task()
            log.append(("caught", i, me.cancelling(), me.uncancel()))
    return "survived"


log.clear()
t = Task(stubborn(), loop=loop)
for i in range(3):
    loop.run_until_complete(asyncio.sleep(0))
    t.cancel()
print(loop.run_until_complete(t), log)

# Cancel before the first step: _must_cancel is set, the coroutine never runs.
log.clear()
t = Task(simple(5), loop=loop)
print(t.cancel(msg="early"), t._must_cancel, t.cancelling())
show("early", lambda: loop.run_until_complete(t))
print(log, t.cancelled())


# Bad yields become RuntimeErrors thrown into the coroutine.
@types.coroutine
def bad_yield(v):
    yield v


async def yields(v):
    try:
        await bad_yield(v)
    except RuntimeError as e:
        return "RuntimeError: " + clean(str(e))


for v in (1, "x"):
    print(loop.run_until_complete(Task(yields(v), loop=loop)))
print(loop.run_until_complete(Task(yields(None), loop=loop)))


async def await_self():
    await asyncio.sleep(0)
    try:
        await me
    except RuntimeError as e:
        return clean(str(e))


me = Task(await_self(), loop=loop)
print(loop.run_until_complete(me))

# Exceptions raised by the coroutine.
async def fails():
    raise KeyError("k")


t = Task(fails(), loop=loop)
show("failing task", lambda: loop.run_until_complete(t))
print(type(t.exception()).__name__, clean(repr(t)))

# Contexts: a task runs in a copy of the current context or in the one given.
var = contextvars.ContextVar("var", default="unset")


async def read_var():
    v = var.get()
    var.set("changed")
    return v


var.set("outer")
print(loop.run_until_complete(Task(read_var(), loop=loop)), var.get())
ctx = contextvars.Context()
t = Task(read_var(), loop=loop, context=ctx)
print(loop.run_until_complete(t), t.get_context() is ctx, ctx[var])


# Eager start: the first step runs inside the constructor when the loop runs.
async def eager_main():
    order = []

    async def quick():
        order.append("quick ran")
        return "q"

    async def slow():
        order.append("slow start")
        await asyncio.sleep(0)
        order.append("slow end")
        return "s"

    q = Task(quick(), loop=loop, eager_start=True)
    order.append(("after quick", q.done(), q in _asyncio._eager_tasks))
    s = Task(slow(), loop=loop, eager_start=True)
    order.append(("after slow", s.done(), s in tasks._scheduled_tasks))
    order.append(await s)
    order.append(q.result())
    return order


print(loop.run_until_complete(eager_main()))
t = Task(simple(7), loop=loop, eager_start=True)
print("not running", t.done())
loop.run_until_complete(t)

# The module functions.
print(_asyncio._get_running_loop(), _asyncio._current_tasks)
show("get_running_loop", _asyncio.get_running_loop)
show("current_task", _asyncio.current_task)
_asyncio._set_running_loop(loop)
print(_asyncio.get_running_loop() is loop, _asyncio.get_event_loop() is loop, _asyncio.current_task())
_asyncio._set_running_loop(None)
fake = object()
L = "loop"
print(_asyncio._enter_task(L, "t1"), _asyncio._current_tasks, _asyncio.current_task(L))
show("enter twice", lambda: _asyncio._enter_task(L, "t2"))
show("leave other", lambda: _asyncio._leave_task(L, "t2"))
print(_asyncio._leave_task(L, "t1"), _asyncio._current_tasks)
show("leave unentered", lambda: _asyncio._leave_task(L, "t1"))
print(_asyncio._swap_current_task(L, "t3"), _asyncio._swap_current_task(L, None), _asyncio._current_tasks)
show("swap out missing", lambda: _asyncio._swap_current_task(L, None))
show("enter task kw", lambda: _asyncio._enter_task(loop=L, task="t4"))
_asyncio._leave_task(L, "t4")
_asyncio._register_eager_task(t)
print(t in _asyncio._eager_tasks)
_asyncio._unregister_eager_task(t)
print(t in _asyncio._eager_tasks)
_asyncio._register_task(t)
print(t in _asyncio._scheduled_tasks)
_asyncio._unregister_task(t)
print(t in _asyncio._scheduled_tasks)
show("register bad kw", lambda: _asyncio._register_task(tsk=t))


class MyTask(Task):
    def __init__(self, coro, **kw):
        super().__init__(coro, **kw)
        self.extra = "mine"


t = MyTask(simple(8), loop=loop)
print(loop.run_until_complete(t), t.extra, type(t).__name__, clean(repr(t)))
loop.close()
