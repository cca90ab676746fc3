# More Tcl values through _tkinter: dicts and other Tcl_Obj wrappers, byte arrays,
# doubles, bignums from expr, booleans, objects converted through str().
import tkinter, _tkinter
tk = tkinter.Tcl().tk
for cmd in (("dict", "create", "a", 1), ("binary", "format", "a*", "xy"), ("expr", "double(1)"),
            ("expr", "entier(1e20)"), ("clock", "format", "0", "-gmt", "1", "-format", "%Y"),
            ("string", "repeat", "ab", 3), ("lreplace", [1, 2, 3], 0, 0), ("encoding", "convertto", "utf-8", "\xe9"),
            ("expr", "isqrt(10**40)"), ("expr", "-0x7fffffffffffffff - 1"), ("expr", "inf"),
            ("expr", "1 == 1.0"), ("lindex", [True, False], 0), ("string", "toupper", "\u0101"),
            ("format", "%s", b"\x80abc"), ("list", bytearray(b"ab")), ("list", 1+2j), ("list", {1: 2}),
            ("set", "x", "\U0001F600")):
    try:
        r = tk.call(*cmd)
        print(cmd[0], repr(r), type(r).__name__, getattr(r, "typename", ""))
    except Exception as e:
        print(cmd[0], type(e).__name__, e)
d = tk.call("dict", "create", "a", 1)
print(tk.splitlist(d), str(d), d.string, d == tk.call("dict", "create", "a", 1), d != d, d < tk.call("dict", "create", "b", 1))
try:
    hash(d)
except TypeError as e:
    print(e)
print(tk.getint(tk.call("expr", "2**70")), tk.getint(tk.call("lindex", "7", 0)))
