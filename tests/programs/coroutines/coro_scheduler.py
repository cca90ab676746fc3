# A tiny round-robin scheduler for coroutines built on a custom awaitable, without asyncio.
class Yield:
    def __await__(self):
        yield
async def worker(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await Yield()
    return f"{name} done"
def run_all(coros):
    queue = list(coros)
    results = []
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
            queue.append(c)
        except StopIteration as e:
            results.append(e.value)
    return results
log = []
print(run_all([worker("a", 3, log), worker("b", 1, log), worker("c", 2, log)]))
print(log)
async def producer(q):
    for i in range(3):
        q.append(i)
        await Yield()
async def consumer(q, out):
    while len(out) < 3:
        if q:
            out.append(q.pop(0) * 100)
        await Yield()
q, out = [], []
run_all([producer(q), consumer(q, out)])
print(out)
