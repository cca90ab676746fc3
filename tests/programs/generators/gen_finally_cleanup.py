# Generators with try/finally and with-blocks: cleanup on exhaustion, close, and break from the loop.
class Res:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("open", self.n)
        return self
    def __exit__(self, *a):
        print("close", self.n, a[0].__name__ if a[0] else None)
def reader(n):
    with Res(n):
        for i in range(3):
            yield i
for v in reader(1):
    print("got", v)
g = reader(2)
for v in g:
    print("got", v)
    if v == 1:
        break
g.close()
print("after close")
def fin():
    try:
        yield "x"
    finally:
        print("fin cleanup")
f = fin()
next(f)
f.close()
print("after explicit close")
