# types.CodeType(...) builds a code object from its fields; co_nlocals must match
# len(co_varnames), in the constructor and in replace().
import types

def func(a, b=2):
    x = a + b
    def inner():
        return x
    return inner()

co = func.__code__
args = [co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals, co.co_stacksize,
        co.co_flags, co.co_code, co.co_consts, co.co_names, co.co_varnames, co.co_filename, co.co_name,
        co.co_qualname, co.co_firstlineno, co.co_linetable, co.co_exceptiontable, co.co_freevars, co.co_cellvars]
new = types.CodeType(*args)
print(new == co, new.co_varnames, new.co_cellvars, new.co_freevars)
f = types.FunctionType(new, globals(), "func", (2,))
print(f(1), f(1, 5))
for diff in (-1, 1):
    bad = list(args)
    bad[3] += diff
    try:
        types.CodeType(*bad)
    except ValueError as e:
        print("ValueError", e)
    try:
        co.replace(co_nlocals=co.co_nlocals + diff)
    except ValueError as e:
        print("replace ValueError", e)
for n in (15, 19):
    try:
        types.CodeType(*(args + [()] * 3)[:n])
    except TypeError as e:
        print("TypeError", e)
