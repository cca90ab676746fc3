# Cells compare by contents and their contents can be set and deleted; __code__ must keep
# the number of free variables; functions made over globals without __builtins__ take
# the running code's builtins; a list comparison sees items' __eq__ changing the lists.
import types

Cell = types.CellType
print(Cell(1) == Cell(1), Cell(1) < Cell(2), Cell() < Cell(0), Cell() == Cell(), Cell(3) >= Cell())
print(Cell(1).__eq__(1), Cell.__hash__)
try:
    hash(Cell(1))
except TypeError as e:
    print(e)


def outer():
    x = 1

    def inner():
        return x
    return inner


f = outer()
c = f.__closure__[0]
c.cell_contents = 42
print(f())
del c.cell_contents
try:
    f()
except NameError as e:
    print(e)
try:
    c.cell_contents
except ValueError as e:
    print(e)


def plain():
    return 0


try:
    plain.__code__ = f.__code__
except ValueError as e:
    print(e)
try:
    f.__code__ = plain.__code__
except ValueError as e:
    print(e)

src = "def g(): return len\nh = type(g)(g.__code__, {})\n"
mine = {'len': 'mine'}
ns = {'__builtins__': mine, 'type': type}
exec(src, ns)
print(ns['g'].__builtins__ is mine, ns['h'].__builtins__ is mine, ns['h']())


class ClearsOther:
    def __eq__(self, other):
        right.clear()
        return NotImplemented


class ClearsLeft:
    def __eq__(self, other):
        left.clear()
        return NotImplemented


left = [ClearsOther()]
right = [ClearsLeft()]
print(left == right, left, right)
