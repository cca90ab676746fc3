# PEP 590 type flags: Py_TPFLAGS_HAVE_VECTORCALL and Py_TPFLAGS_METHOD_DESCRIPTOR of builtin
# types, their inheritance by classes (a class never gets METHOD_DESCRIPTOR; it gets
# HAVE_VECTORCALL unless it defines __call__, and loses it, with its subclasses, when __call__
# is assigned), and _testcapi's vectorcall types (which of tp_call and vectorcall answers).
import functools, operator, types, _testcapi
from functools import partial

VC, MD = 1 << 11, 1 << 17
def flags(t):
    return (bool(t.__flags__ & VC), bool(t.__flags__ & MD))

def f():
    pass
class C:
    def m(self):
        pass
for o in (f, len, [].append, list.append, list.__add__, functools.lru_cache(1)(f),
          partial(f), operator.attrgetter('a'), operator.itemgetter(1), operator.methodcaller('m'), list[int],
          C().m, C, type, object, int, property(), classmethod(f), staticmethod(f), iter([])):
    t = o if isinstance(o, type) else type(o)
    print(t.__name__, flags(t))

for name in ('MethodDescriptorBase', 'MethodDescriptorDerived', 'MethodDescriptorNopGet', 'MethodDescriptor2'):
    t = getattr(_testcapi, name)
    print(name, flags(t), t()(0) if name != 'MethodDescriptorNopGet' else t()(1, 2))

class Heap(_testcapi.MethodDescriptorBase):
    pass
print('Heap', flags(Heap), Heap()(0), types.MethodType(Heap(), 1)(), partial(Heap())(2, k=3))
class Sub(Heap):
    pass
Heap.__call__ = lambda self, *a: 'assigned'
print('Heap', flags(Heap), 'Sub', flags(Sub), Heap()(), Sub()())
class Own(_testcapi.MethodDescriptorBase):
    def __call__(self, n):
        return 'own'
print('Own', flags(Own), Own()(1))
class WithCall:
    def __call__(self):
        return 'withcall'
class Mixed(WithCall, _testcapi.MethodDescriptorBase):
    pass
print('Mixed', flags(Mixed), Mixed()())

print(_testcapi.pyvectorcall_call(len, ([1, 2],)), _testcapi.pyvectorcall_call(sum, ([36],), {'start': 6}))
print(_testcapi.pyvectorcall_call(_testcapi.MethodDescriptor2(), (0,)))
for bad in ((len, [1]), (len, ([],), 1)):
    try:
        _testcapi.pyvectorcall_call(*bad)
    except TypeError as e:
        print('TypeError', e)

Super = _testcapi.make_vectorcall_class()
class Derived(Super):
    pass
Own1 = _testcapi.make_vectorcall_class(Derived)
print(Super.__name__, Super.__module__, issubclass(Own1, Derived))
x = Derived()
print(x(), [_testcapi.has_vectorcall_flag(t) for t in (Super, Derived, Own1)])
x.set_vectorcall(Super)
print(x())
Super.__call__ = lambda self: 'custom'
print(x(), Own1()(), [_testcapi.has_vectorcall_flag(t) for t in (Super, Derived, Own1)])
