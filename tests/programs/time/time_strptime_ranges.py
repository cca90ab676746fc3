# time: _STRUCT_TM_ITEMS, strptime through _strptime, time tuple field ranges as
# PyArg_ParseTuple's "i" converter checks them, clock_settime refused without setting.
import time

print(time._STRUCT_TM_ITEMS)
st = time.strptime('2009-02-13 23:31:30', '%Y-%m-%d %H:%M:%S')
print(tuple(st)[:6], st.tm_yday)
del st
for bad in [(b'2009', '%Y'), ('2009', b'%Y')]:
    try:
        time.strptime(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    time.strptime('x', '%Y')
except ValueError as e:
    print('ValueError', e)
try:
    time.strptime('2009', format='%Y')
except TypeError as e:
    print('TypeError', e)
for year in (2 ** 31, -2 ** 31 - 1, -2 ** 31 + 1899, 2 ** 63):
    for f in (time.asctime, lambda t: time.strftime('%Y', t)):
        try:
            f((year,) + (1,) * 8)
        except OverflowError as e:
            print('OverflowError', e)
print(time.asctime((-2 ** 31 + 1900, 6, 1) + (0,) * 6)[-11:])
try:
    time.clock_settime(time.CLOCK_MONOTONIC, 0)
except OSError as e:
    print(type(e).__name__, e.errno)
