# An uncaught exception goes to the program's own sys.excepthook (after the "sys.excepthook"
# audit event); sys.last_exc is set first; a hook that fails gets "Error in sys.excepthook".
import sys


def audit(event, args):
    if event == "sys.excepthook":
        print("audit:", event, args[1].__name__, args[2], args[0] is hook)


def hook(t, v, tb):
    print("hook:", t.__name__, v, tb.tb_lineno, sys.last_exc is v)
    raise ValueError("hook failed")


sys.addaudithook(audit)
sys.excepthook = hook
raise RuntimeError("uncaught")
