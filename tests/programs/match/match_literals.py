# match with literal patterns: ints, strings, None/True/False, negative and complex literals, or-patterns.
def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case "hello" | "hi":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case b"raw":
            return "bytes"
        case _:
            return "other"
for v in [0, 2, -1, "hi", None, True, False, 1.5, 2j, b"raw", 1.0, "x", 0.0, [], 3.0]:
    print(repr(v), describe(v))
