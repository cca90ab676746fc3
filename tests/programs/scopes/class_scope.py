# Class body scope: names not visible in methods, comprehensions in class bodies, and class-level lookups.
x = "global"
class C:
    x = "class"
    y = x + "!"
    def m(self):
        return x
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [x for _ in range(1)]
    except NameError:
        bad = "error"
print(C.y, C().m(), C.doubled, C.bad)
def f():
    z = "func"
    class D:
        z2 = z
        def get(self):
            return z
    return D
D = f()
print(D.z2, D().get())
class E:
    a = 1
    def g(self):
        return a if "a" in globals() else "no global a"
print(E().g())
def h():
    v = "enclosing"
    class K:
        v = "class attr"
        def method(self):
            return v
    return K().method(), K.v
print(h())
