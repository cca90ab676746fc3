# time.struct_time is a struct sequence as in CPython: its constructor's errors, dict=None refused,
# tm_zone/tm_gmtoff by name only, pickling and copying keep them, __match_args__, read-only fields.
import time, os, copy, pickle
t=time.struct_time
for args, kw in (((),{}), ((None,),{}), (('123',),{}), (('123',),{'dict':{}}), (('123456789',),{'dict':None}), (('123456789',),{})):
    try: r=t(*args, **kw); print('ok', r)
    except TypeError as e: print(e)
try: os.stat_result('1234567890', dict=None)
except TypeError as e: print(e)
print(time.struct_time.__match_args__, time.struct_time.n_fields, time.struct_time.n_sequence_fields)
g = time.gmtime(0)
print(g.__reduce__())
print(pickle.loads(pickle.dumps(g)).tm_zone, copy.copy(g).tm_gmtoff, copy.deepcopy(g) == g)
s = t(range(11))
print(s, s.tm_zone, s.tm_gmtoff, len(s))
print(time.mktime(time.localtime(1e9)) == 1e9, time.strftime('%Y %Z', time.gmtime(0)))
try:
    g.tm_year = 5
except AttributeError as e:
    print(e)
