# importlib finds what the import statement finds: sys.meta_path's finder, specs of
# builtin, source and package modules, import_module, reload, and a blocked accelerator.
import importlib
import importlib.util
import sys

print(len(sys.meta_path) >= 1, all(hasattr(f, "find_spec") for f in sys.meta_path))
for name in ["sys", "json", "json.decoder", "no_such_module_here"]:
    spec = importlib.util.find_spec(name)
    if spec is None:
        print(name, None)
    else:
        print(name, spec.name, spec.origin if spec.origin == "built-in" else spec.origin.rsplit("/", 1)[-1],
              spec.submodule_search_locations is not None, spec.has_location, spec.parent)
m = importlib.import_module("textwrap")
print(m.__name__, m is sys.modules["textwrap"], importlib.reload(m) is m)
pkg = importlib.import_module(".decoder", "json")
print(pkg.__name__, pkg.__spec__.parent)
try:
    importlib.import_module("no_such_module_here")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)

# test.support's import_fresh_module: a fresh bisect without its C accelerator.
saved = {k: sys.modules.pop(k) for k in ["bisect", "_bisect"] if k in sys.modules}
sys.modules["_bisect"] = None
try:
    fresh = importlib.import_module("bisect")
    print(fresh.bisect_left.__module__, fresh.bisect_left([1, 2, 4], 3))
finally:
    del sys.modules["_bisect"]
    sys.modules.pop("bisect", None)
    sys.modules.update(saved)
import bisect
print(bisect.bisect_left.__module__ if hasattr(bisect.bisect_left, "__module__") else "?")
spec = importlib.util.find_spec("textwrap")
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
print(mod.dedent("  a\n  b"), mod is not sys.modules["textwrap"])
