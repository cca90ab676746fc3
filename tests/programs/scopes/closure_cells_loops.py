# Closure cells shared between closures, cells created per call, and loop variables captured in nested functions.
def make_pair():
    value = 0
    def get():
        return value
    def inc():
        nonlocal value
        value += 1
    return get, inc
g1, i1 = make_pair()
g2, i2 = make_pair()
i1(); i1(); i2()
print(g1(), g2())
funcs = []
for i in range(3):
    def show():
        return i
    funcs.append(show)
print([f() for f in funcs])
i = "changed"
print([f() for f in funcs])
def factory():
    fs = []
    for j in range(3):
        fs.append(lambda: j)
    j = 100
    return fs
print([f() for f in factory()])
def bind_each():
    return [(lambda k: (lambda: k))(k) for k in range(3)]
print([f() for f in bind_each()])
