# sqlite3 and threads: a connection waiting on another's lock releases the GIL (busy timeout), so the holder's
# thread can commit; user functions called on several threads; check_same_thread=False sharing
import sqlite3, threading, time, tempfile, os
td = tempfile.TemporaryDirectory()
d = td.name
p = os.path.join(d, "x.db")
a = sqlite3.connect(p, isolation_level=None, check_same_thread=False)
a.execute("create table t(x)")
a.execute("begin immediate")
a.execute("insert into t values (1)")
res = []
def writer():
    b = sqlite3.connect(p, timeout=5)
    t0 = time.time()
    b.execute("insert into t values (2)")
    b.commit()
    res.append(round(time.time() - t0, 1) < 3)
    b.close()
th = threading.Thread(target=writer)
th.start()
time.sleep(0.3)
a.execute("commit")
th.join()
print(res, a.execute("select count(*) from t").fetchone())
def f(x):
    return x + 1
a.create_function("f", 1, f)
out = []
def user():
    c = sqlite3.connect(":memory:")
    c.create_function("g", 1, lambda v: v * 2)
    out.append(c.execute("select g(21)").fetchone())
ts = [threading.Thread(target=user) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(out, a.execute("select f(1)").fetchone())
a.close()
td.cleanup()
