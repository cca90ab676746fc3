# Closures: captured variables, late binding in loops, counters with nonlocal, __closure__ cells.
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
print(add5(10), make_adder(-1)(1))
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs2 = [lambda i=i: i for i in range(3)]
print([f() for f in fs2])
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c1(), c2())
print(len(add5.__closure__), add5.__closure__[0].cell_contents, add5.__code__.co_freevars)
def outer():
    x = "before"
    def show():
        return x
    x = "after"
    return show
print(outer()())
def shared():
    val = [0]
    def get():
        return val[0]
    def put(v):
        val[0] = v
    return get, put
get, put = shared()
put(42)
print(get())
def deep():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner
    return mid()
print(deep()())
