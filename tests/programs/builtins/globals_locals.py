# globals() and locals() in module, function and class scope; locals() snapshot semantics in functions.
g_value = 1
print(globals()["g_value"], locals() is globals(), "__name__" in globals())
def f(a, b=2):
    c = a + b
    snapshot = locals()
    c = 100
    return sorted(snapshot.items()), "c" in snapshot
print(f(1))
def g():
    x = 1
    loc = locals()
    loc["x"] = 999
    return x
print(g())
class K:
    y = 2
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
def h():
    return sorted(globals().keys() & {"g_value", "f", "h", "missing"})
print(h())
