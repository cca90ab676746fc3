# Generator __name__/__qualname__ are writable strings taken from the function (as it
# is named when called); a suspended generator's frame has no f_back.
def func():
    yield 1


g = func()
g.__name__ = "renamed"
g.__qualname__ = "re.named"
print(g.__name__, g.__qualname__)
for attr, value in [("__name__", 1), ("__qualname__", None)]:
    try:
        setattr(g, attr, value)
    except TypeError as e:
        print("TypeError:", e)
try:
    del g.__name__
except TypeError as e:
    print("TypeError:", e)
func.__name__ = "func_name"
func.__qualname__ = "func_qualname"
g = func()
print(g.__name__, g.__qualname__)
print(g.gi_frame.f_back)
next(g)
print(g.gi_frame.f_back)


def outer():
    yield inner.gi_frame.f_back is not None


inner = outer()
print(next(inner))


async def coro():
    pass


c = coro()
print(c.cr_frame.f_back)
c.close()
