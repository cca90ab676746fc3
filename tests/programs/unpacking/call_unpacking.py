# Unpacking in calls: multiple * and ** arguments, mixing with positional and keyword args, order.
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], 3, *(4,), *"ab"))
print(f(**{"a": 1}, b=2, **{"c": 3}))
print(f(1, *[2], x=1, **{"y": 2}))
print(f(*range(3), *{5: 0}))
def g(a, b, c=0, *, d=0):
    return a, b, c, d
print(g(*[1, 2]), g(*[1], **{"b": 5, "d": 7}), g(**{"a": 1, "b": 2, "c": 3}))
args = (10, 20)
kw = {"d": 40}
print(g(*args, 30, **kw))
def order(label):
    print("evaluating", label)
    return [label]
print(f(*order("first"), *order("second"), **{"k": order("third")}))
try:
    g(*[1, 2, 3, 4])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
print(print(*[1, 2, 3], sep="-"))
