NAME = __name__
import gm_pkg
gm_pkg.order.append(__name__)
