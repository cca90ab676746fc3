# Private name mangling: __attr becomes _Class__attr in class bodies, methods, and nested functions.
class A:
    __secret = "A secret"
    def __init__(self):
        self.__value = 1
    def get(self):
        return self.__value, self.__secret
    def __private_method(self):
        return "private"
    def call_private(self):
        return self.__private_method()
class B(A):
    def __init__(self):
        super().__init__()
        self.__value = 2
    def get_b(self):
        return self.__value
b = B()
print(b.get(), b.get_b(), sorted(vars(b)))
print(b._A__secret, b.call_private(), hasattr(b, "__value"), hasattr(A, "_A__private_method"))
try:
    b.__private_method()
except AttributeError as e:
    print(type(e).__name__, e)
class C:
    def m(self):
        def inner():
            return self.__x
        self.__x = "mangled in nested function"
        return inner()
    def __dunder__(self):
        return "dunder names are not mangled"
print(C().m(), C().__dunder__(), "_C__x" in vars((lambda c: (c.m(), c)[1])(C())))
class _Under:
    def __init__(self):
        self.__y = 5
print(sorted(vars(_Under())))
class D:
    def get(self, obj):
        return getattr(obj, "__hidden", "getattr strings are not mangled")
print(D().get(object()))
