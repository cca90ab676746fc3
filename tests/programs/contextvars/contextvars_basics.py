# _contextvars: ContextVar get/set/reset, Token, Context mapping and run, copy_context, errors
import _contextvars as cv


def clean(text):
    # drops the addresses of '... at 0x7f...' (they differ from run to run)
    out = []
    parts = str(text).split('0x')
    out.append(parts[0])
    for p in parts[1:]:
        i = 0
        while i < len(p) and p[i] in '0123456789abcdef':
            i += 1
        out.append('ADDR' + p[i:])
    return ''.join(out)


def show(label, f):
    try:
        print(label, clean(f()))
    except Exception as e:
        print(label, type(e).__name__, clean(e))


v = cv.ContextVar('v', default=1)
w = cv.ContextVar('w')
print(repr(v).split(' at ')[0], repr(w).split(' at ')[0], v.name, w.name)
print(v.get(), v.get(2), w.get('dflt'))
show('missing', lambda: w.get() and None)
t = v.set(5)
print(repr(t).split(' var=')[0], t.var is v, t.old_value, repr(cv.Token.MISSING), t.old_value is cv.Token.MISSING)
print(v.get(), v.get(2))
ctx = cv.copy_context()
print(v in ctx, w in ctx, ctx[v], ctx.get(w), ctx.get(w, 'd'), len(ctx) >= 1)
show('ctx missing key', lambda: ctx[w] and None)
show('ctx bad key', lambda: ctx['v'])
show('ctx contains bad', lambda: 'v' in ctx)
v.reset(t)
print(v.get(), repr(t).split(' var=')[0])
show('reset twice', lambda: v.reset(t) and None)
t2 = w.set(2)
show('reset other var', lambda: v.reset(t2) and None)
show('reset non-token', lambda: v.reset(1))
w.reset(t2)
print(w.get(None))
show('Context args', lambda: cv.Context(1))
show('Token()', lambda: cv.Token())
show('bad name', lambda: cv.ContextVar(1))
show('two positionals', lambda: cv.ContextVar('x', 5))
print(cv.ContextVar('k', default=None).get())

ctx2 = cv.Context()


def inside(x, y=0):
    w.set(x + y)
    return w.get()


print(ctx2.run(inside, 3, y=4), ctx2[w], w.get(None), len(ctx2), list(ctx2) == [w], list(ctx2.values()))
print(list(ctx2.keys()) == [w], list(ctx2.items()) == [(w, 7)])
ctx3 = ctx2.copy()
print(ctx3[w], ctx3 == ctx2, ctx3 is ctx2, ctx3 != ctx2, ctx2 == 1)
show('reenter', lambda: ctx2.run(lambda: ctx2.run(len, [])))
t3 = ctx2.run(w.set, 9)
show('reset other context', lambda: w.reset(t3) and None)
show('hash context', lambda: hash(ctx2))
print(hash(v) == hash(v), v == v, v != w)
print(type(ctx).__qualname__, type(v).__module__, cv.ContextVar[int], cv.Token[str])
show('subclass', lambda: type('X', (cv.ContextVar,), {}))
