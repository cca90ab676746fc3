# Using match to evaluate and simplify a small expression tree built from tuples and classes.
class Num:
    __match_args__ = ("v",)
    def __init__(self, v):
        self.v = v
class Op:
    __match_args__ = ("op", "l", "r")
    def __init__(self, op, l, r):
        self.op, self.l, self.r = op, l, r
def ev(e):
    match e:
        case Num(v):
            return v
        case Op("+", l, r):
            return ev(l) + ev(r)
        case Op("*", l, r):
            return ev(l) * ev(r)
        case Op("-", l, r):
            return ev(l) - ev(r)
        case Op(op, _, _):
            raise ValueError(f"unknown op {op}")
def show(e):
    match e:
        case Num(v):
            return str(v)
        case Op(op, l, r):
            return f"({show(l)} {op} {show(r)})"
def simplify(e):
    match e:
        case Op("*", Num(0), _) | Op("*", _, Num(0)):
            return Num(0)
        case Op("*", Num(1), x) | Op("*", x, Num(1)):
            return simplify(x)
        case Op("+", Num(0), x) | Op("+", x, Num(0)):
            return simplify(x)
        case Op(op, l, r):
            return Op(op, simplify(l), simplify(r))
        case _:
            return e
tree = Op("+", Op("*", Num(1), Num(7)), Op("*", Op("+", Num(0), Num(3)), Num(4)))
print(show(tree), "=", ev(tree))
print(show(simplify(tree)), "=", ev(simplify(tree)))
print(show(simplify(Op("*", Num(5), Op("-", Num(2), Num(0))))))
try:
    ev(Op("/", Num(1), Num(2)))
except ValueError as e:
    print(type(e).__name__, e)
