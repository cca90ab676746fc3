# dict keys of many hashable types: tuples, frozensets, None, bools vs ints, floats vs ints, strings, bytes.
d = {}
d[(1, 2)] = "tuple"
d[frozenset({1})] = "frozenset"
d[None] = "none"
d[1] = "int one"
d[True] = "bool true overwrites int 1"
d[2.0] = "float two"
d[2] = "int two overwrites float"
d["s"] = "str"
d[b"s"] = "bytes"
d[0] = "zero"
d[-0.0] = "neg zero float equals 0"
for k, v in d.items():
    print(repr(k), "->", v)
print(len(d), d[1.0], d[False], d[frozenset([1])], (1, 2) in d)
try:
    d[{1}] = 1
except TypeError as e:
    print(type(e).__name__, e)
nan = float("nan")
dn = {nan: 1}
print(dn[nan], float("nan") in dn)
