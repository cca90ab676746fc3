# The default sys.unraisablehook (errors.c: write_unraisable_exc_file): the exception's own
# traceback only (no cause or context), then the type (module-qualified unless builtins or
# __main__) and ": " with str(value), even when that is empty. Used for __del__, atexit
# callbacks, threads started by _thread, gc callbacks; a failing hook is itself reported.
# Addresses in the output are masked by a stand-in sys.stderr.
import _thread
import atexit
import gc
import re
import sys
import time


class Masked:
    def __init__(self, f):
        self.f = f

    def write(self, s):
        return self.f.write(re.sub(r"0x[0-9a-f]+", "0x?", s))

    def flush(self):
        self.f.flush()


sys.stderr = Masked(sys.stderr)


class Local(Exception):
    pass


class Elsewhere(Exception):
    __module__ = "some.module"


def chained():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k")


class Chained:
    def __del__(self):
        chained()


class Empty:
    def __del__(self):
        raise Local


class Mod:
    def __del__(self):
        raise Elsewhere("qualified")


class Args:
    def __del__(self):
        raise OSError(2, "gone")


for cls in (Chained, Empty, Mod, Args):
    x = cls()
    del x
    gc.collect()
    print("after", cls.__name__, flush=True)

# A hook that fails: its own error is reported by the default hook.


def bad_hook(unraisable):
    raise ValueError("hook failed on " + unraisable.exc_type.__name__)


sys.unraisablehook = bad_hook
x = Empty()
del x
gc.collect()
sys.unraisablehook = sys.__unraisablehook__
print("after bad hook", flush=True)

gc.callbacks.append(lambda phase, info: chained())
gc.collect()
gc.callbacks.clear()
print("after gc callbacks", flush=True)

done = _thread.allocate_lock()
done.acquire()


def in_thread():
    try:
        chained()
    finally:
        done.release()


_thread.start_new_thread(in_thread, ())
done.acquire()
time.sleep(0.2)
print("after thread", flush=True)


def at_exit():
    raise ValueError()


def at_exit_first():
    chained()


atexit.register(at_exit)
atexit.register(at_exit_first)
print("end", flush=True)
