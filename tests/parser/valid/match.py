match x:
    case 1 | 2 | -3 | 1.5 | 2+3j | -1-2j | "a" "b" | b"x" | None | True | False: pass
    case [a, b, *rest] | (a, b, *rest) | [] | (): pass
    case {"k": v, 1: w, **kw} | {}: pass
    case Point(x=0, y=0) | Point(1, 2) | a.b.C() | D(x, y=z): pass
    case Color.RED | (a as b) | _ | [_, *_]: pass
    case (1 as one) if one > 0: pass
    case a, b: pass
    case *a, b: pass
    case {**rest}: pass
    case {None: a, True: b, -1: c, a.b: d}: pass
    case (a,): pass
    case [a,]: pass
match (x, y):
    case _: pass
match x,:
    case _: pass
match *a, b:
    case _: pass
match -x:
    case _: pass
match = 1
match.x = 2
match(x)
match[x]
match - x
case = 1
type = 2
_ = 3
