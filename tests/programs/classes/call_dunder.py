# __call__ on instances, callable(), call with keywords, and calling non-callables.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *, extra=0):
        return x * self.k + extra
m = Multiplier(3)
print(m(4), m(4, extra=1), callable(m), callable(Multiplier), callable(5), callable(len), callable(lambda: 0))
print(list(map(m, [1, 2, 3])))
try:
    n = 5
    n()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = "str"
    s()
except TypeError as e:
    print(type(e).__name__, e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
class Chain:
    def __call__(self):
        return self
c = Chain()
print(c()()() is c)
class CallViaClassOnly:
    pass
obj = CallViaClassOnly()
obj.__call__ = lambda: "instance attribute"
try:
    obj()
except TypeError as e:
    print(type(e).__name__, e)
