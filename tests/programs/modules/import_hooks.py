# The import statement consults sys.path_hooks for sys.path entries that are not
# directories (a zip file through zipimport) and the finders a program puts on
# sys.meta_path.
import importlib.util
import os
import sys
import tempfile
import zipfile

print(len(sys.path_hooks))

d = tempfile.mkdtemp()
z = os.path.join(d, "mods.zip")
with zipfile.ZipFile(z, "w") as f:
    f.writestr("zmod.py", "X = 42\n")
    f.writestr("zpkg/__init__.py", "Y = 1\n")
    f.writestr("zpkg/sub.py", "from . import helper\nZ = helper.H + 2\n")
    f.writestr("zpkg/helper.py", "H = 1\n")
sys.path.insert(0, z)
import zmod
print(zmod.X, type(zmod.__loader__).__name__, zmod.__file__ == os.path.join(z, "zmod.py"))
import zpkg.sub
print(zpkg.Y, zpkg.sub.Z, zpkg.__path__ == [os.path.join(z, "zpkg")])
print(type(sys.path_importer_cache[z]).__name__)
try:
    import zmissing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)


class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.V = "made by " + module.__name__


class Finder:
    asked = []

    def find_spec(self, name, path, target=None):
        self.asked.append(name)
        if name.startswith("virtual"):
            return importlib.util.spec_from_loader(name, Loader())
        return None


finder = Finder()
sys.meta_path.insert(0, finder)
import virtual
import virtual_two as v2
print(virtual.V, v2.V, virtual.__spec__.name, "virtual" in sys.modules)
import colorsys  # found by the finders after the program's
print(colorsys.rgb_to_hsv(1, 0, 0), "colorsys" in finder.asked)
sys.meta_path.remove(finder)
del sys.modules["virtual"]
try:
    import virtual
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)


class Hook:
    def __init__(self, path):
        if not path.startswith("<hooked>"):
            raise ImportError("not mine")
        self.path = path

    def find_spec(self, name, target=None):
        if name == "hooked":
            return importlib.util.spec_from_loader(name, Loader())
        return None


sys.path_hooks.insert(0, Hook)
sys.path.append("<hooked>")
import hooked
print(hooked.V, type(sys.path_importer_cache["<hooked>"]).__name__)
