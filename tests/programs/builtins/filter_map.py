# filter and map: None predicate, multiple iterables, laziness and exhaustion.
print(list(filter(None, [0, 1, "", "x", [], [0]])), list(filter(str.isdigit, "a1b2c3")))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(len, ["", "ab"])))
m = map(lambda x: print("mapping", x) or x, [1, 2])
print("created map")
print(next(m))
print(list(m), list(m))
f = filter(lambda x: x > 1, [1, 2, 3])
print(type(f).__name__, type(m).__name__, list(f))
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(None, [1]))
except TypeError as e:
    print(type(e).__name__, e)
