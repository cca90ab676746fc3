# An empty module name is found nowhere (a folder is not its own namespace portion), so
# pyclbr can browse modules with relative imports ('from . import x' reads package '')
import importlib.util, importlib.machinery, sys, os, tempfile, pyclbr
print(importlib.util._find_spec_from_path('', sys.path))
print(importlib.machinery.PathFinder.find_spec('', sys.path))
try:
    __import__('')
except ValueError as e:
    print(e)
with tempfile.TemporaryDirectory() as d:
    pkg = os.path.join(d, 'pkgx')
    os.mkdir(pkg)
    with open(os.path.join(pkg, '__init__.py'), 'w') as f:
        f.write('')
    with open(os.path.join(pkg, 'mod.py'), 'w') as f:
        f.write('from . import other\nclass A:\n    def m(self): pass\ndef g(): pass\n')
    with open(os.path.join(pkg, 'other.py'), 'w') as f:
        f.write('class B: pass\n')
    tree = pyclbr.readmodule_ex('pkgx.mod', [d])
    for name, obj in sorted(tree.items()):
        print(name, type(obj).__name__, obj.lineno, sorted(getattr(obj, 'methods', {})))
