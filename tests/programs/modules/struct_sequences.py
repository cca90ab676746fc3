# Struct sequences (Objects/structseq.c): sys's, os's and time's share the constructor, repr,
# pickling and argument checks; sys.version_info and sys.flags cannot be created.
import os, sys, time, pickle

T = os.stat_result
for a, k in [((), {}), ((1,2,3), {}), ((), {'x': 1}), (((0,)*10,), {'sequence': 1}), ((), {'dict': {}}), ((), {'sequence': (0,)*10}), (((0,)*10,), {'dict': None}), ((5,), {}), (((0,)*9,), {}), (((0,)*30,), {})]:
    try:
        r = T(*a, **k); print(r, r.st_atime)
    except Exception as e:
        print(type(e).__name__, e)
for t in [time.struct_time, type(sys.float_info), type(sys.version_info), type(sys.flags)]:
    try: print(t((1,)*t.n_fields))
    except Exception as e: print(type(e).__name__, e)
print(pickle.loads(pickle.dumps(os.stat('/'))) == os.stat('/'))
print(sys.float_info.__reduce__()[0], type(sys.int_info).n_unnamed_fields, os.stat_result.n_unnamed_fields)
print(os.sched_param(5), os.sched_param(sched_priority=3).__reduce__())
try:
    class X(type(sys.float_info)): pass
except TypeError as e: print(e)
s=(0,)*10
for a, k in [((s,), {'x': 1}), ((s, {}), {'x': 1}), ((), {'sequence': s, 'x': 1}), ((s, {}), {'dict': {}}), ((1,2,3), {'x':1}), ((), {'x':1,'y':2})]:
    try:
        r = T(*a, **k); print(r.st_mode)
    except Exception as e:
        print(type(e).__name__, e)
for o in [sys.float_info, sys.version_info, sys.flags, sys.int_info, sys.hash_info, sys.thread_info, sys.get_asyncgen_hooks()]:
    t = type(o)
    try:
        r = t(tuple(o))
        print(t.__name__, 'new ok', r == o, type(r) is t)
    except Exception as e:
        print(t.__name__, type(e).__name__, e)
    try:
        print(t.__name__, pickle.loads(pickle.dumps(o)) == o)
    except Exception as e:
        print(t.__name__, 'pickle', type(e).__name__, e)
    print(t.__reduce__ is tuple.__reduce__ if hasattr(t,'__reduce__') else None, t.n_fields, t.n_sequence_fields, t.n_unnamed_fields, t.__module__, t.__qualname__)
    print(o.__reduce__()[0] is t if hasattr(o, '__reduce__') else None)
