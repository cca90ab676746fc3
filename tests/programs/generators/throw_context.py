# An exception thrown into a generator (gen.throw) gets as __context__ the exception the
# generator was handling when it paused, never one its caller is handling; an exception
# raised before (with a traceback) is chained the same way. Compare _PyErr_ChainStackItem.
def g():
    try: raise KeyError(1)
    except KeyError:
        yield 1
gen = g(); next(gen)
try: gen.throw(ValueError('t'))
except ValueError as e: print(1, repr(e.__context__))

def inner():
    yield 2
def outer():
    try: raise KeyError(2)
    except KeyError:
        yield from inner()
gen = outer(); next(gen)
try: gen.throw(ValueError('t2'))
except ValueError as e: print(2, repr(e.__context__))

# already has a context: replaced?
def g3():
    try: raise KeyError(3)
    except KeyError:
        yield 1
gen = g3(); next(gen)
v = ValueError('t3'); v.__context__ = TypeError('old')
try: gen.throw(v)
except ValueError as e: print(3, repr(e.__context__))
# not in except: no chaining
def g4():
    yield 1
gen = g4(); next(gen)
try:
    raise KeyError(4)
except KeyError:
    try: gen.throw(ValueError('t4'))
    except ValueError as e: print(4, repr(e.__context__))
def g():
    try: raise KeyError(1)
    except KeyError:
        yield 1
try:
    raise ValueError('pre')
except ValueError as e:
    v = e
gen = g(); next(gen)
try: gen.throw(v)
except ValueError as e: print(1, repr(e.__context__))
