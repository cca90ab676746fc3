# async def coroutines driven by hand with send(): await on custom awaitables, return values.
class Suspend:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        got = yield self.label
        return f"resumed {self.label} with {got}"
async def task():
    a = await Suspend("first")
    print(a)
    b = await Suspend("second")
    print(b)
    return "task result"
c = task()
print(type(c).__name__, c.__name__)
print(c.send(None))
print(c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print("finished with", e.value)
async def inner():
    return 42
async def outer():
    v = await inner()
    w = await inner()
    return v + w
o = outer()
try:
    o.send(None)
except StopIteration as e:
    print("outer returned", e.value)
def run(coro):
    values = []
    try:
        while True:
            values.append(coro.send(None))
    except StopIteration as e:
        return values, e.value
print(run(task()))
