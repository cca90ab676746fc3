# exec(code, globals, locals, *, closure=...): a code object with free variables runs
# with the cells given; CPython's checks and messages.
def outer():
    x = 10
    def g():
        print('x is', x)
        return x
    return g
g = outer()
for cl in [None, (), g.__closure__, [g.__closure__[0]], (1,), g.__closure__ * 2]:
    try:
        print(exec(g.__code__, {}, closure=cl))
    except TypeError as e:
        print('TypeError', e)
try:
    exec('1', {}, closure=g.__closure__)
except TypeError as e: print('TypeError', e)
try:
    exec(compile('1','','exec'), {}, closure=g.__closure__)
except TypeError as e: print('TypeError', e)
try:
    eval(g.__code__)
except TypeError as e: print('TypeError', e)
import types
c = (lambda: g)().__closure__[0] if False else outer().__closure__[0]
print(exec(g.__code__, {'print': print}, {}, closure=(c,)))
