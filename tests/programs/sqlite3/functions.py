# sqlite3 callbacks into Python: create_function (arities, deterministic, return types, errors),
# create_aggregate, create_window_function, create_collation, set_authorizer, set_progress_handler,
# set_trace_callback, enable_callback_tracebacks with sys.unraisablehook
import sqlite3, sys

con = sqlite3.connect(":memory:")
con.create_function("plus", 2, lambda a, b: a + b)
con.create_function("nargs", -1, lambda *a: len(a), deterministic=True)
con.create_function("kind", 1, lambda v: type(v).__name__)
print(con.execute("select plus(1, 2), plus(1.5, 2), plus('a', 'b'), nargs(), nargs(1, 2, 3)").fetchone())
print(con.execute("select kind(1), kind(1.0), kind('s'), kind(x'00'), kind(null)").fetchone())
con.create_function("ret", 1, lambda v: [None, 1, 2.5, "s", b"b", bytearray(b"ba")][v])
print(con.execute("select ret(0), ret(1), ret(2), ret(3), ret(4), ret(5)").fetchone())

def boom(x):
    raise ValueError("boom %s" % x)
con.create_function("boom", 1, boom)
con.create_function("badret", 0, lambda: object())
con.create_function("huge", 0, lambda: 2 ** 100)
for sql in ["select boom(1)", "select badret()", "select huge()", "select plus(1)"]:
    try:
        con.execute(sql).fetchone()
    except sqlite3.Error as e:
        print(type(e).__name__, e)

def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, u.err_msg, getattr(u.object, "__name__", u.object))
sys.unraisablehook = hook
sqlite3.enable_callback_tracebacks(True)
try:
    con.execute("select boom(2)")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
sqlite3.enable_callback_tracebacks(False)
sys.unraisablehook = sys.__unraisablehook__

class Avg:
    def __init__(self):
        self.n, self.s = 0, 0
    def step(self, v):
        if v is not None:
            self.n += 1
            self.s += v
    def finalize(self):
        return self.s / self.n if self.n else None
con.create_aggregate("myavg", 1, Avg)
con.execute("create table nums(g, v)")
con.executemany("insert into nums values (?, ?)", [("a", 1), ("a", 4), ("b", 10), ("b", None), ("c", None)])
print(con.execute("select g, myavg(v) from nums group by g order by g").fetchall())
print(con.execute("select myavg(v) from nums where 0").fetchone())

class BadStep:
    def step(self, v):
        raise RuntimeError("step failed")
    def finalize(self):
        return 0
class BadInit:
    def __init__(self):
        raise RuntimeError("init failed")
class NoFinalize:
    def step(self, v):
        pass
con.create_aggregate("badstep", 1, BadStep)
con.create_aggregate("badinit", 1, BadInit)
con.create_aggregate("nofinal", 1, NoFinalize)
for name in ["badstep", "badinit", "nofinal"]:
    try:
        print(name, con.execute("select %s(v) from nums" % name).fetchone())
    except sqlite3.OperationalError as e:
        print(name, "OperationalError:", e)

class WinSum:
    def __init__(self):
        self.total = 0
    def step(self, v):
        self.total += v
    def inverse(self, v):
        self.total -= v
    def value(self):
        return self.total
    def finalize(self):
        return self.total
con.create_window_function("winsum", 1, WinSum)
con.execute("create table w(x, y)")
con.executemany("insert into w values (?, ?)", [("a", 4), ("b", 5), ("c", 3), ("d", 8), ("e", 1)])
print(con.execute("""select x, winsum(y) over (order by x rows between 1 preceding and 1 following)
                     from w order by x""").fetchall())

con.create_collation("reverse", lambda a, b: (a < b) - (a > b))
print(con.execute("select x from w order by x collate reverse").fetchall())
con.create_collation("reverse", None)
try:
    con.execute("select x from w order by x collate reverse")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
try:
    con.create_collation("x", 42)
except TypeError as e:
    print("TypeError:", e)

def authorizer(action, arg1, arg2, dbname, source):
    if action == sqlite3.SQLITE_READ and arg2 == "y":
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_READ and arg2 == "x" and arg1 == "w":
        return sqlite3.SQLITE_IGNORE
    return sqlite3.SQLITE_OK
con.set_authorizer(authorizer)
print(con.execute("select x from w limit 2").fetchall())
try:
    con.execute("select y from w")
except sqlite3.DatabaseError as e:
    print(type(e).__name__, e)
con.set_authorizer(None)
print(con.execute("select y from w order by y limit 2").fetchall())

calls = []
def progress():
    calls.append(1)
    return 0
con.set_progress_handler(progress, 1)
con.execute("select count(*) from w, w as w2").fetchone()
print("progress called:", len(calls) > 0)
con.set_progress_handler(lambda: 1, 1)
try:
    con.execute("select count(*) from w, w as w2, w as w3").fetchone()
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
con.set_progress_handler(None, 1)

traced = []
con.set_trace_callback(traced.append)
con.execute("select ? + ?", (1, 2)).fetchone()
con.execute("insert into w values ('z', 0)")
con.set_trace_callback(None)
con.execute("select 1")
print(traced)
