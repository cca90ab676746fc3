# is vs ==: None, True/False singletons, same object aliasing, copies; no reliance on caching or copy shortcuts.
a = [1, 2]
b = a
c = list(a)
print(a == b, a is b, a == c, a is c)
print(None is None, type(None)() is None, bool() is False, (1 == 1) is True)
x = object()
y = x
print(x is y, x is not object())
d = {}
print(d.get("k") is None, ... is Ellipsis, NotImplemented is NotImplemented)
t = (1, 2)
print(t == (1, 2), list(t) is t, t[:] == t)
s = "abc"
print(s[:] == s, s == "ab" + "c")
print(a is not b, not a is c)
