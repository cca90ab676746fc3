# csv over _csv: reader/writer in every quoting mode, dialects, errors of Modules/_csv.c, DictReader/DictWriter, Sniffer
import csv, io, _csv

def rd(text, **kw):
    try:
        r = csv.reader(io.StringIO(text, newline=''), **kw)
        return [row for row in r]
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

def rdlines(lines, **kw):
    try:
        return list(csv.reader(lines, **kw))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

def wr(rows, **kw):
    out = io.StringIO()
    try:
        w = csv.writer(out, **kw)
        for r in rows:
            w.writerow(r)
        return repr(out.getvalue())
    except Exception as e:
        return '%s: %s (so far %r)' % (type(e).__name__, e, out.getvalue())

texts = ['a,b,c\r\n1,2,3\r\n', 'a,"b,c",d\n', '"a""b",c\n', '"multi\nline",x\n', 'x,\n,\n', '\n\n', 'a, b, c\n',
         '"unterminated\n', 'a"b,c\n', '"a"b,c\n', ' "q",x\n', 'a\\,b,c\n', '"a\\"b",c\n', '1,2.5,abc,"4"\n', 'e\\\nf,g\n',
         'a;b;c\n', 'a\tb\n', '"",x,""\n', 'a,b\rc,d\r', 'a\r\n\r\nb\n', '', ',', '"', '"a\n\nb"\n']
settings = [{}, dict(skipinitialspace=True), dict(escapechar='\\'), dict(quoting=csv.QUOTE_NONE, escapechar='\\'),
            dict(doublequote=False, escapechar='\\'), dict(strict=True), dict(quoting=csv.QUOTE_NONNUMERIC),
            dict(delimiter=';'), dict(quotechar="'"), dict(quoting=csv.QUOTE_STRINGS), dict(quoting=csv.QUOTE_NOTNULL)]
for s in settings:
    print('== reader', s)
    for t in texts:
        print('  ', repr(t), rd(t, **s))
print(rdlines(['a,b', 'c\nd', 'e']), rdlines(['"a', 'b"']), rdlines([b'a,b']), rdlines([1]), rdlines(['a\0b,c']))
r = csv.reader(['a,b\n', '"c\n', 'd"\n', 'e\n'])
for row in r:
    print(r.line_num, row)

rows = [['a', 'b'], [1, 2.5, None, True], ['with,comma', 'with "quote"', 'new\nline', 'cr\rx', ''], [''], [],
        [None], ['x y', ' lead', 'tab\t'], ['esc\\ape', "it's"], (x for x in 'ab'), 'str', [3 + 4j, -0.0, 10**20]]
wsettings = [{}, dict(quoting=csv.QUOTE_ALL), dict(quoting=csv.QUOTE_NONNUMERIC), dict(quoting=csv.QUOTE_NONE),
             dict(quoting=csv.QUOTE_NONE, escapechar='\\'), dict(escapechar='\\'), dict(doublequote=False),
             dict(doublequote=False, escapechar='\\'), dict(quoting=csv.QUOTE_STRINGS), dict(quoting=csv.QUOTE_NOTNULL),
             dict(delimiter='\t', lineterminator='\n'), dict(quotechar="'", lineterminator='!'), dict(delimiter=' '),
             dict(delimiter=' ', skipinitialspace=True), dict(quotechar=None, escapechar='\\')]
for s in wsettings:
    print('== writer', s)
    for row in rows:
        print('  ', wr([row], **s))
print(wr([1]), wr([[1], 2]))
out = io.StringIO()
w = csv.writer(out)
print(w.writerows([[1], [2, 3]]), repr(out.getvalue()), w.dialect.delimiter)

def dialect(**kw):
    try:
        d = _csv.Dialect(**kw)
        return (d.delimiter, d.doublequote, d.escapechar, d.lineterminator, d.quotechar, d.quoting, d.skipinitialspace, d.strict)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
for kw in [{}, dict(delimiter=''), dict(delimiter='ab'), dict(delimiter=1), dict(delimiter=None), dict(quotechar=''),
           dict(quotechar=None), dict(quotechar=1), dict(escapechar=''), dict(escapechar=1), dict(quoting=7),
           dict(quoting=1.0), dict(quoting=True), dict(quotechar=None, quoting=0), dict(lineterminator=None),
           dict(lineterminator=1), dict(lineterminator=''), dict(doublequote=0), dict(strict=[1]), dict(quoting=2**40),
           dict(bogus=1), dict(quoting=csv.QUOTE_NONE, quotechar=None), dict(delimiter='\U0001f600')]:
    print('dialect', kw, dialect(**kw))
for bad in [lambda: _csv.Dialect(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), lambda: _csv.Dialect('nope'),
            lambda: _csv.field_size_limit('x'), lambda: _csv.field_size_limit(2**70), lambda: _csv.field_size_limit(1, 2),
            lambda: csv.reader(), lambda: csv.reader(1), lambda: csv.reader([], 'nope'), lambda: csv.reader([], 1, 2),
            lambda: csv.writer(), lambda: csv.writer(1), lambda: csv.register_dialect(1), lambda: csv.register_dialect(),
            lambda: csv.get_dialect('zz'), lambda: csv.unregister_dialect('zz'), lambda: csv.writer(io.StringIO()).writerow(1),
            lambda: csv.writer(io.StringIO()).writerows(1), lambda: type(csv.reader([]))(),
            lambda: __import__('pickle').dumps(_csv.Dialect())]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
d = _csv.Dialect(delimiter=';')
print(_csv.Dialect(d) is d, type(_csv.Dialect(d, delimiter=',')).__name__, _csv.Error.__module__, _csv.__version__)
class D(_csv.Dialect):
    pass
print(type(D(delimiter=':')).__name__, D(delimiter=':').delimiter, isinstance(D(), _csv.Dialect))
print(sorted(csv.list_dialects()))
csv.register_dialect('semi', delimiter=';', quoting=csv.QUOTE_ALL)
print(csv.get_dialect('semi').delimiter, rd('a;b\n', dialect='semi'), wr([['x', 1]], dialect='semi'))
csv.register_dialect('semi2', 'semi', delimiter='|')
print(wr([['x', 1]], dialect='semi2'), wr([['x', 1]], dialect=csv.excel_tab))
csv.unregister_dialect('semi')
csv.unregister_dialect('semi2')
print(sorted(csv.list_dialects()))
print(csv.field_size_limit(), csv.field_size_limit(5), csv.field_size_limit())
print(rd('abcdef,g\n'), rd('"abcdef"\n'), rd('abcde\n'))
csv.field_size_limit(131072)

class MyDialect(csv.Dialect):
    delimiter = '|'
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
print(wr([['a|b', 'c']], dialect=MyDialect), rd('a|"b|c"\n', dialect=MyDialect))
class Broken(csv.Dialect):
    delimiter = ','
try:
    Broken()
except Exception as e:
    print(type(e).__name__, e)

f = io.StringIO('name,age\r\nann,30\r\nbob,41,extra\r\ncy\r\n')
dr = csv.DictReader(f, restkey='more', restval='?')
print(dr.fieldnames, [dict(r) for r in dr], dr.line_num)
out = io.StringIO()
dw = csv.DictWriter(out, ['name', 'age'], restval='-', extrasaction='ignore')
dw.writeheader()
dw.writerows([{'name': 'ann', 'age': 30}, {'name': 'bob', 'x': 1}])
print(repr(out.getvalue()))
try:
    csv.DictWriter(io.StringIO(), ['a']).writerow({'a': 1, 'b': 2})
except ValueError as e:
    print('ValueError', e)

sample = 'name;age;city\r\nann;30;"New York"\r\nbob;41;Paris\r\n'
sn = csv.Sniffer()
dia = sn.sniff(sample)
print(repr(dia.delimiter), repr(dia.quotechar), dia.doublequote, dia.skipinitialspace, repr(dia.lineterminator), dia.quoting)
print(sn.has_header(sample), sn.has_header('1,2\r\n3,4\r\n'))
print(repr(sn.sniff('a,b,c\n1,2,3\n4,5,6\n').delimiter), repr(sn.sniff("'a'|'b'\n'c'|'d'\n").quotechar))
try:
    sn.sniff('')
except csv.Error as e:
    print('Error', e)
