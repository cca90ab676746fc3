# Union equality and hashing ignore order; generic aliases deduplicate by equality;
# __prepare__ must return a mapping; type()'s argument-count messages; sys switch
# interval; a generator's __name__ is one object; partial's repr keeps a replaced value.
import functools
import sys
import typing

print(int | str == str | int, hash(int | str) == hash(str | int), hash(int | str) == hash(typing.Union[int, str]))
print(list[int] | list[int] | dict[str, int], (int | str) == typing.Union[int, str], int | str != int | list)


class BadMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return None


try:
    class Foo(metaclass=BadMeta):
        pass
except TypeError as e:
    print("TypeError:", e)


class M(type):
    pass


for args in [(5,), (1, 2)]:
    for t in (M, type):
        try:
            t(*args)
        except TypeError as e:
            print("TypeError:", e)

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
sys.setswitchinterval(0.005)


def gen():
    yield 1


g = gen()
print(g.__name__ is g.__name__, g.__qualname__ is g.__qualname__, g.__name__)

p = functools.partial(print)


class Mutates:
    def __str__(self):
        p.keywords[self] = "new"
        return "key"


p.keywords[Mutates()] = "old"
print(repr(p).split(", ", 1)[1])


class P:
    pass


o = P()
del o.__dict__
o.x = 1
print(o.__dict__)
print(list[int].__unpacked__)

# __class__ is bound before a metaclass mro() runs, and super() works inside it.
seen = []


class MroMeta(type):
    def mro(self):
        self.__dict__["f"]()
        return super().mro()


class WithMro(metaclass=MroMeta):
    def f():
        seen.append(__class__)


print(seen[0] is WithMro, WithMro.__mro__)
