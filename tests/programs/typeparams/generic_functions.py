# Generic functions and classes with PEP 695 syntax: TypeVar objects, bounds, constraints, ParamSpec, TypeVarTuple.
def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([3, 2]), first("ab"), first.__type_params__)
T = first.__type_params__[0]
print(type(T).__name__, T.__name__, T.__bound__, T.__constraints__)
def bounded[N: int](x: N) -> N:
    return x
print(bounded.__type_params__[0].__bound__)
def constrained[S: (str, bytes)](x: S) -> S:
    return x
print(constrained.__type_params__[0].__constraints__)
def variadic[*Ts, **P](*a):
    return a
tp = variadic.__type_params__
print([type(p).__name__ for p in tp], [p.__name__ for p in tp])
print(first.__annotations__)
