# nonlocal and global statements, UnboundLocalError, and assignment making names local.
g = 1
def read_g():
    return g
def write_g():
    global g
    g = 2
def shadow_g():
    g = 3
    return g
print(read_g(), shadow_g(), g)
write_g()
print(g)
def bad():
    try:
        print(g)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    g = 5
bad()
def new_global():
    global created
    created = "made"
new_global()
print(created)
def outer():
    x = 1
    def mid():
        nonlocal x
        x += 10
        def inner():
            nonlocal x
            x *= 2
        inner()
    mid()
    return x
print(outer())
def gen_counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return [step() for _ in range(3)], n
print(gen_counter())
