# A builtin type's __new__ in its __dict__ is a builtin method bound to the type
# (typeobject.c: tp_new_wrapper), taking the class to make as its first argument.
import copy
import pickle

for t in (int, object, dict, list, str, type, BaseException, float, tuple, bytes, set, frozenset):
    n = t.__dict__['__new__']
    print(t.__name__, type(n).__name__, n.__self__ is t, n.__name__, n.__qualname__, t.__new__ is n,
          repr(n).startswith('<built-in method __new__ of type object at 0x'), isinstance(n, staticmethod))
print(int.__new__(int, 5), int.__dict__['__new__'](int, '7'), object.__new__(object).__class__)
for args in ((), (str,), (bool, 1), (5,)):
    try:
        int.__new__(*args)
    except TypeError as e:
        print("TypeError", e)

class A(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)

print(type(A(3)), A(3), type(int.__new__(A, 3)), super(A, A).__new__(A, 4))
print(isinstance(A.__dict__['__new__'], staticmethod))
print(copy.copy(int.__new__) is int.__new__, pickle.loads(pickle.dumps(int.__new__)) == int.__new__)
print(int.__new__.__doc__)
print(int.__new__.__text_signature__)

# A class given another builtin type's __new__ instantiates with the one it inherits
# (typeobject.c: update_one_slot), as test_descr's expected failures record.
class C(object):
    __new__ = list.__new__

class L(list):
    __new__ = object.__new__

print(type(C()), type(L()), L([1]) == [])

class P(object):
    def __new__(cls, *args, **kwargs):
        raise AssertionError

class Q(P):
    __new__ = object.__new__

    def __init__(self, foo):
        self.foo = foo

try:
    Q(3)
except TypeError as e:
    print("TypeError", e)
del Q.__new__
try:
    Q(3)
except AssertionError:
    print("AssertionError")
