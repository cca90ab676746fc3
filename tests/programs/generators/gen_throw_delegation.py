# throw() and close() forwarded through yield from to the innermost generator.
def inner():
    try:
        yield "inner 1"
        yield "inner 2"
    except KeyError as e:
        print("inner caught", repr(e))
        yield "inner recovered"
    finally:
        print("inner finally")
def outer():
    try:
        result = yield from inner()
        print("inner finished", result)
        yield "outer after"
    finally:
        print("outer finally")
g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(next(g, "end"))
g2 = outer()
next(g2)
g2.close()
print("closed g2")
g3 = outer()
next(g3)
try:
    g3.throw(ValueError("not handled"))
except ValueError as e:
    print("propagated out", repr(e))
