# sqlite3 basics over _sqlite3: connect, execute/executemany/executescript, fetchone/fetchmany/fetchall,
# iteration, description, rowcount, lastrowid, arraysize, statement cache reuse, iterdump, complete_statement
import sqlite3

con = sqlite3.connect(":memory:")
print(type(con).__name__, type(con.cursor()).__name__, sqlite3.apilevel, sqlite3.paramstyle)
print(sqlite3.sqlite_version_info >= (3, 7, 15), sqlite3.threadsafety in (0, 1, 3))
cur = con.cursor()
print(cur.description, cur.rowcount, cur.lastrowid, cur.arraysize)
cur.execute("create table people(id integer primary key, name text, age integer)")
print("create:", cur.description, cur.rowcount, cur.lastrowid)
cur.execute("insert into people(name, age) values (?, ?)", ("ann", 31))
print("insert:", cur.rowcount, cur.lastrowid)
cur.executemany("insert into people(name, age) values (?, ?)", [("bob", 25), ("cy", 42), ("dee", 19)])
print("executemany:", cur.rowcount, cur.lastrowid)
cur.executemany("insert into people(name, age) values (:n, :a)", iter([{"n": "eve", "a": 50}, {"n": "fay", "a": 28}]))
print("named executemany:", cur.rowcount)
cur.execute("select id, name, age from people order by id")
print([d[0] for d in cur.description])
print(cur.fetchone())
print(cur.fetchmany(2))
cur.arraysize = 2
print(cur.fetchmany())
print(cur.fetchall())
print(cur.fetchone(), cur.fetchall())
for row in con.execute("select name from people where age > ? order by name", (27,)):
    print("row", row)
cur.execute("update people set age = age + 1 where age < 30")
print("update rowcount:", cur.rowcount)
cur.execute("delete from people where name = 'fay'")
print("delete rowcount:", cur.rowcount)
print("select rowcount:", con.execute("select * from people").rowcount)
print(con.execute("select count(*), sum(age), avg(age), max(name) from people").fetchone())
print(con.execute("select ?, ?, ?, ?, ?", (1, 2.5, "x", None, b"yz")).fetchone())
print(con.execute("select :a || :b", {"a": "foo", "b": "bar"}).fetchone())
print(con.execute("select 1 as one, 'two' as \"second col\"").description)

cur.executescript("""
    create table kv(k text primary key, v);
    insert into kv values ('a', 1);
    insert into kv values ('b', 2);
    -- a comment
    insert into kv values ('c', 3);
""")
print(con.execute("select * from kv order by k").fetchall())
print(con.execute("-- only a comment").fetchall(), con.execute("").description)

# the same SQL text again (statement cache), and a second cursor over a busy statement
sql = "select k from kv order by k"
c1 = con.execute(sql)
c2 = con.execute(sql)
print(c1.fetchone(), c2.fetchone(), c1.fetchone(), c2.fetchall(), c1.fetchall())

# iterdump
for line in con.iterdump():
    print("dump:", line)

for s in ["select 1", "select 1;", "select 'a;", "create table t(a); -- x", ""]:
    print(repr(s), sqlite3.complete_statement(s))

cur.close()
try:
    cur.execute("select 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
con.close()
try:
    con.execute("select 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
con.close()
print("done")
