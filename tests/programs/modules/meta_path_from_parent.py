# A module that puts a finder on sys.meta_path for its own submodules while it is imported
# (six does so for six.moves): importing a submodule of it, with the module not imported
# yet, finds the submodule through that finder (the import of the parent comes first).
import os
import shutil
import sys
import tempfile

SIXLIKE = '''
import sys, types, importlib.util
__path__ = []  # a module that acts as a package, as six does

class _Importer:
    known = {__name__ + ".moves", __name__ + ".moves.client"}

    def find_spec(self, fullname, path, target=None):
        if fullname in self.known:
            return importlib.util.spec_from_loader(fullname, self, is_package=fullname.endswith("moves"))
        return None

    def create_module(self, spec):
        m = types.ModuleType(spec.name)
        m.made_by = "finder"
        if spec.name.endswith("client"):
            m.Thing = "the thing"
        return m

    def exec_module(self, module):
        pass

sys.meta_path.append(_Importer())
'''

d = tempfile.mkdtemp()
try:
    os.makedirs(os.path.join(d, "outer"))
    with open(os.path.join(d, "outer", "__init__.py"), "w") as f:
        f.write("")
    with open(os.path.join(d, "outer", "sixlike.py"), "w") as f:
        f.write(SIXLIKE)
    with open(os.path.join(d, "outer", "user.py"), "w") as f:
        f.write("from .sixlike.moves.client import Thing\n")
    sys.path.insert(0, d)
    before = len(sys.meta_path)
    import outer.user
    print(outer.user.Thing, len(sys.meta_path) - before)
    import outer.sixlike.moves as moves
    print(moves.__name__, moves.made_by, type(moves.__loader__).__name__)
    from outer.sixlike.moves import client
    print(client.__name__, client.Thing)
    try:
        import outer.sixlike.missing
    except ModuleNotFoundError as e:
        print("ModuleNotFoundError", e)
finally:
    for m in list(sys.meta_path):
        if type(m).__name__ == "_Importer":
            sys.meta_path.remove(m)
    for name in [n for n in sys.modules if n == "outer" or n.startswith("outer.")]:
        del sys.modules[name]
    sys.path.remove(d)
    shutil.rmtree(d)
print(len(sys.meta_path) == before)
