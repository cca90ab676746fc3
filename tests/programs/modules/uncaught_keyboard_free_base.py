# An uncaught BaseException subclass (not Exception) still prints a traceback and exits 1.
class Stop(BaseException):
    pass
print("raising")
raise Stop("base exception escapes")
