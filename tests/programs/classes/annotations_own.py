# A class's __annotations__ are its own (an empty dict when it has none, never a base's);
# a module without annotations gets an empty dict; builtin types have none.
class A:
    attr: int
class B(A):
    pass
print(B.__annotations__, A.__annotations__, B.__annotations__ is B.__dict__['__annotations__'])
B.__annotations__ = {'x': str}
print(B.__annotations__)
import types
m = types.ModuleType("m")
print(m.__annotations__, m.__dict__['__annotations__'] is m.__annotations__)
try:
    int.__annotations__
except AttributeError as e:
    print("AttributeError", e)
print(float.__getformat__("double"))
