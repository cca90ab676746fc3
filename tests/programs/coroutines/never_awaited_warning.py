# A coroutine that becomes unreachable before it was started warns
# "coroutine ... was never awaited" (RuntimeWarning); one that was awaited, started by
# send(), or closed does not. pyvm warns at the next collection (gc.collect() here),
# CPython at once; both have warned by the time gc.collect() returns.
import asyncio
import gc
import sys
import warnings


async def f():
    return 1


async def main():
    x = await f()
    t = asyncio.ensure_future(f())
    y = await t
    r = await asyncio.gather(f(), f())
    return x, y, r


def made_elsewhere():
    return f()


def messages(w):
    return sorted(str(x.message).splitlines()[0] for x in w)


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(asyncio.run(main()))
    c = f()
    c.close()
    del c
    c = f()
    try:
        c.send(None)
    except StopIteration as e:
        print("stopped with", e.value)
    del c
    gc.collect()
    print("awaited, closed or started:", messages(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    c = f()
    lst = [f() for _ in range(3)]
    made_elsewhere()
    del lst, c
    gc.collect()
    print("never started:", messages(w), [x.category.__name__ for x in w])

sys.set_coroutine_origin_tracking_depth(2)
try:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        made_elsewhere()
        gc.collect()
        lines = str(w[0].message).splitlines()
        print("with origin:", lines[0], len(lines))
        print(lines[1])
        print(lines[2].split('"')[1].rsplit("/", 1)[-1], lines[2].split('"')[2])
finally:
    sys.set_coroutine_origin_tracking_depth(0)

# frame.clear() on its frame warns at once. (Last: CPython warns again when such a
# coroutine is collected later, pyvm does not; neither is looked at here.)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    c = f()
    c.cr_frame.clear()
    print("frame cleared:", messages(w))
    c.close()
