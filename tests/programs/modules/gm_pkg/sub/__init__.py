from .. import helper as parent_helper
from ..helper import twice
from . import leaf
print("sub init:", __name__, __package__, parent_helper.VALUE, twice(4), leaf.NAME)
