# spwd (deprecated in 3.12): entries checked against /etc/shadow as this program parses it,
# the struct_spwd type, and the errors.
import os, warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    import spwd
print([str(x.message) for x in w], [x.category.__name__ for x in w])
print(sorted(n for n in dir(spwd) if not n.startswith("__")))
t = spwd.struct_spwd
print(t.__module__, t.__name__, t.n_fields, t.n_sequence_fields, t.n_unnamed_fields)
print(t.__doc__)

def parse():
    out = []
    with open("/etc/shadow", "rb") as f:
        for line in f.read().split(b"\n"):
            if not line or line.startswith(b"#"):
                continue
            p = line.split(b":")
            if len(p) < 9:
                continue
            nums = [int(x) if x.isdigit() else -1 for x in p[2:9]]
            out.append((p[0].decode(), p[1].decode(), *nums))
    return out

readable = os.access("/etc/shadow", os.R_OK)
if readable:
    mine = parse()
    theirs = [tuple(e) for e in spwd.getspall()]
    print("getspall matches the file:", theirs == mine, len(theirs) > 0)
    e = spwd.getspnam(mine[0][0])
    print("getspnam matches:", tuple(e) == mine[0], e.sp_nam == e.sp_namp, e.sp_pwd == e.sp_pwdp)
    print(len(e), type(e.sp_lstchg).__name__, e[0] == e.sp_namp)
else:
    print("not readable: getspall() is", spwd.getspall())
for bad in ("no such user here", 5, "a\0b"):
    try:
        spwd.getspnam(bad)
    except (KeyError, TypeError, ValueError, PermissionError) as x:
        print(type(x).__name__, x)
for call in (lambda: spwd.getspnam(), lambda: spwd.getspnam("a", "b"), lambda: spwd.getspall(1)):
    try:
        call()
    except TypeError as x:
        print("TypeError", x)
