# Generator send/throw/close: values from send, exceptions injected by throw, GeneratorExit on close.
def accumulator():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError as e:
            print("caught thrown", e)
            total = 0
            continue
        if v is not None:
            total += v
acc = accumulator()
print(next(acc), acc.send(5), acc.send(10), acc.send(None))
print(acc.throw(ValueError("reset")))
print(acc.send(3))
try:
    accumulator().send(1)
except TypeError as e:
    print(type(e).__name__, e)
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("finally in generator")
c = closer()
print(next(c))
c.close()
c.close()
print(next(c, "closed gen is exhausted"))
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError("not started"))
except KeyError as e:
    print("propagated", repr(e))
print(next(t, "done after throw"))
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_on_close()
next(r)
print(r.close())
