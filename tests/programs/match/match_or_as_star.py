# Advanced patterns: or-patterns binding the same names, as-patterns on groups, star in middle, mapping **rest.
def f(v):
    match v:
        case (1, x) | (x, 1):
            return f"pair with a one, other {x}"
        case [("a" | "b") as letter, *rest] if rest:
            return f"starts with {letter}, rest {rest}"
        case {"op": "add" | "sub" as op, **rest}:
            return f"op {op} with {rest}"
        case [*_, [*inner]] as whole:
            return f"ends with list {inner} in {len(whole)} items"
        case str() | bytes() as s:
            return f"string-like {s!r}"
        case int() | float() as num if num > 100:
            return "big number"
        case _:
            return "no match"
for v in [(1, 5), (7, 1), (1, 1), ["a", 2, 3], ["b"], {"op": "sub", "x": 1}, {"op": "mul"}, [1, [2, 3]], [[]], "s", b"b", 500, 5.5]:
    print(repr(v), "->", f(v))
