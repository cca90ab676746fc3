# Async comprehensions and await inside comprehensions, driven by hand without an event loop.
def drive(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
async def agen(n):
    for i in range(n):
        yield i
async def double(x):
    return x * 2
async def main():
    a = [x async for x in agen(4)]
    b = [await double(x) for x in range(3)]
    c = {x: await double(x) async for x in agen(3) if x}
    d = {x async for x in agen(5) if x % 2}
    e = [y async for x in agen(3) for y in range(x)]
    g = (x async for x in agen(3))
    f = [v async for v in g]
    return a, b, c, sorted(d), e, f
print(drive(main()))
