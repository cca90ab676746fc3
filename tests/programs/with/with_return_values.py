# What "as" binds: the __enter__ result (not the manager), None when __enter__ returns nothing, and tuples unpacked.
class ReturnsOther:
    def __enter__(self):
        return {"resource": 1}
    def __exit__(self, *a):
        return False
class ReturnsNone:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        pass
class ReturnsPair:
    def __enter__(self):
        return ("left", "right")
    def __exit__(self, *a):
        pass
mgr = ReturnsOther()
with mgr as v:
    print(v, v is mgr)
with ReturnsNone() as n:
    print(n)
with ReturnsPair() as (a, b):
    print(a, b)
with ReturnsPair() as [first, *rest]:
    print(first, rest)
class Self:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit called with", a)
with Self() as s:
    print(type(s).__name__)
