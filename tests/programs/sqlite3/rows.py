# sqlite3 row factories: sqlite3.Row (by index, by case-insensitive name, slices, keys, equality, hashing),
# a dict factory on the connection and on one cursor, a namedtuple-like factory, cursor subclasses
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table t(id integer, Name text, score real)")
con.executemany("insert into t values (?, ?, ?)", [(1, "a", 1.5), (2, "b", 2.5)])
con.row_factory = sqlite3.Row
r = con.execute("select * from t order by id").fetchone()
print(type(r).__name__, len(r), r[0], r["name"], r["NAME"], r["Score"], r[-1], r[1:], tuple(r), r.keys())
for bad in ["nope", 5, 1.5]:
    try:
        r[bad]
    except (IndexError, KeyError) as e:
        print(type(e).__name__, e)
r2 = con.execute("select * from t order by id").fetchone()
print(r == r2, r != r2, hash(r) == hash(r2), r == tuple(r))
print(isinstance(r, sqlite3.Row), sqlite3.Row.__module__)
import collections.abc
print(isinstance(r, collections.abc.Sequence))
print([dict(row) for row in con.execute("select id, name from t")])

def dict_factory(cursor, row):
    return {d[0]: v for d, v in zip(cursor.description, row)}
con.row_factory = dict_factory
print(con.execute("select * from t order by id").fetchall())

con.row_factory = None
cur = con.cursor()
cur.row_factory = lambda c, row: "|".join(map(str, row))
print(cur.execute("select * from t").fetchall())
print(con.execute("select id from t").fetchall())

class MyCursor(sqlite3.Cursor):
    def first(self):
        return self.fetchone()
c = con.cursor(MyCursor)
print(type(c).__name__, c.execute("select name from t order by id").first())
try:
    con.cursor(lambda cx: 42)
except TypeError as e:
    print("TypeError:", e)

class MyRow(sqlite3.Row):
    def total(self):
        return self["id"] + self["score"]
con.row_factory = MyRow
print([row.total() for row in con.execute("select * from t order by id")])
try:
    sqlite3.Row(1, ())
except TypeError as e:
    print("TypeError:", e)
