# Hot data loops that get a copy of DataLoop's dispatch loop of their own (DataRunner):
# more hot functions than copies are made (the rest share DataLoop), long loops that run
# in one entry (counted in TICK rounds), loops re-entered after each general-case
# instruction, and errors, subclasses and a trace function reaching a copy's loop.
import sys

def make(k):
    # A family of functions, each its own code object (exec), so each gets its own copy.
    src = f"""
def f{k}(n):
    total = 0
    x = 0.5
    lst = [0, 1, 2, 3]
    for i in range(n):
        total += (i * {k + 1}) & 1023
        x = x * 1.0000001 + 0.25 - 0.25
        lst[i & 3] = lst[(i + 1) & 3] + 1
        if i % 7 == {k % 7}:
            total -= 1
    return total, round(x, 6), lst
"""
    ns = {}
    exec(compile(src, f"<f{k}>", "exec"), ns)
    return ns[f"f{k}"]

funcs = [make(k) for k in range(24)]
for k, fn in enumerate(funcs):
    # Short calls first (entries), then one long run (one entry, many jumps).
    r = None
    for _ in range(300):
        r = fn(20)
    print(k, r, fn(70000))

def pairs(bs, steps):
    # nbody's shape: a float % leaves for the general case each round, the loop re-enters.
    ps = [(bs[i], bs[j]) for i in range(len(bs)) for j in range(i + 1, len(bs))]
    for _ in range(steps):
        for b, c in ps:
            d = b[0] - c[0]
            d2 = d * d + 0.5
            m = 0.01 / (d2 * (d2 % 7.0 + 1.0))
            b[1] -= d * m
            c[1] += d * m
        for b in bs:
            b[0] += 0.01 * b[1]
    return [round(b[0], 9) for b in bs]

print(pairs([[float(i), 0.0] for i in range(5)], 3000))

class I(int):
    def __add__(self, o):
        return I(int(self) - int(o))

def mixed(n, one):
    s = 0
    for i in range(n):
        s = s + one       # an int subclass's __add__ once `one` is one: the general case
        s = s * 1
    return s

for _ in range(300):
    mixed(10, 1)
print(mixed(5000, 1), mixed(5000, I(1)), type(mixed(3, I(1))).__name__)

def fails(n, at):
    lst = list(range(10))
    t = 0
    for i in range(n):
        t += lst[i % 10]
        if i == at:
            t += lst[20]      # IndexError from a copy's loop
    return t

for _ in range(300):
    fails(50, -1)
try:
    fails(100000, 99990)
except IndexError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("IndexError", e, "line", tb.tb_lineno - fails.__code__.co_firstlineno)

def traced(n):
    t = 0
    for i in range(n):
        t += i & 3
        if i == n // 2:
            t += Hook()
    return t

class Hook:
    def __radd__(self, o):
        sys.settrace(tracer)
        return o

lines = []
def tracer(frame, event, arg):
    if frame.f_code is traced.__code__ and event == "line":
        lines.append(frame.f_lineno - traced.__code__.co_firstlineno)
    return tracer

for _ in range(300):
    traced(10)
sys.settrace(None)
print(traced(2000))
sys.settrace(None)
print(len(lines), sorted(set(lines)))

def gen(n):
    # A generator whose body between yields is a data loop: resumed often enough that
    # DataLoop.resumed runs it in the code's copy.
    i = 0
    acc = 0.0
    while i < n:
        yield acc
        acc = acc * 0.5 + i
        j = 0
        while j < 3:
            acc -= j * 0.25
            j += 1
        i += 1

print(sum(gen(6000)), max(x for x in gen(5000) if x > 10.0))
