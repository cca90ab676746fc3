# _frozen_importlib and _frozen_importlib_external: importlib adopts them; zipimport uses them.
import sys
import _frozen_importlib, _frozen_importlib_external
import importlib, importlib.util
print(_frozen_importlib is importlib._bootstrap, _frozen_importlib_external is importlib._bootstrap_external)
print(importlib._bootstrap.__name__, importlib._bootstrap_external.__name__)
print(sys.modules["importlib._bootstrap"] is _frozen_importlib)
print(_frozen_importlib_external._pack_uint32(3), importlib._unpack_uint32(b"\x07\x00\x00\x00"))
print("_frozen_importlib" in sys.builtin_module_names)

import os, tempfile, zipfile, zipimport
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "lib.zip")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("zmod.py", "VALUE = 42\ndef f():\n    return 'from zip'\n")
        z.writestr("zpkg/__init__.py", "NAME = 'zpkg'\n")
    zi = zipimport.zipimporter(path)
    print(type(zi).__name__, zi.find_spec("zmod") is not None, zi.find_spec("nothing"))
    # Loaded through the zipimporter itself (the import statement does not consult
    # sys.path_hooks yet).
    spec = zi.find_spec("zmod")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    print(mod.VALUE, mod.f(), spec.origin.replace(d, "DIR"), zi.is_package("zpkg"), zi.get_source("zpkg"))
    try:
        zipimport.zipimporter(os.path.join(d, "missing.zip"))
    except zipimport.ZipImportError as e:
        print("ZipImportError:", str(e).replace(d, "DIR"))
