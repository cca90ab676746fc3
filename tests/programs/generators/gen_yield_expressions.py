# yield as an expression: in assignments, arguments, parenthesized in expressions, and the value from send().
def g():
    x = yield 1
    y = (yield x) * 2
    z = [(yield y), (yield "second in list")]
    print("list built from sends:", z)
    w = yield
    print("bare yield got", w)
    return "done"
gen = g()
print(next(gen))
print(gen.send(10))
print(gen.send(5))
print(gen.send("a"))
print(gen.send("b"))
try:
    gen.send("final")
except StopIteration as e:
    print("return value:", e.value)
def echo_twice():
    while True:
        v = yield
        yield v
        yield v
e = echo_twice()
next(e)
print(e.send("hi"), next(e), next(e))
print(list(x for x in (yield_ for yield_ in range(3))))
