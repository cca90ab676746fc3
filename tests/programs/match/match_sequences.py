# Sequence patterns: fixed length, star captures, nested sequences, str/bytes excluded, tuples vs lists.
def f(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [0, *rest]:
            return f"starts with 0, rest {rest}"
        case [first, *_, last]:
            return f"first {first} last {last}"
for v in [[], [1], (1, 2), [0, 1, 2, 3], [5, 6, 7, 8], "ab", range(3), (9,)]:
    print(repr(v), f(v))
def nested(v):
    match v:
        case [[a, b], [c, d]]:
            return a + b + c + d
        case [(x, y), *others] if others:
            return f"pair then {len(others)} more"
        case _:
            return "no match"
print(nested([[1, 2], [3, 4]]), nested([(1, 2), 3, 4]), nested([(1, 2)]))
match "abc":
    case [*chars]:
        print("str matched sequence", chars)
    case _:
        print("str is not a sequence pattern")
match (1, 2, 3):
    case [1, *mid, 3]:
        print("mid", mid, type(mid).__name__)
