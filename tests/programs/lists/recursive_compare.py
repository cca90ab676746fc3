# Containers that hold themselves: comparing them recurses until RecursionError ("in
# comparison", as Py_EnterRecursiveCall in PyObject_RichCompare), promptly, and the
# interpreter is fine afterwards.
x = []
x.append(x)
y = []
y.append(y)
for name, op in [("<", lambda a, b: a < b), ("==", lambda a, b: a == b), ("!=", lambda a, b: a != b)]:
    try:
        op(x, y)
    except RecursionError as e:
        print("list", name, e)
t = (x,)
u = (y,)
try:
    t <= u
except RecursionError as e:
    print("tuple", e)
d = {}
d["k"] = d
e = {}
e["k"] = e
try:
    d == e
except RecursionError as err:
    print("dict", err)
print(x == x, d == d, [[1, [2]]] == [[1, [2]]], [[1, [2]]] < [[1, [3]]])
nested = []
for i in range(500):
    nested = [nested]
other = []
for i in range(500):
    other = [other]
print(nested == other)
