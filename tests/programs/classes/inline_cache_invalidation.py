# The interpreter caches global lookups and attribute lookups per instruction; every
# change of a global, a class, a base class or an instance must be seen at once.

G = 1


def use_g():
    return G


def read_globals():
    global G
    vals = []
    for i in range(5):
        vals.append(use_g())
        if i == 2:
            G = 10
    print("rebound global:", vals)
    del G
    try:
        use_g()
    except NameError as e:
        print("deleted global:", e)


read_globals()


def uses_len(x):
    return len(x)


def shadow_builtin():
    seen = []
    for i in range(4):
        seen.append(uses_len("abc"))
        if i == 1:
            globals()["len"] = lambda x: 42
    print("builtin shadowed by a global:", seen)
    del globals()["len"]
    print("shadow removed:", uses_len("ab"))


shadow_builtin()


class A:
    k = 1

    def m(self):
        return "A.m"


def class_changes():
    a = A()
    out = []
    for i in range(6):
        out.append((a.k, a.m()))
        if i == 1:
            A.k = 2
        if i == 2:
            A.m = lambda self: "new m"
        if i == 3:
            a.k = "instance k"
        if i == 4:
            a.m = lambda: "instance m"
    print("class attribute and method changes:", out)


class_changes()


class B:
    def __init__(self):
        self.x = 1


def getattr_hooks_added_later():
    b = B()
    res = []
    for i in range(6):
        try:
            res.append(b.y)
        except AttributeError as e:
            res.append(str(e))
        res.append(b.x)
        if i == 1:
            B.__getattr__ = lambda self, n: "getattr:" + n
        if i == 3:
            B.__getattribute__ = lambda self, n: "getattribute:" + n
    print("hooks added later:", res)


getattr_hooks_added_later()


class Base:
    def f(self):
        return "base"


class Sub(Base):
    pass


def base_class_patched():
    s = Sub()
    r = []
    for i in range(4):
        r.append(s.f())
        if i == 1:
            Base.f = lambda self: "patched in base"
    for i in range(3):
        r.append(s.f())
        if i == 0:
            Sub.f = lambda self: "own method"
        if i == 1:
            del Sub.f
    print("base class patched:", r)


base_class_patched()


class Slotted:
    __slots__ = ("a",)


def slots():
    d = Slotted()
    r = []
    for i in range(4):
        d.a = i
        r.append(d.a)
    print("slots:", r)
    try:
        Slotted().a
    except AttributeError as e:
        print("unset slot:", e)
    try:
        d.b = 1
    except AttributeError as e:
        print("no such slot:", e)


slots()


class Desc:
    def __get__(self, o, t):
        return "from __get__"


class E:
    attr = Desc()


def descriptor_gains_set():
    e = E()
    r = []
    for i in range(4):
        r.append(e.attr)
        if i == 0:
            e.__dict__["attr"] = "instance value"
        if i == 2:
            Desc.__set__ = lambda self, o, v: None
    print("descriptor gains __set__:", r)


descriptor_gains_set()


class F:
    pass


def property_added_later():
    f = F()
    r = []
    for i in range(4):
        f.v = i
        r.append(f.v)
        if i == 1:
            F.v = property(lambda self: "property", lambda self, v: None)
    print("property added later:", r)


property_added_later()


class X:
    def who(self):
        return "X"


class Y:
    def who(self):
        return "Y"


def polymorphic_and_class_assignment():
    print("alternating types:", [o.who() for o in [X(), Y(), X(), Y()]])
    o = X()
    r = []
    for i in range(4):
        r.append(o.who())
        if i == 1:
            o.__class__ = Y
    print("__class__ assigned:", r)


polymorphic_and_class_assignment()


def list_method_shadowing():
    class L(list):
        pass
    lst = L()
    r = []
    for i in range(4):
        lst.append(i)
        if i == 1:
            lst.append = lambda v: r.append("shadowed %d" % v)
    print("method shadowed in the instance dict:", list(lst), r)


list_method_shadowing()


def f3(a, b, c=3):
    return a + b + c


def g(*args, **kw):
    return args, kw


def calls():
    print("defaults and keywords:", f3(1, 2), f3(1, 2, 4), f3(1, b=5))
    print("varargs:", g(1, 2), g(1, x=2))
    try:
        f3(1)
    except TypeError as e:
        print(e)
    try:
        f3(1, 2, 3, 4)
    except TypeError as e:
        print(e)
    h = f3
    f3.__code__ = (lambda a, b, c=0: a * b * c).__code__
    print("__code__ replaced:", h(2, 3, 4))


calls()

# Module-level names (LOAD_NAME/STORE_NAME on the module dict).
acc = 0
seen = []
for i in range(6):
    acc += i
    seen.append(acc)
    if i == 1:
        globals()["acc"] = 100
    if i == 2:
        del acc
        acc = -1
    if i == 3:
        for j in range(20):
            globals()["filler%d" % j] = j
    if i == 4:
        len = lambda x: "shadowed len"
    seen.append(len("ab"))
del len
print("module level:", seen, len("abc"))


class Body:
    x = 1
    y = x + 1
    for k in range(3):
        x += k
    z = len("abcd")
print("class body:", Body.x, Body.y, Body.z)
