# await on an object whose __await__ returns coroutine.__await__() gets the coroutine's return
# value; an exception thrown into a coroutine paused in await (asyncio's Task does this for a
# failed task) is chained to the exception the coroutine was handling.
import asyncio
class Aw:
    def __init__(self, coro):
        self.coro = coro
    def __await__(self):
        return self.coro.__await__()
async def coro():
    return 'ok'
loop = asyncio.new_event_loop()
fut = asyncio.ensure_future(Aw(coro()), loop=loop)
loop.run_until_complete(fut)
print(fut.result())

async def raise_error():
    raise ValueError
async def run():
    try:
        raise KeyError(3)
    except Exception as exc:
        task = loop.create_task(raise_error())
        try:
            await task
        except Exception as exc:
            print(type(exc), repr(exc.__context__))
loop.run_until_complete(run())

# the plain case without asyncio
def g():
    x = yield from coro().__await__()
    return x
it = g()
try:
    next(it)
except StopIteration as e:
    print('value', e.value)

class FI:
    def __iter__(self): return self
    def __next__(self): return 5
    def throw(self, *a):
        raise a[0] if len(a) == 1 else a[1]
async def co():
    try: raise KeyError(2)
    except KeyError:
        try:
            await AW()
        except ValueError as e: print(2, repr(e.__context__))
class AW:
    def __await__(self): return FI()
c = co(); c.send(None)
try: c.throw(ValueError('t2'))
except StopIteration: pass
