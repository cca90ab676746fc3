# ImportError and ModuleNotFoundError messages and attributes, failed imports leaving sys.modules clean,
# circular imports, syntax errors in imported modules (companion package in gm_pkg/).
import sys
import gm_pkg
base = gm_pkg.__file__[: -len("gm_pkg/__init__.py")]
def attempt(stmt):
    try:
        exec(stmt, {"__name__": "__main__"})
        print(stmt, "-> ok")
    except (ImportError, SyntaxError, ValueError) as e:
        path = getattr(e, "path", None)
        print(stmt, "->", type(e).__name__, "|", str(e).replace(base, "<base>/"), "|", getattr(e, "name", "-"),
              "|", path.replace(base, "<base>/") if isinstance(path, str) else path)
for stmt in ["import gm_nosuch", "import gm_pkg.nosuch", "import gm_pkg.helper.deeper", "from gm_pkg import nosuch",
             "from gm_pkg.helper import nosuch", "from . import x", "from .. import y", "import gm_pkg.circ_a",
             "import gm_pkg.broken", "from gm_ns import nothing", "__import__('')"]:
    attempt(stmt)
try:
    import gm_pkg.raises
except ValueError as e:
    print("ValueError:", e, "gm_pkg.raises" in sys.modules, hasattr(gm_pkg, "raises"))
sys.modules["gm_blocked"] = None
attempt("import gm_blocked")
e = ImportError("plain")
print(e.name, e.path, e.msg, ImportError("m", name="n", path="p").name)
import gm_pkg.nosuch
