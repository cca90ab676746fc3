# dict construction, lookup, assignment, deletion, len, in, and KeyError messages.
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], "b" in d, "z" in d, 1 in d)
print(dict(), dict(x=1, y=2), dict([("k", "v"), ("k2", "v2")]), dict({"a": 1}, b=2), dict(zip("ab", [1, 2])))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
del d["b"]
print(d)
for k in ["zz", ("t", 1), 3]:
    try:
        d[k]
    except KeyError as e:
        print(type(e).__name__, e, repr(e))
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
print({1: "a", 1.0: "b", True: "c"}, {(1, 2): 3}, {None: 0, "": 1})
print(d == {"c": 3, "a": 1}, d != {"a": 1}, {} == dict())
try:
    {} < {}
except TypeError as e:
    print(type(e).__name__, e)
print(repr({"q": [1, {"n": None}]}), str({}))
r = {}
r["self"] = r
print(r)
