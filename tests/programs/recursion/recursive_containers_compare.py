# Comparing containers that contain themselves ends in RecursionError ("in comparison"),
# as CPython counts C-level recursion; comparing them with themselves is identity.
import collections

x = []
x.append(x)
y = []
y.append(y)
for op in ["==", "!=", "<", "<="]:
    try:
        eval("x " + op + " y")
    except RecursionError as e:
        print(op, "RecursionError:", e)
print(x == x, x[0] is x)

d = {}
d["k"] = d
e = {}
e["k"] = e
try:
    d == e
except RecursionError as err:
    print("dict RecursionError:", err)

t = ([],)
t[0].append(t)
u = ([],)
u[0].append(u)
try:
    t == u
except RecursionError as err:
    print("tuple RecursionError:", err)

q = collections.deque()
q.append(q)
r = collections.deque()
r.append(r)
try:
    q == r
except RecursionError as err:
    print("deque RecursionError:", err)

# Deep but finite nesting within the limit compares fine.
a = b = 0
for i in range(200):
    a = [a]
    b = [b]
print(a == b)
