# A function deleted from (or replaced in) its class dies at the next gc.collect() even
# after instructions have called it through instances (their attribute caches let it go).
import gc
import weakref


class C:
    def method(self):
        return "m"


def call_it(o):
    return o.method()


o = C()
print(call_it(o), call_it(o))
func = weakref.ref(C.__dict__["method"])
wm = weakref.WeakMethod(o.method)
calls = []
wm2 = weakref.WeakMethod(o.method, calls.append)
del C.method
gc.collect()
print("function dead:", func() is None, "WeakMethod dead:", wm() is None, "callback ran:", calls == [wm2])
try:
    call_it(o)
except AttributeError as e:
    print("AttributeError", e)


class D:
    def m(self):
        return 1


def use(d):
    return d.m


d = D()
print(use(d)(), use(d)())
old = weakref.ref(D.__dict__["m"])
D.m = lambda self: 2
gc.collect()
print("replaced function dead:", old() is None, use(d)())
