# _tkinter without Tk: a Tcl interpreter, evaluation, and the conversions between
# Python values and Tcl objects (str, bytes, int up to bignums, float, bool, tuple/list,
# Tcl_Obj wrappers), splitlist, getint/getdouble/getboolean, the expr methods, _flatten.
import _tkinter
import tkinter

print(_tkinter.TCL_VERSION, _tkinter.TK_VERSION, tkinter.TclVersion)
for name in ("READABLE", "WRITABLE", "EXCEPTION", "WINDOW_EVENTS", "FILE_EVENTS",
             "TIMER_EVENTS", "IDLE_EVENTS", "ALL_EVENTS", "DONT_WAIT"):
    print(name, getattr(_tkinter, name))
print(_tkinter.TclError.__module__, issubclass(_tkinter.TclError, Exception))
print(_tkinter.TkappType, _tkinter.Tcl_Obj, _tkinter.TkttType)
print(_tkinter.getbusywaitinterval())
_tkinter.setbusywaitinterval(5)
print(_tkinter.getbusywaitinterval())
_tkinter.setbusywaitinterval(20)

tcl = tkinter.Tcl()
tk = tcl.tk
print(type(tk).__name__, tk.wantobjects())
print(tk.call("info", "patchlevel").startswith("8.6"))

# eval returns strings; call returns objects
print(repr(tk.eval("set a {x y z}")), repr(tk.eval("expr {1 + 2}")))
print(repr(tk.call("expr", "1 + 2")), repr(tk.call("expr", "1.5 * 2")))
print(repr(tk.call("expr", "1 < 2")), repr(tk.call("string", "is", "true", "yes")))
print(repr(tk.call("expr", "2**100")), repr(tk.call("expr", "-2**70")))
print(repr(tk.call("expr", "wide(1) << 62")))
for v in (0, 1, -1, 2**31, 2**63 - 1, 2**63, -2**63 - 1, 2**100, -2**200, True, False,
          1.5, -0.0, 1e300, "", "abc", "caf\xe9", "\u20ac", "a b", "{", b"", b"\x00\xff",
          (), (1, "a b", (2, 3)), [1, [2.5, "x"]]):
    r = tk.call("set", "v", v)
    print(repr(v), "->", repr(r), type(r).__name__)
print(repr(tk.call("list", 1, 2.5, b"x", "y", (1, 2), None, "after none")))
print(repr(tk.call(("list", "a", "b"))))
print(repr(tk.call("string", "length", "caf\xe9")), repr(tk.call("string", "bytelength", "caf\xe9")))
print(ascii(tk.call("format", "%c%c", 0x41, 0xe9)))
print(ascii(tk.eval("set z [format %c 0]z")), ascii(tk.call("set", "z")))

# values Tcl has no Python form for come back as Tcl_Obj
o = tk.call("string", "index", "abc", "end")
print(repr(o), type(o).__name__)
o = tk.call("lindex", [tk.call("encoding", "system")], 0)
print(type(o).__name__)
idx = tk.call("lrange", "a b c", 0, 0)
print(repr(idx))
w = tk.call("return", "-level", "0", "end-1")
print(repr(w), type(w).__name__)
i = tk.call("interp", "create")
print(repr(i))
tk.call("interp", "delete", i)
t1 = tk.call("info", "level")
print(repr(t1))

# a Tcl_Obj: typename, string, str, comparisons
ver = tk.call("package", "require", "Tcl")
print(type(ver).__name__, ver)
obj = tk.call("lindex", "{1 2} 3", 0)
print(repr(obj), type(obj).__name__)
lst = tk.call("list", "a", "b")
print(type(lst).__name__, lst)

# splitlist
print(tk.splitlist("a {b c} d"), tk.splitlist(""), tk.splitlist(b"x y"))
print(tk.splitlist(("p", "q")), tk.splitlist(["r"]))
print(tk.splitlist(tk.call("list", 1, "two", 3.0)))
for bad in ("{", 1):
    try:
        tk.splitlist(bad)
    except (TypeError, _tkinter.TclError) as e:
        print(type(e).__name__, e)

# getint / getdouble / getboolean
print(tk.getint("42"), tk.getint(" 0x10 "), tk.getint("-7"), tk.getint(10), tk.getint(str(2**80)))
print(tk.getdouble("1e3"), tk.getdouble(2), tk.getdouble(2.5), tk.getdouble(" 7 "))
print(tk.getboolean("on"), tk.getboolean("no"), tk.getboolean(1), tk.getboolean(0), tk.getboolean("1"))
for f, arg in ((tk.getint, "1.5"), (tk.getint, "x"), (tk.getdouble, "x"), (tk.getboolean, "maybe"),
               (tk.getint, 1.5), (tk.getdouble, []), (tk.getboolean, None), (tk.getint, "a\0b")):
    try:
        f(arg)
    except (TypeError, ValueError, _tkinter.TclError) as e:
        print(type(e).__name__, e)

# the expr methods
print(repr(tk.exprstring("1+2")), repr(tk.exprlong("7/2")), repr(tk.exprdouble("7/2.0")))
print(repr(tk.exprboolean("3 > 2")), repr(tk.exprboolean("0")))
for f, s in ((tk.exprlong, "2**70"), (tk.exprstring, "1/0"), (tk.exprdouble, "abc")):
    try:
        f(s)
    except _tkinter.TclError as e:
        print("TclError", e)

# wantobjects off: results are strings
plain = _tkinter.create(None, "", "Tk", False, False, False, False, None)
print(repr(plain.call("list", 1, 2)), repr(plain.call("expr", "1")), plain.wantobjects())
plain.wantobjects(True)
print(repr(plain.call("expr", "1")), plain.wantobjects())

# _flatten
print(_tkinter._flatten((1, [2, (3, None)], 4)), _tkinter._flatten([]), _tkinter._flatten(()))
for bad in (True, {}, "string", {"set"}):
    try:
        _tkinter._flatten(bad)
    except TypeError as e:
        print("TypeError", e)
