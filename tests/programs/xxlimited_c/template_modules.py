# xxlimited and xxlimited_35, CPython's template extension modules: Xxo's own attribute
# dict, demo(), the buffer and its export count, foo/new/roj and the classes, with errors.
import xxlimited as X, xxlimited_35 as Y
for m in (X, Y):
    print(m.__name__, repr(m.__doc__), sorted(n for n in dir(m) if not n.startswith('__')))
    x = m.Xxo()
    for f in (lambda: x.foo, lambda: delattr(x, 'foo'), lambda: m.foo(1), lambda: m.foo('a', 2), lambda: m.new(1), lambda: x.demo(), lambda: x.demo(1, 2), lambda: x.demo(o=1), lambda: m.Xxo(1), lambda: m.foo(2**70, 1), lambda: x.demo('s'), lambda: x.demo(x), lambda: x.demo(3), lambda: m.foo(3, 4)):
        try: print(m.__name__, repr(f()) if not isinstance(f(), m.Xxo) else 'an Xxo')
        except Exception as e: print(m.__name__, type(e).__name__, e)
    x.bar = 5; print(x.bar); del x.bar
    try: x.bar
    except AttributeError as e: print(e)
    print(repr(m.Str('ab')), m.Str('ab').upper(), issubclass(m.Str, str), m.Str.__module__, m.Xxo.__module__, m.Xxo.__name__, m.Xxo.__doc__)
    try:
        class S(m.Xxo): pass
    except TypeError as e: print(e)
print(X.Error.__module__, X.Error.__mro__, Y.error.__mro__, Y.Null.__module__, Y.Null() != Y.Null())
try: Y.roj(0)
except SystemError as e: print(e)
x = X.Xxo(); print(x.x_exports)
b1 = memoryview(x); b2 = memoryview(x); print(x.x_exports, b1.readonly, b1.format, b1.nbytes, b1.shape)
b1[0] = 7; print(b2[0], bytes(b2)); b1.release(); print(x.x_exports); b2.release(); print(x.x_exports)
