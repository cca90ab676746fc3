# Chains of awaits across several coroutines, exception propagation through await, and coroutine attributes.
class Tick:
    def __await__(self):
        v = yield "tick"
        return v
async def leaf(n):
    got = await Tick()
    if n < 0:
        raise ValueError(f"negative {n}")
    return n * 2 + (got or 0)
async def middle(n):
    a = await leaf(n)
    b = await leaf(n + 1)
    return a + b
async def top():
    total = 0
    for n in (1, 2):
        total += await middle(n)
    try:
        await middle(-5)
    except ValueError as e:
        total += 1000
        print("caught", e)
    return total
c = top()
print(c.__qualname__, c.cr_code.co_name, c.cr_await)
sent = 0
msg = c.send(None)
try:
    while True:
        sent += 1
        msg = c.send(sent)
except StopIteration as e:
    print("result", e.value, "ticks", sent)
