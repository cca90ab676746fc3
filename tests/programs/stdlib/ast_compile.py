# compile() of AST objects: NodeTransformer, fix_missing_locations, exec; unparse
# round-trips; literal_eval; and CPython's errors for malformed trees.
import ast

class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.Constant(node.value * 2)
        return node

tree = ast.parse("x = 1 + 2\nprint('x is', x, [i for i in range(3)])\n")
tree = ast.fix_missing_locations(Doubler().visit(tree))
exec(compile(tree, "<doubled>", "exec"))
print(eval(compile(ast.Expression(ast.parse("3 * 4", mode="eval").body), "<e>", "eval")))

# Building a tree by hand.
fn = ast.FunctionDef(
    name="add", args=ast.arguments(posonlyargs=[], args=[ast.arg("a"), ast.arg("b")], kwonlyargs=[],
                                   kw_defaults=[], defaults=[ast.Constant(10)]),
    body=[ast.Return(ast.BinOp(ast.Name("a", ast.Load()), ast.Add(), ast.Name("b", ast.Load())))],
    decorator_list=[], type_params=[])
mod = ast.fix_missing_locations(ast.Module(body=[fn], type_ignores=[]))
ns = {}
exec(compile(mod, "<built>", "exec"), ns)
print(ns["add"](1, 2), ns["add"](5))

class Names(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)
v = Names()
v.visit(ast.parse("a = b + c(d, e=f)\nfor g in h: i"))
print(v.names)

# Interactive mode prints expression values.
exec(compile(ast.parse("1 + 1", mode="single"), "<i>", "single"))

# Constants the parser never makes but compile() takes: tuples and frozensets.
P = dict(lineno=1, col_offset=0)
e = ast.Expression(ast.Constant((1, 'a', (None, 2.5)), **P))
print(eval(compile(e, "<c>", "eval")))
e = ast.Expression(ast.Constant(frozenset({3}), **P))
print(eval(compile(e, "<c>", "eval")))

# unparse round trips.
for src in ["x = (1, 2)", "def f(a, /, b=2, *c, d, **e) -> int:\n    return a", "f'{a!r:>{w}} {b=}'",
            "lambda x: (yield)", "match x:\n    case [1, *r] | {'k': _}:\n        pass",
            "class C[T](B, metaclass=M):\n    pass", "a[1:2, ...] @= -b ** c",
            "async def f():\n    async with a as b:\n        await c",
            "try:\n    pass\nexcept* E:\n    pass", "x = 1 if y else 2", "del a[0], b.c",
            "print(*a, **k)", "{**a, 'b': 1}", "(a := 1)", "global x", "type X[T] = list[T]"]:
    u = ast.unparse(ast.parse(src))
    print(u.replace("\n", " | "), ast.dump(ast.parse(u)) == ast.dump(ast.parse(src)))

print(ast.literal_eval("[1, -2.5, 3+4j, 'x', b'y', (None, True), {1, 2}, {'k': ()}]"))
print(ast.literal_eval(ast.parse("(1, 2)", mode="eval")))
for bad in ["f(x)", "a + b", "{**x}", "1 +"]:
    try:
        ast.literal_eval(bad)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])

def t(tree, mode="exec"):
    try:
        compile(tree, "<t>", mode)
        print("ok")
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])

def M(*stmts):
    return ast.Module(body=list(stmts), type_ignores=[])

L = ast.Load()
t(ast.Expression(body=ast.Constant(1)), "exec")
t(ast.Module(body=[ast.Pass()], type_ignores=[]), "eval")
t(ast.Module(), "exec")
t(ast.Module(body=5, type_ignores=[]))
t(ast.Module(body=(ast.Pass(**P),), type_ignores=[]))
t(M(ast.Pass()))
t(M(ast.Expr(None, **P)))
t(M(ast.Expr(ast.Name(5, L, **P), **P)))
t(M(ast.Expr(ast.Name(None, L, **P), **P)))
t(M(ast.Expr(ast.Name("x", ast.Store(), **P), **P)))
t(M(ast.Expr(ast.Name("x", **P), **P)))
t(M(ast.Expr(ast.Name("x", "Load", **P), **P)))
t(M(ast.Expr(ast.Name("None", L, **P), **P)))
t(M(ast.Expr(ast.Constant([1], **P), **P)))
t(M(ast.Expr(ast.Constant((1, [2]), **P), **P)))
t(M(ast.Expr(ast.Constant(1, 5, **P), **P)))
t(M(ast.Expr(ast.Name("x", L, lineno="a", col_offset=0), **P)))
t(M(ast.Expr(ast.Name("x", L, lineno=2**70, col_offset=0), **P)))
t(M(ast.Expr(ast.Name("x", L, lineno=3, col_offset=2, end_lineno=2, end_col_offset=0), **P)))
t(M(ast.Expr(ast.Name("x", L, lineno=3, col_offset=2, end_lineno=3, end_col_offset=0), **P)))
t(M(ast.Expr(ast.BinOp(ast.Constant(1, **P), ast.Add, ast.Constant(1, **P), **P), **P)))
t(M(ast.If(ast.Constant(1, **P), [], [], **P)))
t(M(ast.Assign([], ast.Constant(1, **P), **P)))
t(M(ast.Assign([ast.Name("x", L, **P)], ast.Constant(1, **P), **P)))
t(M(ast.Expr(ast.Compare(ast.Constant(1, **P), [], [], **P), **P)))
t(M(ast.Expr(ast.Call(ast.Name("f", L, **P), [None], [], **P), **P)))
t(M(ast.Expr(ast.Call(ast.Name("f", L, **P), [1], [], **P), **P)))
t(M(ast.Expr(ast.Dict([], [ast.Name("f", L, **P)], **P), **P)))
t(M(ast.Expr(ast.BoolOp(ast.And(), [ast.Name("f", L, **P)], **P), **P)))
t(M(ast.Global([], **P)))
t(M(ast.Nonlocal(["x"], **P)))
t(M(ast.Break(**P)))
t(M(ast.Raise(None, ast.Name("x", L, **P), **P)))
t(M(ast.Try([ast.Pass(**P)], [], [], [], **P)))
t(M(ast.ImportFrom("m", [ast.alias("x", **P)], -1, **P)))
t(M(ast.ImportFrom("m", [ast.alias("x")], 0, **P)))
t(M(ast.AnnAssign(ast.Attribute(ast.Name("a", L, **P), "b", ast.Store(), **P), ast.Name("int", L, **P), None, 1, **P)))
t(M(ast.Expr(ast.NamedExpr(ast.Attribute(ast.Name("a", L, **P), "b", ast.Store(), **P), ast.Constant(1, **P), **P), **P)))
t(M(ast.Expr(ast.Lambda(None, ast.Constant(1, **P), **P), **P)))
t(M(ast.FunctionDef("f", ast.arguments([], [], None, [], [], None, [ast.Constant(1, **P)]), [ast.Pass(**P)], [], **P)))
t(M(ast.Match(ast.Name("x", L, **P), [ast.match_case(ast.MatchStar(None, **P), None, [ast.Pass(**P)])], **P)))
t(M(ast.Match(ast.Name("x", L, **P), [ast.match_case(ast.MatchAs(None, "_", **P), None, [ast.Pass(**P)])], **P)))
t(M(ast.Match(ast.Name("x", L, **P), [ast.match_case(ast.MatchSingleton(1, **P), None, [ast.Pass(**P)])], **P)))
t(M(ast.Match(ast.Name("x", L, **P), [ast.match_case(ast.MatchValue(ast.Name("y", L, **P), **P), None, [ast.Pass(**P)])], **P)))
t(M(ast.Match(ast.Name("x", L, **P), [ast.match_case(ast.MatchOr([ast.MatchAs(**P)], **P), None, [ast.Pass(**P)])], **P)))
t(M(ast.Match(ast.Name("x", L, **P), [], **P)))
t(ast.Name("x", L), "eval")
t(ast.Interactive(body=[ast.Pass(**P)]), "exec")
t(ast.FunctionType([], ast.Constant(1)), "func_type")
t(5)
print(compile(ast.parse("x"), "<t>", "exec", ast.PyCF_ONLY_AST).__class__.__name__)
