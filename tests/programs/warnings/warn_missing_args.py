# A required parameter left out while others come by keyword: CPython's "missing required
# argument" TypeError (getargs.c: vgetargskeywords), not an internal error.
import warnings
for f, kw in [(warnings.warn, dict(category=UserWarning)),
              (warnings.warn_explicit, dict(lineno=3)),
              (warnings.warn_explicit, dict(message="m", category=UserWarning, lineno=3)),
              (warnings.warn_explicit, dict(message="m", category=UserWarning, filename="f", lineno=3, module="mod"))]:
    try:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            f(**kw)
            print("ok", [str(x.message) for x in w])
    except TypeError as e:
        print("TypeError", e)
