# Nested function definitions, redefinition, conditional definitions and functions as values.
def make(kind):
    if kind == "up":
        def f(s):
            return s.upper()
    else:
        def f(s):
            return s.lower()
    return f
print(make("up")("Hi"), make("down")("Hi"))
def f():
    return 1
first = f
def f():
    return 2
print(first(), f())
def counter_factory():
    fns = []
    for i in range(3):
        def show(i=i):
            return i * 10
        fns.append(show)
    return fns
print([g() for g in counter_factory()])
def level1():
    def level2():
        def level3():
            return "deep"
        return level3
    return level2
print(level1()()())
print(level1.__name__, level1().__qualname__, level1()().__qualname__)
