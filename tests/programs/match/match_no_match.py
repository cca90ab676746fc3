# A match with no matching case does nothing; match on computed subjects; nested match statements.
def f(v):
    match v:
        case 1:
            return "one"
    return "fell through"
print(f(1), f(2))
def g(pair):
    match pair:
        case (a, b):
            match a, b:
                case (0, _):
                    return "a is zero"
                case (_, 0):
                    return "b is zero"
                case _:
                    return f"neither: {a * b}"
    return "not a pair"
print(g((0, 1)), g((1, 0)), g((2, 3)), g(5))
match = "match is a soft keyword"
case = 3
print(match, case)
match [case]:
    case [3]:
        print("soft keywords as names still work")
