# anext(it, default) awaits what __anext__ returns as await does: a plain generator or an
# iterator is refused, an iterable coroutine runs; athrow's 3-argument form is deprecated;
# an async generator's __name__ and __qualname__ can be set.
import asyncio, types
class A:
    def __init__(self, r): self.r = r
    def __aiter__(self): return self
    def __anext__(self): return self.r
def plain():
    yield
@types.coroutine
def itercoro():
    yield
    return 'ic'
async def main():
    for r in [5, plain(), iter('abc'), itercoro()]:
        for args in [(A(r), 'd'), (A(r),)]:
            try:
                v = await anext(*args)
                print('value', v)
            except Exception as e:
                print(type(e).__name__, e)
asyncio.run(main())
asyncio.run(main())
import warnings, sys
warnings.simplefilter('always')
async def gen():
    yield 123
def g2():
    yield 1
x = gen().athrow(GeneratorExit, GeneratorExit(), None)
print(type(x).__name__)
g = g2(); next(g)
try: g.throw(ValueError, ValueError(), None)
except ValueError: print('thrown')
a = gen()
a.__name__ = '123'; a.__qualname__ = 'q'
print(a.__name__, a.__qualname__)
try: a.__name__ = 5
except TypeError as e: print(e)
try: del a.__qualname__
except TypeError as e: print(e)
print(repr(a).split(" at ")[0])
