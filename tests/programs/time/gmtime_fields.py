# time.gmtime of fixed timestamps: struct_time fields, repr, indexing, errors
import time

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for t in [0, 1, -1, 86399, 86400, 951782400, 1709211909, 2**31, -2**31, 4102444800,
          253402300799, 1e10, 1.99, -1.5, -1e12, 67768036191676799, -67768040609740800]:
    show(t, lambda: time.gmtime(t))

g = time.gmtime(1709211909)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst)
print(g.tm_zone, g.tm_gmtoff, len(g), g[0], g[-1], g[2:5], tuple(g), list(g)[:3])
print(type(g).__name__, type(g).__module__, isinstance(g, tuple))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
year, mon, *rest = g
print(year, mon, rest)
print(g == tuple(g), g == time.gmtime(1709211909), g != time.gmtime(0))
s = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 7, 0))
print(s, s.tm_zone, s.tm_gmtoff)
s2 = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 7, 0, 'XYZ', 3600))
print(s2, s2.tm_zone, s2.tm_gmtoff)
show('short', lambda: time.struct_time((1, 2, 3)))
show('long', lambda: time.struct_time(tuple(range(12))))
show('nan', lambda: time.gmtime(float('nan')))
show('huge', lambda: time.gmtime(1e20))
show('bigint', lambda: time.gmtime(2**63))
show('beyond', lambda: time.gmtime(67768036191676800))
show('str', lambda: time.gmtime('x'))
show('none', lambda: time.gmtime(None)[0] > 2000)
