# Async generators driven manually: __anext__ awaitables, asend, athrow, aclose, and StopAsyncIteration.
def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    for i in range(3):
        yield i * 10
    print("agen done")
g = agen()
print(type(g).__name__)
print(drive(g.__anext__()), drive(g.__anext__()), drive(g.__anext__()))
try:
    drive(g.__anext__())
except StopAsyncIteration as e:
    print("StopAsyncIteration", repr(e))
async def echo():
    received = None
    while True:
        received = yield f"echo:{received}"
e = echo()
print(drive(e.asend(None)), drive(e.asend("a")), drive(e.asend("b")))
async def handles():
    try:
        yield 1
    except KeyError as ex:
        yield f"handled {ex!r}"
h = handles()
print(drive(h.__anext__()))
print(drive(h.athrow(KeyError("k"))))
async def cleanup():
    try:
        yield "x"
    finally:
        print("async gen finally")
c = cleanup()
print(drive(c.__anext__()))
print(drive(c.aclose()))
async def collect():
    out = []
    async for v in agen():
        out.append(v)
    return out
print(drive(collect()))
async def comp():
    return [x + 1 async for x in agen() if x]
print(drive(comp()))
