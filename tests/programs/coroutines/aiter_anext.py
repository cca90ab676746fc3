# The aiter() and anext() builtins (3.10+) with async iterators and defaults, driven without asyncio.
def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
class ARange:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    it = aiter(ARange(2))
    a = await anext(it)
    b = await anext(it)
    c = await anext(it, "default")
    try:
        await anext(it)
    except StopAsyncIteration:
        d = "StopAsyncIteration"
    return a, b, c, d
print(drive(main()))
async def agen():
    yield "x"
async def use_agen():
    g = agen()
    return [await anext(g), await anext(g, "done")]
print(drive(use_agen()))
try:
    aiter([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    anext([1])
except TypeError as e:
    print(type(e).__name__, e)
