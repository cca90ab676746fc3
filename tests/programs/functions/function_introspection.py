# Introspecting code objects of functions: argument counts, flags for varargs/generators/coroutines, names and constants.
def plain(a, b, c=1):
    x = a + b
    return x
def var(*args, **kw):
    pass
def gen():
    yield 1
async def coro():
    pass
def outer():
    y = 1
    def inner():
        return y
    return inner
for f in (plain, var, gen, coro, outer, outer()):
    co = f.__code__
    print(f.__name__, co.co_argcount, co.co_varnames, co.co_freevars, co.co_cellvars,
          bool(co.co_flags & 0x04), bool(co.co_flags & 0x08), bool(co.co_flags & 0x20), bool(co.co_flags & 0x80))
print(plain.__code__.co_filename.endswith("function_introspection.py"), plain.__code__.co_firstlineno, plain.__code__.co_qualname)
print(outer().__code__.co_qualname, len(outer().__closure__))
