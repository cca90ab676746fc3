# Scoping of PEP 695 type parameters: not visible outside, shadowing, use in defaults and nested functions.
T = "module T"
def f[T](x: T) -> T:
    def inner() -> T:
        return x
    return inner()
print(f(5), T)
def g[A, B](a: A, b: B) -> tuple[A, B]:
    return (a, b)
print(g(1, "x"), [p.__name__ for p in g.__type_params__], g.__annotations__["return"])
type ListOrSet[T] = list[T] | set[T]
print(ListOrSet.__type_params__, ListOrSet[int])
print(f.__type_params__[0].__name__, f.__type_params__[0] is not g.__type_params__[0])
