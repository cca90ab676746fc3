# The PEP 695 runtime objects without typing.py: TypeVar/ParamSpec/TypeVarTuple/TypeAliasType attributes, constructors, errors.
def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
def f[T, U: int, V: (str, bytes), *Ts, **P](): pass
T, U, V, Ts, P = f.__type_params__
TypeVar, ParamSpec, TypeVarTuple = type(T), type(P), type(Ts)
print(TypeVar, TypeVar.__name__, TypeVar.__module__, TypeVar.__qualname__, ParamSpec, TypeVarTuple)
print(T, U, V, Ts, P, repr(T), repr(Ts))
print(T.__name__, T.__covariant__, T.__contravariant__, T.__infer_variance__, T.__bound__, T.__constraints__)
print(U.__bound__, V.__constraints__, V.__bound__, U.__constraints__)
print(P.__name__, P.__bound__, P.args, P.kwargs, P.args.__origin__ is P, P.args == P.args, P.args == P.kwargs)
print(type(P.args).__name__, type(P.kwargs).__module__, T.__module__, Ts.__name__)
print(T.__reduce__(), P.__reduce__(), Ts.__reduce__())
x = TypeVar("X")
print(x, x.__module__, x.__infer_variance__)
print(TypeVar("C", covariant=True), TypeVar("D", contravariant=True), TypeVar("E", infer_variance=True))
print(TypeVar("S", str, bytes).__constraints__)
show(lambda: TypeVar("B", covariant=True, contravariant=True))
show(lambda: TypeVar("B", covariant=True, infer_variance=True))
show(lambda: TypeVar("B", int))
show(lambda: TypeVar(1))
show(lambda: TypeVar())
print(ParamSpec("Q"), ParamSpec("Q", covariant=True), ParamSpec("Q").__module__, TypeVarTuple("Us"))
show(lambda: ParamSpec("Q", contravariant=True, covariant=True))
show(lambda: T.__typing_subst__ if False else Ts.__typing_subst__(int))
class Holder:
    pass
show(lambda: type("Bad", (TypeVar,), {}))
show(lambda: T.__mro_entries__(()))
show(lambda: P.args.__mro_entries__(()))
show(lambda: Ts.__mro_entries__(()))
TypeAliasType = type(f.__type_params__) and None
type Alias = int
TypeAliasType = type(Alias)
print(TypeAliasType, TypeAliasType.__module__)
a = TypeAliasType("A", list[int])
print(a, a.__name__, a.__value__, a.__type_params__, a.__parameters__, a.__module__)
g = TypeAliasType("G", dict, type_params=(T,))
print(g[int], g.__type_params__, g.__parameters__)
show(lambda: TypeAliasType("H", int, type_params=[T]))
show(lambda: TypeAliasType("H"))
show(lambda: a[int])
print(Alias | None, int | Alias, Alias.__reduce__())
show(lambda: Alias())
def h[Z](): pass
print(h.__type_params__, f.__type_params__ == (T, U, V, Ts, P), [p.__name__ for p in h.__type_params__])
def plain(): pass
print(plain.__type_params__)
plain.__type_params__ = (T,)
print(plain.__type_params__)
show(lambda: setattr(plain, "__type_params__", [T]))
print(list[T].__parameters__, dict[str, list[U]].__parameters__, list[int].__parameters__, (list[T] | set[V]).__parameters__)
print(Alias.__parameters__, g[U].__parameters__ if False else dict[T, T].__parameters__)
