# Closing a coroutine suspended in an await of another coroutine closes the inner one
# (gen_close_iter), running its finally blocks; the same for yield from a generator.
import types
class Aw:
    def __await__(self):
        yield 1
async def inner():
    try:
        await Aw()
    finally:
        print("inner finally")
async def outer():
    await inner()
c = outer()
c.send(None)
c.close()
print("closed")
def g():
    yield from (x for x in range(3))
gg = g(); next(gg); gg.close(); print('gen closed')
