# Shallow vs deep copies of nested lists: slicing, list(), copy(), and a recursive deep copy written by hand.
orig = [[1, 2], [3, 4], 5]
shallow1, shallow2, shallow3 = orig[:], list(orig), orig.copy()
def deep(x):
    if isinstance(x, list):
        return [deep(i) for i in x]
    if isinstance(x, dict):
        return {k: deep(v) for k, v in x.items()}
    return x
d = deep(orig)
orig[0].append(99)
orig[2] = 6
print(orig, shallow1, shallow2, shallow3, d)
print(shallow1[0] is orig[0], d[0] is orig[0], shallow1 is orig)
nested = {"a": [1, {"b": [2]}]}
dn = deep(nested)
nested["a"][1]["b"].append(3)
print(nested, dn)
m = [[0] * 2] * 2
m2 = deep(m)
m[0][0] = 1
m2[0][0] = 1
print(m, m2)
