# __import__ with a level and no __package__ or __spec__ warns ImportWarning and falls back
# on __name__ and __path__ (import.c: resolve_name); a name with NUL is not found.
import warnings


def attempt(globs, name="", fromlist=("foo",), level=1):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            m = __import__(name, globs, {}, fromlist, level)
            print("imported", m.__name__)
        except (ImportError, KeyError, TypeError) as e:
            print(type(e).__name__, e)
    for w in caught:
        print("  warning:", w.category.__name__, w.message)


attempt({"__package__": None, "__spec__": None, "__name__": "__main__"})
attempt({"__name__": "json.decoder"}, "scanner", None)
attempt({"__name__": "json", "__path__": []}, "scanner", None)
attempt({"__name__": 5})
attempt({"__spec__": None})
attempt({"__package__": 5})
attempt({"__package__": "", "__name__": "x"})
attempt({"__package__": "json"}, "a.b", None, 2)

for name in ("string\x00", "no_such_module_here", "json.nope\x00"):
    try:
        __import__(name)
    except ModuleNotFoundError as e:
        print("ModuleNotFoundError", e, repr(e.name))
