# async with and async for using hand-written async context managers and iterators, driven without asyncio.
class Step:
    def __await__(self):
        yield "step"
class ACM:
    async def __aenter__(self):
        print("aenter")
        await Step()
        return "resource"
    async def __aexit__(self, et, ev, tb):
        print("aexit", et.__name__ if et else None)
        return et is KeyError
class ACounter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Step()
        return self.i
async def main():
    async with ACM() as r:
        print("inside", r)
    async with ACM():
        raise KeyError("suppressed")
    total = 0
    async for v in ACounter(4):
        print("item", v)
        total += v
    return total
m = main()
steps = 0
try:
    while True:
        assert m.send(None) == "step"
        steps += 1
except StopIteration as e:
    print("result", e.value, "steps", steps)
class NotAsyncCM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
async def wrong():
    async with NotAsyncCM():
        pass
try:
    wrong().send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def wrong_for():
    async for x in [1, 2]:
        pass
try:
    wrong_for().send(None)
except TypeError as e:
    print(type(e).__name__, e)
