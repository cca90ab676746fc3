# ~ on a bool warns (DeprecationWarning, new in 3.12) when it runs, and when the compiler
# folds it; a warning turned into an error leaves the expression unfolded.
import warnings
warnings.simplefilter('always')
print(eval("~False"))
print(eval("~True + 1"))
print(eval("-(~True)"))
warnings.simplefilter('error')
try:
    print(eval("~True"))
except DeprecationWarning as e:
    print('raised', str(e)[:30])
print(compile("~True", "s", "eval").co_consts)
false = False
warnings.simplefilter('always')
print(~false, ~True.real)
