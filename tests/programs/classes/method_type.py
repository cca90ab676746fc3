# types.MethodType(function, instance): binding by hand. Compare classobject.c: method_new.
import types


def f(self, x=0):
    return (self, x)


m = types.MethodType(f, 5)
print(m(), m(x=2), m.__self__, m.__func__ is f)
m2 = types.MethodType(len, "abc")
print(m2())
bound_exit = types.MethodType(type(open(__file__)).__exit__, open(__file__))
bound_exit(None, None, None)
print(bound_exit.__self__.closed)
for args, kw in [((1, 2), {}), ((f,), {}), ((f, None), {}), ((f, 1, 2), {}), ((f,), {"instance": 1}), ((), {})]:
    try:
        types.MethodType(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
print(types.MethodType(f, 1) == types.MethodType(f, 1))
