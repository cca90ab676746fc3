# Guards are evaluated only after a structural match, left to right, and can call functions with side effects.
log = []
def g(name, result):
    log.append(name)
    return result
def m(v):
    log.clear()
    match v:
        case [x] if g("guard1", x > 10):
            r = "big single"
        case [x] if g("guard2", x > 0):
            r = "positive single"
        case [x, y] if g("guard3", x == y):
            r = "pair of equals"
        case [*_] if g("guard4", True):
            r = "other sequence"
        case _:
            r = "not a list"
    return r, list(log)
for v in [[20], [5], [-1], [2, 2], [2, 3], "s"]:
    print(v, m(v))
