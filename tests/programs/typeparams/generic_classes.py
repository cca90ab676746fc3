# Generic classes with PEP 695 syntax: __type_params__, subscription, implicit Generic base, generic subclasses.
class Stack[T]:
    def __init__(self):
        self.items: list[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), Stack.__type_params__, Stack[int], type(Stack[int]).__name__)
print(Stack.__mro__[1:], hasattr(Stack, "__class_getitem__"))
class Pair[K, V](dict[K, V]):
    pass
p = Pair(a=1)
print(p, Pair.__type_params__, [b for b in Pair.__orig_bases__])
T = "module T"
class Box[T]:
    label = "box"
    def get(self) -> T:
        return T
print(Box().get(), Box.__type_params__[0] is Box().get(), T)
