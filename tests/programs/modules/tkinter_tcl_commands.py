# _tkinter without Tk: Tcl variables (setvar/getvar/unsetvar and the global forms,
# arrays, tkinter's Variable classes and traces), Python commands called from Tcl,
# timers and the event loop, file handlers, and the errors Tcl and _tkinter raise.
import os
import _tkinter
import tkinter

tcl = tkinter.Tcl()
tk = tcl.tk
TclError = _tkinter.TclError

# variables
tk.setvar("a", 5)
print(repr(tk.getvar("a")), repr(tk.globalgetvar("a")), repr(tk.getvar(b"a")))
tk.globalsetvar("b", (1, "two"))
print(repr(tk.getvar("b")))
tk.setvar("arr", "k", "v")
tk.setvar("arr(k2)", 3.5)
print(repr(tk.getvar("arr", "k")), repr(tk.getvar("arr(k2)")), sorted(tk.splitlist(tk.call("array", "names", "arr"))))
tk.unsetvar("arr", "k")
print(sorted(tk.splitlist(tk.call("array", "names", "arr"))))
tk.globalunsetvar("b")
print(tk.call("info", "exists", "b"))
name = tk.call("set", "a")
print(repr(tk.getvar(tk.call("lindex", "a", 0))))
for f, args in ((tk.getvar, ("nosuch",)), (tk.unsetvar, ("nosuch",)), (tk.getvar, ()),
                (tk.getvar, (1,)), (tk.getvar, ("a", 1)), (tk.setvar, ("a",)),
                (tk.setvar, (b"a", 1, 2)), (tk.unsetvar, ()), (tk.setvar, ("a\0", 1)),
                (tk.getvar, (b"a\0",))):
    try:
        f(*args)
    except (TypeError, ValueError, TclError) as e:
        print(f.__name__, type(e).__name__, e)

# tkinter's variables and traces go through createcommand
sv = tkinter.StringVar(tcl, value="hello", name="sv")
iv = tkinter.IntVar(tcl, name="iv")
dv = tkinter.DoubleVar(tcl, 2.5)
bv = tkinter.BooleanVar(tcl, True)
print(sv.get(), iv.get(), dv.get(), bv.get(), str(sv), str(iv))
seen = []
cb = sv.trace_add("write", lambda *a: seen.append(a))
sv.set("world")
tk.eval("set sv again")
print(seen, sv.get())
sv.trace_remove("write", cb)
sv.set("quiet")
print(len(seen), sv.trace_info())
iv.set(7)
print(iv.get() + 1)
tk.setvar("iv", "notanint")
try:
    iv.get()
except (TclError, ValueError) as e:
    print(type(e).__name__, e)

# Python commands
calls = []
def add(*args):
    calls.append(args)
    return " + ".join(args)
tk.createcommand("pyadd", add)
print(repr(tk.eval("pyadd 1 {2 3} x")), repr(tk.call("pyadd", 1, (2, 3))))
print(calls)
tk.createcommand("pytuple", lambda *a: (len(a), list(a)))
print(repr(tk.call("pytuple", "p", "q")), repr(tk.eval("pytuple")))
tk.createcommand("pyint", lambda: 2**70)
print(repr(tk.call("pyint")), repr(tk.eval("expr {[pyint] + 1}")))
tk.createcommand("pynone", lambda: None)
print(repr(tk.call("pynone")))
tk.createcommand("pyboom", lambda: 1 / 0)
try:
    tk.eval("pyboom")
except TclError as e:
    print("TclError", repr(str(e)))
tk.eval('proc wrap {} { if {[catch pyboom msg]} { return "caught: $msg" } }')
print(repr(tk.eval("wrap")))
try:
    tk.mainloop()
except ZeroDivisionError as e:
    print("mainloop raised the command's error:", e)
tk.mainloop()
print("mainloop returned")
tk.deletecommand("pyadd")
try:
    tk.eval("pyadd 1")
except TclError as e:
    print("TclError", e)
for f, args in ((tk.deletecommand, ("pyadd",)), (tk.createcommand, ("x", 2)),
                (tk.createcommand, (1, print)), (tk.eval, (1,)), (tk.eval, ("a\0",)),
                (tk.call, ("nosuch", 1))):
    try:
        f(*args)
    except (TypeError, ValueError, TclError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    tk.call(x=1)
except TypeError as e:
    print("TypeError", e)

# tkinter's register/after machinery over a Tcl interpreter
fired = []
tcl.after(1, lambda: fired.append("after"))
tcl.after_idle(fired.append, "idle")
tk.call("after", 5, "set done 1")
while not tk.call("info", "exists", "done"):
    tk.dooneevent(0)
tcl.update()
print(sorted(fired), tk.getvar("done"))

# timer handlers and dooneevent
events = []
tok = tk.createtimerhandler(1, lambda: events.append("timer"))
tok2 = tk.createtimerhandler(1, lambda: events.append("never"))
tok2.deletetimerhandler()
print("handler deleted" in repr(tok2), "handler deleted" in repr(tok))
while not events:
    tk.dooneevent(_tkinter.TIMER_EVENTS)
print(events, "handler deleted" in repr(tok))
print(tk.dooneevent(_tkinter.DONT_WAIT | _tkinter.TIMER_EVENTS))
try:
    tk.createtimerhandler(1, 3)
except TypeError as e:
    print("TypeError", e)

# file handlers
r, w = os.pipe()
got = []
def readable(fd, mask):
    got.append((fd == r, mask))
    tk.deletefilehandler(r)
tk.createfilehandler(r, _tkinter.READABLE, readable)
os.write(w, b"x")
while not got:
    tk.dooneevent(_tkinter.FILE_EVENTS)
print(got)
os.close(r)
os.close(w)
try:
    tk.createfilehandler(0, _tkinter.READABLE, 3)
except TypeError as e:
    print("TypeError", e)

# record, adderrorinfo, evalfile
print(repr(tk.record("set rec 5")), tk.call("info", "exists", "rec"))
try:
    tk.eval("error first")
except TclError:
    tk.adderrorinfo("\n    (from python)")
    print(tk.getvar("errorInfo").splitlines())
path = os.path.abspath("tkinter_tcl_commands_tmp.tcl")
with open(path, "w") as f:
    f.write("set fromfile [expr {6 * 7}]\n")
try:
    print(repr(tk.evalfile(path)), tk.getvar("fromfile"))
finally:
    os.remove(path)
try:
    tk.evalfile(path)
except TclError as e:
    print("TclError", str(e).replace(path, "PATH"))

# loadtk without a display, quit, interpaddr, create's arguments
print(isinstance(tk.interpaddr(), int), tk.interpaddr() != 0)
tk.quit()
for args in ((1,), (None, 1), (None, "", "Tk", 0, 0, 0, 0, 0, 0)):
    try:
        _tkinter.create(*args)
    except TypeError as e:
        print("TypeError", e)
for t in (_tkinter.TkappType, _tkinter.Tcl_Obj, _tkinter.TkttType):
    try:
        t()
    except TypeError as e:
        print("TypeError", e)
