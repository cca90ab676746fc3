# sqlite3 errors: the exception hierarchy, sqlite_errorcode/sqlite_errorname, constraint errors, bindings,
# multiple statements, closed objects, wrong argument types, limits, recursive cursor use, threads
import sqlite3, threading

print([c.__name__ for c in sqlite3.OperationalError.__mro__])
print(sqlite3.Warning.__mro__[1].__name__, sqlite3.Error.__module__)
con = sqlite3.connect(":memory:")
print(con.Error is sqlite3.Error, con.IntegrityError is sqlite3.IntegrityError)
con.execute("create table t(id integer primary key, v text not null unique)")
con.execute("insert into t values (1, 'a')")

def attempt(fn, *args, **kw):
    try:
        r = fn(*args, **kw)
        print("ok", r)
    except Exception as e:
        code = getattr(e, "sqlite_errorcode", None)
        name = getattr(e, "sqlite_errorname", None)
        print(type(e).__name__ + ":", e, *(x for x in (code, name) if x is not None))

attempt(con.execute, "insert into t values (1, 'b')")
attempt(con.execute, "insert into t values (2, 'a')")
attempt(con.execute, "insert into t values (3, null)")
attempt(con.execute, "selec 1")
attempt(con.execute, "select * from missing")
attempt(con.execute, "select 1; select 2")
attempt(con.execute, "select ?", (1, 2))
attempt(con.execute, "select ?")
attempt(con.execute, "select :x", {"y": 1})
attempt(con.execute, "select ?", {"x": 1})
attempt(con.execute, "select ?", 42)
attempt(con.execute, b"select 1")
attempt(con.execute, "select 1\x00")
attempt(con.executemany, "select ?", [(1,)])
attempt(con.execute, "select ?", (object(),))
attempt(sqlite3.connect, ":memory:", isolation_level="BOGUS")
attempt(con.setlimit, 1000, 1)
attempt(con.getlimit, sqlite3.SQLITE_LIMIT_SQL_LENGTH)
old = con.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, 10)
attempt(con.execute, "select 1, 2, 3, 4, 5")
con.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, old)
attempt(con.create_function, "f", "x", len)
attempt(con.cursor().fetchone)

cur = con.cursor()
con.create_function("recurse", 0, lambda: cur.execute("select 1").fetchone()[0])
attempt(cur.execute, "select recurse()")

class Sub(sqlite3.Connection):
    def __init__(self, *a, **k):
        pass
s = Sub(":memory:")
attempt(s.execute, "select 1")
attempt(s.close)
print(sqlite3.connect(":memory:", factory=Sub).__class__.__name__)

result = []
def worker():
    try:
        con.execute("select 1")
    except sqlite3.ProgrammingError as e:
        result.append(str(e).split(".")[0])
t = threading.Thread(target=worker)
t.start()
t.join()
print(result)
shared = sqlite3.connect(":memory:", check_same_thread=False)
t = threading.Thread(target=lambda: result.append(shared.execute("select 42").fetchone()))
t.start()
t.join()
print(result)
con.close()
attempt(con.execute, "select 1")
attempt(lambda: con.total_changes)
