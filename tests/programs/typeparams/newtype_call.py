# NewType's __call__ is _typing._idfunc, a builtin function that does not bind: UserId(5)
# passes 5 alone; _idfunc's argument errors.
import typing, _typing
U = typing.NewType('U', int)
print(U(5), U(5) + 1, isinstance(U(5), int))
for args in ((), (1, 2)):
    try:
        _typing._idfunc(*args)
    except TypeError as e:
        print(e)
try:
    _typing._idfunc(x=1)
except TypeError as e:
    print(e)
