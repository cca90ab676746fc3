# _warnings (the C half of warnings): filters, registries, stacklevel, error/once actions.
import warnings, _warnings
print(warnings.warn is _warnings.warn, warnings.filters is _warnings.filters)
print(warnings.filters[:3])
def f():
    warnings.warn("hello", stacklevel=2)
f()
f()
warnings.warn("dep", DeprecationWarning)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f(); f()
    warnings.warn_explicit("x", UserWarning, "foo.py", 3)
print([(str(x.message), x.category.__name__, x.lineno) for x in w])
warnings.simplefilter("error")
try:
    warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", e)
try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)
warnings.resetwarnings()
warnings.simplefilter("once")
for i in range(3):
    warnings.warn("once!")
print(sorted(k for k in __warningregistry__ if k != 'version'))
