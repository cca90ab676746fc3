# Companion package of the modules/import_* golden programs (not a program itself).
print("gm_pkg init:", __name__, __package__, __spec__.name, __spec__.parent)
from . import helper
from .helper import VALUE
order = ["gm_pkg"]
