global a, b
nonlocal c
assert x, "m"
raise E from None
raise
del a, b[0], c.d
del (a, b), [c]
import a.b.c as d, e
from ...a import b
from .... import c
from . import (d, e,)
from a import *
x: int
y: list[int] = []
(z): int = 1
a.b: int
x += 1; y @= 2; z //= 3; w **= 4; v >>= 5
@a.b(c)
@d[e]
@(f)
@g if h else i
class K: pass
print(not a, a if b else c, a and b or c, -a ** -b, ~a, a < b <= c != d is not e not in f in g is h)
x = yield
y = yield from z
z = (yield a, b)
x = a[b:c:d, ::, :]
x = a = b = 1
x = 1,
x, = 1
(x), y = 1, 2
[x, y] = 1, 2
x = ()
