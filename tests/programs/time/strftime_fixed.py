# time.strftime and time.asctime of fixed tuples (C locale): directives, flags, errors
import time

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

T = (2024, 2, 29, 13, 5, 9, 3, 60, 0)
for d in 'aAbBcCdDeFgGhHIjklmMnpPrRStTuUVwWxXyYz%':
    show(d, lambda: time.strftime('%' + d, T))
show('all', lambda: time.strftime('%Y-%m-%d %H:%M:%S (%a %j %U %W)', T))
show('flags', lambda: time.strftime('%5Y|%-d|%_d|%0e|%^a|%^B|%-H|%_m|%10A|%Ey|%Od', T))
show('unknown', lambda: time.strftime('%Q %E %O abc%', T))
show('lone', lambda: time.strftime('%', T))
for tup in [(2021, 1, 1, 0, 0, 0, 4, 1, 0), (2020, 12, 31, 23, 59, 59, 3, 366, 0),
            (2027, 1, 3, 12, 0, 0, 6, 3, 0), (1999, 12, 31, 0, 0, 0, 4, 365, 0),
            (5, 1, 1, 0, 0, 0, 0, 1, 0), (-5, 1, 1, 0, 0, 0, 0, 1, 0), (12345, 6, 7, 8, 9, 10, 2, 158, 0),
            (2024, 0, 0, 0, 0, 0, 0, 0, 0), (2024, 1, 1, 0, 0, 61, 0, 1, 5)]:
    show(tup, lambda: time.strftime('%Y %y %C %G %g %V %U %W %u %w %j %d %e %I %l %p', tup))
    show('asctime', lambda: time.asctime(tup))
for s in [0, 86400 * 365, 1709211909, 4102444800, -86400 * 40000]:
    g = time.gmtime(s)
    print(s, time.strftime('%c|%x|%X|%D|%F|%T|%Z|%z', g), time.asctime(g))
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0),
            (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -2, 1, 0),
            (2024, 1, 1, 0, 0, 0, 0, 367, 0), (2024, -1, 1, 0, 0, 0, 0, 1, 0)]:
    show(bad, lambda: time.strftime('x', bad))
show('short tuple', lambda: time.strftime('x', (2024, 2, 29, 13, 5, 9, 3, 60)))
show('list', lambda: time.strftime('x', [2024, 2, 29, 13, 5, 9, 3, 60, 0]))
show('format type', lambda: time.strftime(1, T))
show('float field', lambda: time.strftime('x', (2024.0, 2, 29, 13, 5, 9, 3, 60, 0)))
for y in [0, 1, 5, 50, 99, 100, 999, 1000, 1899, 1900, -1, -5, -99, -100, -150, 12345]:
    show(y, lambda: time.strftime('%C|%Y|%G|%y|%F|%4C|%_C|%-C|%3Y|%_5Y', (y, 1, 1, 0, 0, 0, 0, 1, 0)))
