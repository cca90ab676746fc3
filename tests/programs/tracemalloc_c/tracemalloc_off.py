# _tracemalloc when tracing is off: what tracemalloc, warnings and test.support read
# (is_tracing, no traces, no object tracebacks) and start()'s argument errors (tracing.py
# starts it).
import _tracemalloc, tracemalloc, warnings

print(sorted(n for n in dir(_tracemalloc) if not n.startswith('__')))
print(_tracemalloc.is_tracing(), tracemalloc.is_tracing())
print(_tracemalloc.get_traceback_limit(), _tracemalloc.get_traced_memory(), _tracemalloc._get_traces())
print(_tracemalloc._get_object_traceback(object()), tracemalloc.get_object_traceback([]))
print(tracemalloc.get_traced_memory(), tracemalloc.stop(), tracemalloc.clear_traces(), tracemalloc.reset_peak())
print(type(_tracemalloc.get_tracemalloc_memory()).__name__)

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: tracemalloc.take_snapshot())
t(lambda: _tracemalloc.start(-1))
t(lambda: _tracemalloc.start(0))
t(lambda: _tracemalloc.start(65536))
t(lambda: _tracemalloc.start(2**31))
t(lambda: _tracemalloc.start('a'))
t(lambda: _tracemalloc.start(1, 2))
t(lambda: _tracemalloc.start(nframe=1))
t(lambda: _tracemalloc.is_tracing(1))
t(lambda: _tracemalloc._get_object_traceback())

# A ResourceWarning with a source object: the "Object allocated at" part needs tracing.
import io
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn_explicit('unclosed', ResourceWarning, 'f.py', 3, source=object())
print(warnings._formatwarnmsg(w[0]).splitlines())
