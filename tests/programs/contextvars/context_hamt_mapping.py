# Contexts as immutable mappings: many variables, copies that do not see later sets,
# reset restoring or removing, the mapping views (iterators with a length), equality.
import contextvars

vs = [contextvars.ContextVar(f"v{i}", default=-1) for i in range(200)]
tokens = [v.set(i) for i, v in enumerate(vs)]
snap = contextvars.copy_context()
for v in vs[::2]:
    v.set("changed")
ctx = contextvars.copy_context()
print(len(snap), len(ctx), sum(1 for v in vs if ctx[v] == "changed"), snap[vs[0]], ctx[vs[0]])
print(snap == ctx, snap == snap.copy(), snap != ctx)
keys = ctx.keys()
print(type(keys).__name__, len(keys), sorted(v.name for v in keys)[:3], len(list(keys)), len(keys))
print(len(ctx.values()), len(list(ctx.items())), sorted(ctx.values(), key=str)[:2])
print(set(iter(snap)) == set(vs), vs[5] in ctx, ctx.get(vs[5]), ctx.get(contextvars.ContextVar("x"), 9))

w = contextvars.ContextVar("w")
t1 = w.set(1)
t2 = w.set(2)
w.reset(t2)
print(w.get())
w.reset(t1)
print(w.get("gone"), w in contextvars.copy_context())


def inner():
    vs[1].set("inner")
    return vs[1].get(), len(contextvars.copy_context())


print(snap.run(inner), snap[vs[1]], vs[1].get())
empty = contextvars.Context()
print(len(empty), list(empty), empty == contextvars.Context())
