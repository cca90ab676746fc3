# repr() of builtin values round-trips through eval() to an equal value of the same type; a few number builtins.
vals = [0, -1, 2 ** 70, 1.5, -0.0, "s'q\"", b"\x00b", (1, (2,)), [1, [2]], {"k": [1]}, None, True, 1 + 2j, frozenset(), set(), range(3)]
for v in vals:
    r = repr(v)
    back = eval(r)
    print(r, back == v or (v != v), type(back) is type(v))
print(divmod(-7, 2), hex(-255), oct(0), bin(-1), abs(-0.0))
