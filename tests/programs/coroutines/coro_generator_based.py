# Awaitables from generator-based iterators: __await__ returning a generator, yield from in __await__, and value passing.
class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for i in range(self.n):
            yield ("sleep", i)
        return f"slept {self.n}"
class Compose:
    def __await__(self):
        a = yield from Sleep(1).__await__()
        b = yield from Sleep(2).__await__()
        return a + " & " + b
async def main():
    r1 = await Sleep(2)
    r2 = await Compose()
    return r1, r2
c = main()
events = []
try:
    while True:
        events.append(c.send(None))
except StopIteration as e:
    print(e.value)
print(events)
