# At teardown CPython finalizes what the modules held while printing still works, but
# what the sys module's own dict keeps alive only once that dict is wiped, when nothing
# can be printed or reported: __del__ of an object stored on sys shows nothing (compare
# test_sys's test_sys_ignores_cleaning_up_user_data). The class of the object kept on sys
# is made with its own globals so that it does not keep this module's globals alive too.
import sys

ns = {}
exec("""
class Held:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("held del", self.name)
        if "sys" in self.name:
            raise ValueError("not reported")
""", ns)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, flush=True)


sys.held = ns["Held"]("on sys")
sys.held_list = [ns["Held"]("in a list on sys")]
module_level = Noisy("module level")
also = ns["Held"]("held by this module only")
print("end")
