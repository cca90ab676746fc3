# inspect.signature() of functions, methods, slot wrappers and types written in C (in
# pyvm: Java), through __text_signature__; and where CPython has none, the same error.
import inspect, functools, itertools, collections, math, operator


def show(obj, label):
    try:
        sig = str(inspect.signature(obj))
    except (ValueError, TypeError) as e:
        sig = type(e).__name__ + ": " + str(e).split(" at 0x")[0]
    print(label, "|", getattr(obj, "__text_signature__", "-"), "|", sig)


for label, obj in [
    ("len", len), ("print", print), ("sorted", sorted), ("iter", iter), ("min", min),
    ("getattr", getattr), ("isinstance", isinstance), ("divmod", divmod),
    ("object.__init__", object.__init__), ("object().__init__", object().__init__),
    ("object.__new__", object.__new__), ("int.__new__", int.__new__),
    ("type.__call__", type.__call__), ("object.__getattribute__", object.__getattribute__),
    ("object.__setattr__", object.__setattr__), ("object.__eq__", object.__eq__),
    ("int.__add__", int.__add__), ("int.__pow__", int.__pow__), ("int.__neg__", int.__neg__),
    ("str.split", str.split), ("'a'.split", "a".split), ("str.join", str.join),
    ("dict.get", dict.get), ("{}.get", {}.get), ("dict.fromkeys", dict.fromkeys),
    ("int.from_bytes", int.from_bytes), ("bytes.fromhex", bytes.fromhex),
    ("list.append", list.append), ("list.sort", list.sort), ("float.__round__", float.__round__),
    ("math.sqrt", math.sqrt), ("math.isclose", math.isclose), ("operator.add", operator.add),
    ("functools.reduce", functools.reduce), ("collections.deque.append", collections.deque.append),
    ("itertools.chain.from_iterable", itertools.chain.from_iterable),
    ("object", object), ("int", int), ("str", str), ("list", list), ("type", type),
    ("functools.partial", functools.partial),
]:
    show(obj, label)


class Plain:
    pass


class WithDoc:
    """WithDoc(a, b=1)
--

A class whose docstring carries a signature."""


print(Plain.__text_signature__, WithDoc.__text_signature__)
show(Plain, "Plain")
print(inspect.signature(lambda a, *b, c=3, **d: None))
print(inspect.signature(functools.partial(divmod, 7)))
