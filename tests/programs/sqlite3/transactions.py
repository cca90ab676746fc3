# sqlite3 transactions on a file database in a temporary directory: legacy isolation levels (implicit BEGIN
# before DML), commit/rollback, in_transaction, isolation_level None, context manager, 3.12 autocommit
# attribute, two connections and "database is locked", total_changes
import sqlite3, os, tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "test.db")
    con = sqlite3.connect(path, timeout=0.1)
    print(con.isolation_level, con.in_transaction, con.autocommit == sqlite3.LEGACY_TRANSACTION_CONTROL)
    con.execute("create table t(x)")
    print("after create:", con.in_transaction)
    con.execute("insert into t values (1)")
    print("after insert:", con.in_transaction)
    other = sqlite3.connect(path, timeout=0.1)
    print("other sees:", other.execute("select count(*) from t").fetchone())
    try:
        other.execute("insert into t values (2)")
    except sqlite3.OperationalError as e:
        print("OperationalError:", e, e.sqlite_errorname)
    con.commit()
    print("after commit:", con.in_transaction, other.execute("select count(*) from t").fetchone())
    other.rollback()
    con.execute("insert into t values (3)")
    con.rollback()
    print("after rollback:", con.execute("select x from t").fetchall())

    with con:
        con.execute("insert into t values (4)")
    print("after with:", con.execute("select x from t").fetchall(), con.in_transaction)
    try:
        with con:
            con.execute("insert into t values (5)")
            raise KeyError("abort")
    except KeyError:
        pass
    print("after failed with:", con.execute("select x from t").fetchall())

    con.isolation_level = "IMMEDIATE"
    con.execute("insert into t values (6)")
    print(con.isolation_level, con.in_transaction)
    con.isolation_level = None
    print("None commits:", con.in_transaction, other.execute("select count(*) from t").fetchone())
    con.execute("begin")
    con.execute("insert into t values (7)")
    con.execute("rollback")
    print(con.execute("select x from t").fetchall())
    for bad in ["SERIALIZABLE", 5]:
        try:
            con.isolation_level = bad
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)

    ac = sqlite3.connect(path, autocommit=False)
    print("autocommit False:", ac.autocommit, ac.in_transaction)
    ac.execute("insert into t values (8)")
    ac.rollback()
    print(ac.in_transaction, ac.execute("select count(*) from t").fetchone())
    ac.autocommit = True
    print("autocommit True:", ac.autocommit, ac.in_transaction)
    ac.execute("insert into t values (9)")
    print(other.execute("select count(*) from t").fetchone())
    try:
        ac.autocommit = "yes"
    except ValueError as e:
        print("ValueError:", e)
    print("total_changes:", con.total_changes, ac.total_changes)
    for c in (con, other, ac):
        c.close()
print("done")
