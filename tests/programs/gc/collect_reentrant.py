# gc.collect() while a collection runs (from a gc callback) returns 0 without collecting, and
# faulthandler's dump of all threads says "Garbage-collecting" for the collecting thread
# (gcstate->collecting, as traceback.c's _Py_DumpTracebackThreads reports it).
import faulthandler
import gc
import re
import tempfile

events = []


def callback(phase, info):
    if phase == 'start':
        events.append(('nested collect', gc.collect()))
        with tempfile.TemporaryFile('w+') as f:
            faulthandler.dump_traceback(f, all_threads=True)
            f.seek(0)
            dump = f.read()
        events.append(re.sub(r'0x[0-9a-f]+', 'ID', dump).splitlines()[:2])


gc.callbacks.append(callback)
print('collect', gc.collect())
gc.callbacks.remove(callback)
for e in events:
    print(e)
with tempfile.TemporaryFile('w+') as f:
    faulthandler.dump_traceback(f, all_threads=True)
    f.seek(0)
    print(re.sub(r'0x[0-9a-f]+', 'ID', f.read()).splitlines()[:1])
