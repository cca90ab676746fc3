"""Writes tests/parser/invalid/cases.txt (the invalid programs, written here) and
expected.txt (what CPython 3.12 raises for each: class, message, line, offset, end line,
end offset, tab-separated). Run: tests/cpython312 tests/parser/gen-invalid.py"""
import ast, os

CASES = r'''
x = (1, 2
###
foo(
###
[1, 2, 3
###
{1: 2
###
x = )
###
x = ]
###
(1, 2]
###
(1,
 2]
###
if x
    pass
###
while x
    pass
###
for x in y
    pass
###
def f()
    pass
###
class C
    pass
###
with a
    pass
###
try
    pass
###
try:
    pass
###
if x:
pass
###
def f():
return 1
###
class C:
x = 1
###
for x in y:
z
###
while 1:
z
###
with a:
z
###
try:
x
except:
    pass
###
if x:
    pass
else:
z
###
if x:
    pass
elif y:
z
###
  x = 1
###
if x:
    a
  b
###
if x:
        a
    b
###
def f():
	if x:
        pass
###
f() = 1
###
f() += 1
###
1 = x
###
"s" = x
###
None = 1
###
True = 1
###
x + 1 = 2
###
(a, b()) = 1
###
[a, 1] = x
###
a, f() = x
###
del f()
###
del 1
###
del (a, 1)
###
for f() in x: pass
###
for 1 in x: pass
###
with a as f(): pass
###
x = 'abc
###
x = "abc
###
x = """abc
###
x = \'\'\'abc
###
x = f"abc
###
x = b'abc
###
x = 1 +
###
x = 1 + * 2
###
print 1
###
print "hello"
###
x = [1 2]
###
x = (1 2)
###
x = {1 2}
###
f(a b)
###
f(a, b c)
###
x = 1abc
###
x = 0b12
###
x = 0o89
###
x = 0xg
###
x = 012
###
x = 1__0
###
x = 1_
###
x = 1e
###
x = 1.e+
###
x = 5j3
###
x = $
###
x = a ? b
###
x = €
###
x = a\ b
###
x = a \
###
def f(a=1, b): pass
###
def f(*): pass
###
def f(*, **k): pass
###
def f(**k, a): pass
###
def f(a, /, /): pass
###
def f(/, a): pass
###
def f(*a, *b): pass
###
def f(*a=1): pass
###
def f(**k=1): pass
###
lambda a=1, b: 0
###
f(a=1, b)
###
f(**k, a)
###
f(**k, *a)
###
f(x for x in y, 1)
###
f(a=1=2)
###
f(1=2)
###
f(True=1)
###
x = yield = 1
###
a, b += 1
###
[a] += 1
###
f() += 1
###
(a, b): int = 1
###
[a]: int
###
1: int
###
x = 1 if y
###
import
###
from x import
###
from x import a,
###
from import x
###
import a.
###
global
###
nonlocal 1
###
return return
###
raise from x
###
assert
###
class C(: pass
###
def f(: pass
###
def 1f(): pass
###
class 1C: pass
###
x = [i for i in]
###
x = [*a for a in b]
###
x = {**a for a in b}
###
x = (*a)
###
x = *a
###
print(*a = 1)
###
x := 1
###
(a.b := 1)
###
(a[0] := 1)
###
((a, b) := 1)
###
try:
    pass
except* :
    pass
###
try:
    pass
except A, B:
    pass
###
try:
    pass
except:
    pass
except* E:
    pass
###
match x:
case 1: pass
###
match x
    case 1: pass
###
match x:
    case 1
        pass
###
match x:
    case a as _: pass
###
match x:
    case C(a=1, b): pass
###
match x:
    case 1 + 1: pass
###
match x:
    case f"x": pass
###
type X = 
###
type X[] = int
###
def f[](): pass
###
class C[T: int = 1]: pass
###
def f[*T: int](): pass
###
def f[**P: int](): pass
###
x = f"{}"
###
x = f"{x!}"
###
x = f"{x!z}"
###
x = f"}"
###
x = f"{x"
###
x = f"{lambda x:1}"
###
x = f"{x!r=}"
###
x = b"é"
###
x = "\xZ"
###
x = "\N{NOPE}"
###
x = "a" b"b"
###
x = 1 <> 2
###
if x = 1: pass
###
while x = 1: pass
###
a if b else
###
a if b
###
@
def f(): pass
###
async x = 1
###
for x in range(10):
    pass
else
    pass
###
with (a as b, c as d)
    pass
###
x = (
    1,
    2,
###
def f():
    x = [
        1,
        2
    y = 3
###
class C:
    def f(self):
        pass
   def g(self): pass
###
if True:
    pass
  else:
    pass
###
x = 1
    y = 2
###
f(**)
###
f(*)
###
a = b = c = 
###
x = ((((
###
x = [1, 2, 3]]
###
x = {'a': 1, 'b'}
###
x = {'a': 1, 'b': }
###
def f(a, a): pass
x = 1 +* 2
###
pass pass
###
x = 1 2 3
###
import a as b.c
###
from . import *, a
###
del
###
x.1
###
x = not
###
x = -
###
a[1:2:3:4]
###
a[]
###
x = 1; ; y = 2
###
if x: pass; elif y: pass
###
else: pass
###
elif x: pass
###
except: pass
###
finally: pass
###
continue x
###
break 1
###
class C(x for x in y): pass
###
@x
class
###
def f() -> : pass
###
lambda: yield
###
x = ...a
###
0_7
###
09
###
1.2.3
###
x = 'a' 'b
###
def f(x, *, y, *, z): pass
###
x = [1, 2,, 3]
###
x = (,)
###
f(,)
###
[a, b for a in c]
###
{a, b for a in c}
###
[a, for a in c]
###
def g(a, (b, c)): pass
###
lambda (a): 0
###
def g(a=1, /*, b): pass
###
g(a=)
###
g(**k = 1)
###
g(*k = 1)
###
{1: *a}
###
{1: 2, 3: *a}
###
match x:
    case 1 as 2: pass
###
match x:
    case {**_}: pass
###
try:
    pass
except
    pass
###
try:
    pass
except A, B as e:
    pass
###
with a as b
    pass
###
import a from b
###
import a.b, c from d.e
###
del a + b
###
del -a, b
###
del [a, f()]
###
x = 1 = 2
###
x, f() = 1
###
(x, f()) = 1
###
f() = 1 = 2
###
(yield) = 1
###
f() =
###
a + 1 =
###
x, y: int = 1
###
f"{x!}"
###
f"{x!rr}"
###
f"{x!r 1}"
###
f"{x:"
###
f"{,}"
###
f"{*}"
###
f"{x)}"
###
f"{x]}"
###
f"{1:{2:{3:{4}}}}"
###
f"{1, lambda: 2}"
###
"\N{BAD NAME}"
###
"\N"
###
"\N{DIGIT ONE"
###
'\x4'
###
'\u12'
###
'\U1234567'
###
'\U00110000'
###
b'\x4'
###
class C[*T: (int, str)]: pass
###
def f[**P: int](): pass
###
type T[] = int
###
x = 2Δ
###
x = 1if 1else 0
###
x = 0x1for
###
if x:
    pass
  pass
###
def f():
    pass
        pass
###
x = (
###
x = [1,
  2,
###
x = f(a,
###
print "x"
###
exec "x"
###
print x, y
###
def f(x, *, **k): pass
###
lambda *: 0
###
lambda *, **k: 0
###
@dec
###
class
###
def
###
for
###
for x in
###
while
###
if x:
    pass
elif
###
x = a if b
###
x = [a if b for c in d]
###
a = b += 1
###
a += b = 1
###
not x = 1
###
-x = 1
###
x() += 1
###
[x] += 1
###
x[1:2] += 1
###
async = 1
###
await = 1
###
x = yield from
###
return *a
###
global x.y
###
import *
###
from . import a as
###
from x import (a, b
###
from x import (a, b,)
c
###
assert x,
###
raise x from
###
with (a, b as c:
    pass
###
f(x for x in y for)
###
[x for x in y if]
###
{**a: 1}
###
{a: b for a in}
###
x = 1 +\
###
if True:
	 pass
        pass
###
x = 'a' 'b
###
x = """a
b
###
x = f"""a
{b
'''

cases = [c.strip('\n') + '\n' for c in CASES.split('\n###\n')]
cases = [c for c in cases if c.strip()]
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'invalid')
os.makedirs(here, exist_ok=True)
with open(os.path.join(here, 'cases.txt'), 'w', encoding='utf-8') as f:
    f.write('\n###\n'.join(c.rstrip('\n') for c in cases) + '\n')
with open(os.path.join(here, 'expected.txt'), 'w', encoding='utf-8') as f:
    for c in cases:
        try:
            ast.parse(c, 'case.py')
            row = ['OK', '', '0', '0', '0', '0']
        except SyntaxError as e:
            row = [type(e).__name__, e.msg, str(e.lineno), str(e.offset), str(e.end_lineno), str(e.end_offset)]
        f.write('\t'.join(row) + '\n')
print(len(cases), 'cases')

# How CPython prints each error when it runs the case as a file (python3.12 case.py):
# expected output of SyntaxErrorDisplay, cases separated by "###" lines.
import subprocess, sys, tempfile
displays = []
with tempfile.TemporaryDirectory() as d:
    for c in cases:
        with open(os.path.join(d, 'case.py'), 'w', encoding='utf-8') as f:
            f.write(c)
        r = subprocess.run([sys.executable, '-X', 'utf8', '-W', 'ignore', 'case.py'], cwd=d, capture_output=True, text=True,
                           encoding='utf-8', env={'PYTHONIOENCODING': 'utf-8', 'PATH': os.environ.get('PATH', '')})
        displays.append(r.stderr.replace(os.path.realpath(d) + '/', '').replace(d + '/', '').rstrip('\n')
                        if r.returncode != 0 else 'OK')
with open(os.path.join(here, 'display.txt'), 'w', encoding='utf-8') as f:
    f.write('\n###\n'.join(displays) + '\n')
