# _locale and locale in the C and C.UTF-8 locales: setlocale, localeconv, nl_langinfo, strcoll/strxfrm, gettext, errors
import _locale as L
import locale

print(L.Error.__module__, L.Error.__mro__[1].__name__, locale.Error is L.Error, L.CHAR_MAX, L.LC_ALL, L.LC_CTYPE)
for name in ('C', 'POSIX', 'C.UTF-8', 'C.utf8'):
    print(repr(name), L.setlocale(L.LC_ALL, name), L.setlocale(L.LC_CTYPE), L.setlocale(L.LC_ALL), L.getencoding(),
          L.nl_langinfo(L.CODESET))
L.setlocale(L.LC_ALL, 'C')
print(L.setlocale(L.LC_TIME, 'C.UTF-8'))
print(L.setlocale(L.LC_ALL))
print(L.setlocale(L.LC_ALL, 'C'), L.setlocale(L.LC_ALL, None))
print(sorted(L.localeconv().items()))
keys = sorted(n for n in dir(L) if n.isupper() and n not in ('CHAR_MAX',) and not n.startswith('LC_')) + ['_DATE_FMT']
for k in keys:
    print(k, getattr(L, k), repr(L.nl_langinfo(getattr(L, k))))
print(L.strcoll('a', 'c'), L.strcoll('c', 'a'), L.strcoll('abc', 'abc'), L.strcoll('a', 'ab'), L.strcoll('\xe9', 'f'),
      L.strcoll('\U0001f600', '\uffff'), repr(L.strxfrm('abc\xe9')))
print(sorted(['b', 'A', 'a', '\xe9', 'B'], key=locale.strxfrm))
print(L.gettext('x'), L.dgettext(None, 'y'), L.dcgettext('d', 'z', L.LC_MESSAGES), L.textdomain(None), L.textdomain('foo'),
      L.textdomain(None))
print(L.bindtextdomain('foo', None), L.bindtextdomain('foo', '/tmp'), L.bindtextdomain('foo', None),
      L.bind_textdomain_codeset('foo', None), L.bind_textdomain_codeset('foo', 'UTF-8'), L.bind_textdomain_codeset('foo', None))
for bad in [(99,), (99, 'C'), (L.LC_ALL, 'xx_YY'), (L.LC_ALL, 'C.latin1'), (L.LC_ALL, 1), ('a',), (L.LC_ALL, 'C\0')]:
    try:
        print(L.setlocale(*bad))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [99999, 'x']:
    try:
        print(L.nl_langinfo(bad))
    except Exception as e:
        print(type(e).__name__, e)
for args in [('a', 1), (1, 'a'), ('a\0', 'b')]:
    try:
        L.strcoll(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    L.gettext(1)
except Exception as e:
    print(type(e).__name__, e)

# locale.py on top
L.setlocale(L.LC_ALL, 'C.UTF-8')
print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC), locale.setlocale(locale.LC_ALL, 'C'), locale.getlocale())
print(locale.normalize('en_US'), locale.normalize('C.UTF-8'), locale.normalize('de_DE@euro'))
print(locale.format_string('%d|%.2f|%s', (1234567, 1234.5, 'x'), grouping=True), locale.str(1.25), locale.atof('1.5'),
      locale.atoi('42'), locale.delocalize('1,5'), locale.localize('1234.5', grouping=True))
try:
    locale.currency(1.5)
except ValueError as e:
    print('ValueError', e)
print(locale.getencoding(), locale.getpreferredencoding(False) in ('ANSI_X3.4-1968', 'utf-8', 'UTF-8'))
try:
    locale.setlocale(locale.LC_ALL, 'xx_XX.UTF-8')
except locale.Error as e:
    print('locale.Error', e)
print(locale.setlocale(locale.LC_ALL, ('C', 'UTF-8')) if False else locale.setlocale(locale.LC_ALL, 'C.UTF-8'))
