# Imports of .py modules and packages: __name__/__package__/__spec__, relative imports, sys.modules caching,
# "import a.b as c", namespace packages, star imports with __all__ (companion files in gm_pkg/ and gm_ns/).
import sys
import gm_pkg
import gm_pkg as again
print(again is gm_pkg, gm_pkg.VALUE, gm_pkg.helper.twice(5), "gm_pkg.helper" in sys.modules)
import gm_pkg.sub
print(gm_pkg.sub.leaf.NAME, gm_pkg.order)
import gm_pkg.sub.leaf as leaf
print(leaf is sys.modules["gm_pkg.sub.leaf"], leaf.__package__, leaf.__spec__.parent)
from gm_pkg.sub import leaf as leaf2
print(leaf2 is leaf)
spec = gm_pkg.__spec__
print(spec.name, spec.parent, spec.has_location, spec.origin.endswith("__init__.py"), len(spec.submodule_search_locations))
print(gm_pkg.__file__.endswith("gm_pkg/__init__.py"), gm_pkg.__path__ == spec.submodule_search_locations)
print(type(gm_pkg.__loader__).__name__, gm_pkg.__loader__.is_package("gm_pkg"), leaf.__loader__.is_package(leaf.__name__))
print(leaf.__spec__.submodule_search_locations, leaf.__spec__.loader is leaf.__loader__)
import gm_ns.part_a.mod
print(gm_ns.part_a.mod.WHERE, gm_ns.__spec__.origin, gm_ns.__file__, type(gm_ns.__loader__).__name__)
print(list(gm_ns.__path__)[0].endswith("gm_ns"), gm_ns.part_a.__spec__.submodule_search_locations is not None)
from gm_pkg.star import *
print(public, _listed, "hidden" in dir())
m = __import__("gm_pkg.sub.leaf")
print(m is gm_pkg, __import__("gm_pkg.sub.leaf", fromlist=["x"]) is leaf)
print(__import__("helper", globals={"__package__": "gm_pkg"}, level=1) is gm_pkg.helper)
