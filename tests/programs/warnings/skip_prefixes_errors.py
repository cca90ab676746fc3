# warn()'s skip_file_prefixes must be a tuple of str (_warnings.c: warnings_warn_impl).
import _warnings
import warnings
for mod in (_warnings, warnings):
    for v in ([], (b"bytes",), "a sequence of strs", ("ok", 3)):
        try:
            mod.warn("msg", skip_file_prefixes=v)
        except TypeError as e:
            print(mod.__name__, type(e).__name__, e)
