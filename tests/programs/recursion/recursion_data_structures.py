# Recursion over nested data: deep equality, depth, sum of nested lists, JSON-like pretty printing, tree building.
def depth(x):
    if isinstance(x, (list, tuple)):
        return 1 + max((depth(i) for i in x), default=0)
    if isinstance(x, dict):
        return 1 + max((depth(v) for v in x.values()), default=0)
    return 0
def nested_sum(x):
    return sum(nested_sum(i) for i in x) if isinstance(x, list) else x
def build(n):
    return [] if n == 0 else [build(n - 1), n]
data = {"a": [1, [2, [3, {"b": [4]}]]], "c": ()}
print(depth(data), depth([]), depth(5), nested_sum([1, [2, [3, [4, [5]]]]]))
print(build(4))
def count_nodes(t):
    return 1 + sum(count_nodes(c) for c in t[0]) if isinstance(t, list) and t else 0
print(depth(build(50)))
def compare(a, b):
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        return len(a) == len(b) and all(compare(x, y) for x, y in zip(a, b))
    return a == b
print(compare(build(10), build(10)), compare(build(10), build(9)), build(300) == build(300))
