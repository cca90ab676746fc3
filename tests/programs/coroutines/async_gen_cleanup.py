# Async generator cleanup: aclose() runs finally blocks, yielding during aclose is an error, athrow into finished generators.
def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
async def well_behaved():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")
g = well_behaved()
print(drive(g.__anext__()))
print(drive(g.aclose()))
print(drive(g.aclose()))
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refusing to close"
s = stubborn()
drive(s.__anext__())
try:
    drive(s.aclose())
except RuntimeError as e:
    print(type(e).__name__, e)
async def short():
    yield "only"
sh = short()
print(drive(sh.__anext__()))
try:
    drive(sh.__anext__())
except StopAsyncIteration:
    print("exhausted")
try:
    print("athrow on exhausted generator returned", drive(sh.athrow(ValueError("late"))))
except ValueError as e:
    print("athrow on exhausted generator raises", repr(e))
except StopAsyncIteration:
    print("athrow on exhausted generator: StopAsyncIteration")
