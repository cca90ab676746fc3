# __getattr__ answers when a descriptor's __get__ raises AttributeError, through getattr(),
# hasattr() and the attribute syntax alike, for instances and for classes (a metaclass's
# __getattr__): typeobject.c's slot_tp_getattr_hook. Other exceptions pass through.
import types

class D:
    def __get__(self, inst, owner=None):
        raise AttributeError('from D')

class Meta(type):
    def __getattr__(cls, name):
        if name == 'ham':
            return 'meta fallback'
        raise AttributeError(f'no {name}')

class VA(metaclass=Meta):
    ham = D()

    @types.DynamicClassAttribute
    def dyn(self):
        return 'instance value'

class P:
    ham = D()

    @property
    def broken(self):
        return 1 / 0

    def __getattr__(self, name):
        return 'instance fallback ' + name

print(getattr(VA, 'ham'), VA.ham, hasattr(VA, 'ham'))
for get in (lambda: getattr(VA, 'dyn'), lambda: VA.dyn):
    try:
        get()
    except AttributeError as e:
        print('AttributeError', e)
print(VA().dyn)
p = P()
print(getattr(p, 'ham'), p.ham, getattr(p, 'other'), hasattr(p, 'ham'))
try:
    p.broken
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    getattr(p, 'broken')
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
