# Annotation scopes (PEP 695) inside a class body: they read the class's names through the
# class's own dict (later changes are seen), a name the class binds is looked up there and
# then in the globals (never in an enclosing function), and 3.12.1 refuses lambdas and
# comprehensions in them (gh-109118).
x = "global"


def outer():
    x = "nonlocal"

    class Cls:
        type Alias = x
        val = Alias.__value__
        def meth[T: x](self, arg: x): ...
        bound = meth.__type_params__[0].__bound__
        annotation = meth.__annotations__["arg"]
        x = "class"
    return Cls


c = outer()
print(c.val, c.bound, c.annotation)


class X:
    T = int
    def foo[U: T](self): ...
    type Alias = T
    type Pair[V] = (T, V)


X.T = float
print(X.foo.__type_params__[0].__bound__, X.Alias.__value__, X.Pair.__value__)
print("__classdictcell__" in X.__dict__)

for case in ["type Alias1[T] = lambda: T", "type Alias2 = lambda: T", "type Alias3[T] = (T for _ in (1,))",
             "type Alias6 = [T for _ in (1,)]", "def meth[U](x: (T for _ in (1,)), y: T): pass"]:
    src = "class C[T]:\n    T = 'class'\n    " + case + "\n"
    try:
        compile(src, "<s>", "exec")
        print("compiled:", case)
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
