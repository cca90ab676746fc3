# _tkinter and threads: a Tcl interpreter belongs to the thread that made it. call, the
# variable methods and createcommand from another thread are run by the owner's event
# loop (here dooneevent after willdispatch); without a dispatching owner they fail after
# a second, and eval from another thread is refused at once.
import threading
import time
import _tkinter

a = _tkinter.create(None, "", "Tk", False, True, False, False, None)
res = []

def worker():
    try:
        res.append(a.call("expr", "6*7"))
        a.setvar("v", 5)
        res.append(a.getvar("v"))
        a.createcommand("pyf", lambda *x: "got " + " ".join(x))
        res.append(a.call("pyf", "a", "b"))
        try:
            a.call("error", "from the owner")
        except _tkinter.TclError as e:
            res.append("TclError: %s" % e)
        a.unsetvar("v")
        res.append(a.call("info", "exists", "v"))
    except Exception as e:
        res.append(repr(e))

a.willdispatch()
th = threading.Thread(target=worker)
th.start()
deadline = time.time() + 30
while th.is_alive() and time.time() < deadline:
    a.dooneevent(_tkinter.DONT_WAIT)
    time.sleep(0.005)
th.join()
print(res)
print(a.call("pyf", "main"))

b = _tkinter.create(None, "", "Tk", False, True, False, False, None)
errors = []
def other():
    for f in (lambda: b.call("set", "x", 1), lambda: b.eval("set x")):
        try:
            f()
        except RuntimeError as e:
            errors.append(str(e))
th = threading.Thread(target=other)
th.start()
th.join()
print(errors)
