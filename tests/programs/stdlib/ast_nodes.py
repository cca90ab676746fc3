# The ast node classes as CPython 3.12 defines them: hierarchy, _fields, _attributes,
# __match_args__, docs, None defaults of optional fields; the constructor and __reduce__.
import ast, copy, pickle

for name in sorted(n for n in dir(ast) if isinstance(getattr(ast, n), type)
                   and issubclass(getattr(ast, n), ast.AST)):
    c = getattr(ast, name)
    own = {k: v for k, v in vars(c).items()
           if k not in ('__doc__', '__module__', '__dict__', '__weakref__', '__new__', '__init__',
                        '__reduce__', '__getattribute__', '__setattr__', '__delattr__')
           and not callable(v)}
    print(name, c.__module__, [b.__name__ for b in c.__bases__], c._fields, c._attributes,
          c.__match_args__ == c._fields, sorted(own), repr(c.__doc__))

import _ast
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(ast.AST, ast.Name, ast.expr, type(ast.Name), ast.AST.__name__, ast.Name.__qualname__)

n = ast.Name('x', ast.Load(), lineno=3)
print(n.id, type(n.ctx).__name__, n.lineno, n.end_lineno, n.__dict__.keys())
print(ast.Name().__dict__, ast.Constant(5).kind, ast.arguments().vararg)
for args, kw in [((1, 2, 3), {}), ((1,), {'id': 2}), ((), {'foo': 1})]:
    try:
        m = ast.Name(*args, **kw)
        print('made', m.__dict__)
    except TypeError as e:
        print('TypeError', e)
for cls in (ast.Pass, ast.AST, ast.arg):
    try:
        cls(1, 2, 3, 4)
    except TypeError as e:
        print('TypeError', e)
try:
    ast.Name().id
except AttributeError as e:
    print('AttributeError', e)

class MyName(ast.Name):
    _fields = ('a', 'b')
print(MyName(1, 2).__dict__, isinstance(MyName(), ast.expr))

r = n.__reduce__()
print(r[0] is ast.Name, r[1], sorted(r[2]))
c = copy.deepcopy(ast.parse("f(x, [1, 2])"))
print(ast.dump(c))
p = pickle.loads(pickle.dumps(ast.parse("a.b = {1: 'x'}"), 2))
print(ast.dump(p, include_attributes=True))
print(ast.Load().__reduce__()[1:], type(ast.Load()) is ast.Load)

# Pattern matching over nodes uses __match_args__.
match ast.parse("x + 1").body[0].value:
    case ast.BinOp(ast.Name(id), ast.Add(), ast.Constant(value=v)):
        print('matched', id, v)

# Context and operator instances from the parser are shared.
t = ast.parse("a; b; c + d; e + f")
print(t.body[0].value.ctx is t.body[1].value.ctx, t.body[2].value.op is t.body[3].value.op)

# Deprecated aliases of Lib/ast.py still work over Constant.
import warnings
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    print(isinstance(ast.parse("1").body[0].value, ast.Num), ast.Str('s').value)

# A plain ast.AST instance has a __dict__ too.
x = ast.AST()
x.foobar = 42
print(x._fields, x.foobar, x.__dict__)
print(hasattr(x, 'vararg'))
