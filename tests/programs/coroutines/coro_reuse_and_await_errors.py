# Coroutine misuse: awaiting a coroutine that is already being awaited, reusing a finished
# one (send and throw alike), yield from a coroutine in a plain generator, a bad __anext__,
# and close() ignoring GeneratorExit.
import types


@types.coroutine
def nop():
    yield


async def inner():
    await nop()
    return "spam"


async def waiter(coro):
    return await coro


def report(label, fn):
    try:
        fn()
    except BaseException as exc:
        print(label, type(exc).__name__, exc, type(exc.__cause__).__name__)
    else:
        print(label, "no error")


c = inner()
c.send(None)
report("await busy:", lambda: waiter(c).send(None))
c.close()

done = inner()
done.send(None)
report("finish:", lambda: done.send(None))
report("send again:", lambda: done.send(None))
report("throw after end:", lambda: done.throw(ValueError("wat")))
print("close after end:", done.close(), done.close())


def plain_gen():
    yield 1


g = plain_gen()
list(g)
report("generator throw after end:", lambda: g.throw(ValueError("gen")))


async def simple():
    return 10


coro = simple()


def delegating():
    yield from coro


report("yield from coroutine:", lambda: list(delegating()))
coro.close()


@types.coroutine
def iterable_coro():
    return (yield from simple())


report("types.coroutine may:", lambda: iterable_coro().send(None))


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return self

    def __await__(self):
        1 / 0


async def loop():
    async for _ in BadAnext():
        pass


report("bad __anext__:", lambda: loop().send(None))


class NoAwait:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 42


async def loop2():
    async for _ in NoAwait():
        pass


report("__anext__ not awaitable:", lambda: loop2().send(None))


async def stubborn():
    try:
        await nop()
    except GeneratorExit:
        await nop()


s = stubborn()
s.send(None)
report("coroutine close:", s.close)


def stubborn_gen():
    try:
        yield 1
    except GeneratorExit:
        yield 2


sg = stubborn_gen()
next(sg)
report("generator close:", sg.close)

ct = types.CoroutineType
print("into coroutine" in ct.send.__doc__, "inside coroutine" in ct.close.__doc__,
      "in coroutine" in ct.throw.__doc__, "of the coroutine" in ct.__dict__["__name__"].__doc__)

# Nothing left suspended: both stubborn ones run to their end.
for finish in (lambda: s.send(None), lambda: next(sg)):
    try:
        finish()
    except StopIteration:
        print("finished")
