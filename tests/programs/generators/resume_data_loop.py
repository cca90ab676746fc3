# Generators whose bodies run in DataLoop after a resumption (DataLoop.resumed), a for
# loop's body after an in-place yield, yield from chains resumed through their SEND
# (Steps.resumeThrough, yieldThrough) and loops whose jump back is taken at the resumption
# (GenFrame.skipResume): values, slow paths, errors and their lines, send/throw/close.
import sys, traceback

def counter(n, step=1):
    i = 0
    while i < n:
        yield i
        i += step
        j = i * 3 - 2
        k = j % 7
        i = i + (k - k)

print(list(counter(10)), sum(counter(1000, 7)))

# Overflow to big ints, floats and str in the same body (DataLoop's slow exits).
def mixed(n):
    a = 2 ** 62
    b = 1.5
    s = "x"
    i = 0
    while i < n:
        yield a, b, s
        a = a + a
        b = b * 2.0
        s = s + "y"
        i = i + 1

for a, b, s in mixed(4):
    print(a, b, s)

# An error in the body after the resumption: its line in the traceback.
def fails(items):
    i = 0
    while i < 5:
        yield i
        i = i + 1
        j = i * 2
        k = j - 1
        x = items[k]

try:
    for v in fails([1, 2, 3]):
        print("got", v)
except IndexError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("IndexError", e, [(f.name, f.lineno) for f in tb])

try:
    print(sum(fails([1, 2])))
except IndexError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("IndexError", [(f.name, f.lineno) for f in tb])

# A for loop over a generator whose body moves data, then yields (a filter), three deep.
def evens(src):
    for x in src:
        y = x * 2
        z = y % 4
        w = z + 0
        if w == 0:
            yield x

def squares(src):
    for x in src:
        yield x * x

print(list(squares(evens(counter(20)))))
print(sum(x for x in evens(range(30)) if x % 3))

def consumer(src):
    total = 0
    count = 0
    for x in src:
        total = total + x
        count = count + 1
        avg = total // count
        last = avg - 0
    return total, count, last

print(consumer(counter(50)), consumer(evens(counter(50))))

# Error in a for loop's body after the in-place yield.
def bad_consumer(src):
    out = []
    for x in src:
        y = x + 1
        z = y * 2
        w = 10 // (z - 8)
        out.append(w)
    return out

try:
    bad_consumer(counter(10))
except ZeroDivisionError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("ZeroDivisionError", [(f.name, f.lineno) for f in tb])

# yield from chains: values through two and three levels, send(), throw(), close().
def leaf(n):
    got = []
    i = 0
    while i < n:
        r = yield i
        got.append(r)
        i = i + 1
    return got

def middle(n):
    r = yield from leaf(n)
    yield ("middle got", r)
    return "middle done"

def top(n):
    r = yield from middle(n)
    yield ("top got", r)

print(list(top(3)))
print([x for x in top(2) if not isinstance(x, tuple) or x])

g = top(3)
print(next(g), g.send("a"), g.send("b"), g.send("c"), g.send("d"))
print(next(g, "end"))

def guarded(n):
    try:
        yield from leaf(n)
    except KeyError as e:
        yield ("caught", e.args)
    finally:
        print("guarded finally")

g = guarded(5)
print(next(g), next(g))
print(g.throw(KeyError("k")))
g.close()

def for_over_chain():
    for x in top(4):
        if isinstance(x, tuple):
            continue
        yield x * 10

print(list(for_over_chain()))

# gi_yieldfrom, gi_running and frames seen from inside while resumed in place.
def watcher(gen_ref):
    i = 0
    while i < 3:
        me = gen_ref[0]
        yield me.gi_running, me.gi_frame.f_lineno, me.gi_yieldfrom
        i = i + 1

ref = []
def outer():
    yield from watcher(ref)
og = outer()
ref.append(og)
for item in og:
    print(item[0], item[1], type(item[2]).__name__)
ref2 = []
w = watcher(ref2)
ref2.append(w)
for item in w:
    print(item)

# A generator iterated by its own for loop: "generator already executing".
def selfish():
    for x in me_gen:
        yield x
me_gen = selfish()
try:
    next(me_gen)
except ValueError as e:
    print("ValueError", e)

# Generator expressions over generators, consumed by builtins.
print(max(y * 2 for y in counter(100)), min(x for x in evens(counter(40)) if x), any(x > 30 for x in counter(40)))
print(sorted(x % 5 for x in squares(counter(12))), "-".join(str(x) for x in evens(counter(9))))

# Sending non-None values into a plain yield statement's generator (no POP_TOP skip).
def echo():
    i = 0
    while True:
        r = yield i
        i = i + 1
        if r is not None:
            i = i + r

e = echo()
print(next(e), e.send(10), next(e), e.send(100), next(e))
e.close()
print("done")
