# Subscripting classes: __class_getitem__ = None means "not subscriptable" (naming the
# class), array.array is generic, types.GenericAlias takes no keywords even in a subclass,
# and type() refuses bases that need __mro_entries__.
import array
from types import GenericAlias

class C_is_none(tuple):
    __class_getitem__ = None
try:
    C_is_none[int]
except TypeError as e:
    print("TypeError:", e)

print(array.array[int], type(array.array[int]).__name__)

class SubClass(GenericAlias): ...
print(SubClass(list, int) == list[int], type(SubClass(list, int)).__name__)

class Bad(GenericAlias):
    def __new__(cls, *args, **kwargs):
        super().__new__(cls, *args, **kwargs)
for call in (lambda: Bad(list, int, bad=int), lambda: GenericAlias(list, int, x=1), lambda: GenericAlias(list)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

class Entry:
    def __mro_entries__(self, bases):
        return ()
try:
    type("Bad", (Entry(),), {})
except TypeError as e:
    print("TypeError:", e)
class Fine(Entry()):  # a class statement resolves it
    pass
print(Fine.__bases__, Fine.__orig_bases__[0].__class__.__name__)
try:
    type("Bad", (1,), {})
except TypeError as e:
    print("TypeError:", e)
