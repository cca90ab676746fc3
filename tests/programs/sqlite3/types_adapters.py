# sqlite3 types: storage classes, big ints, text_factory, adapters (register_adapter, __conform__, adapt),
# converters with PARSE_DECLTYPES and PARSE_COLNAMES, blobs (bytes, bytearray, memoryview), Blob objects
import sqlite3

con = sqlite3.connect(":memory:")
print(con.execute("select 1, -1, 9223372036854775807, -9223372036854775808").fetchone())
try:
    con.execute("select ?", (2 ** 63,))
except OverflowError as e:
    print("OverflowError:", e)
print(con.execute("select 1.5, 1e300, -0.0, 3.0").fetchone())
print(con.execute("select 'héllo wörld ✓', '', ?", ("a\x00b",)).fetchone())
print(con.execute("select ?, ?, ?", (b"\x00\xff", bytearray(b"ba"), memoryview(b"mv"))).fetchone())
print(con.execute("select typeof(?), typeof(?), typeof(?), typeof(?), typeof(?)",
                  (1, 1.0, "s", b"b", None)).fetchone())
print(con.execute("select ?, ?", (True, False)).fetchone())

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

try:
    con.execute("select ?", (Point(1, 2),))
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)

sqlite3.register_adapter(Point, lambda p: "%s;%s" % (p.x, p.y))
sqlite3.register_converter("point", lambda b: Point(*map(float, b.split(b";"))))
print(con.execute("select ?", (Point(1, 2),)).fetchone())

class Conforming:
    def __conform__(self, protocol):
        if protocol is sqlite3.PrepareProtocol:
            return "conformed"
print(con.execute("select ?", (Conforming(),)).fetchone())
print(sqlite3.adapt(Point(3, 4)), sqlite3.adapt(5, sqlite3.PrepareProtocol, "alt"))
try:
    sqlite3.adapt(object())
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)

dcon = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
dcon.execute("create table t(p point, n number(10), q)")
dcon.execute("insert into t values (?, ?, ?)", (Point(5, 6), 7, Point(8, 9)))
print(dcon.execute("select p, n, q from t").fetchone())
cur = dcon.execute('select q as "q [point]", p as "p [unknown]" from t')
print(cur.fetchone(), [d[0] for d in cur.description])
sqlite3.register_converter("NUMBER", lambda b: "number:" + b.decode())
print(dcon.execute("select n from t").fetchone())
print(sorted(k for k in sqlite3.converters if k in ("POINT", "NUMBER")))
print(dcon.execute("select null as \"x [point]\"").fetchone())

con.execute("create table tf(s text)")
con.execute("insert into tf values ('abc'), ('ümlaut')")
con.text_factory = bytes
print(con.execute("select s from tf").fetchall())
con.text_factory = bytearray
print(con.execute("select s from tf").fetchall())
con.text_factory = lambda b: b.decode().upper()
print(con.execute("select s from tf").fetchall())
con.text_factory = str

con.execute("create table blobs(b blob)")
con.execute("insert into blobs values (zeroblob(10))")
with con.blobopen("blobs", "b", 1) as blob:
    print(len(blob), blob.tell())
    blob.write(b"hello")
    print(blob.tell(), blob[0], blob[-1], blob[1:4])
    blob.seek(0)
    print(blob.read(3), blob.read())
    blob[5:10] = b"world"
    blob[0] = ord("H")
    blob.seek(-5, 2)
    print(blob.read())
    try:
        blob.write(b"x")
    except ValueError as e:
        print("ValueError:", e)
print(con.execute("select b from blobs").fetchone())
try:
    blob.read()
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
