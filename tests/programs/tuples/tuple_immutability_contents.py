# Tuples are immutable but may hold mutable objects: += on an inner list raises yet mutates, tuple identity, copying.
t = ([1], [2])
try:
    t[0] += [99]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
t[1].append(3)
print(t, len(t))
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
u = t + ()
print(u == t, u[0] is t[0])
try:
    hash(t)
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, "a", None, (2.5,))) == hash((1, "a", None, (2.5,))), tuple([1, [2]])[1] is not None)
