# A thread importing a module another thread is still running waits for it to finish
# (importlib's per-module locks), so it never sees a half-made module; circular imports
# in one thread still get the partial module.
import os, sys, tempfile, threading, time

d = tempfile.mkdtemp()
with open(os.path.join(d, 'slowmod.py'), 'w') as f:
    f.write('import time\nfirst = 1\ntime.sleep(0.3)\nlast = 2\n')
with open(os.path.join(d, 'circ_a.py'), 'w') as f:
    f.write('import circ_b\nA = circ_b.B + 1\n')
with open(os.path.join(d, 'circ_b.py'), 'w') as f:
    f.write('import circ_a\nB = 10\nseen = hasattr(circ_a, "A")\n')
sys.path.insert(0, d)

results = []
def worker(delay):
    time.sleep(delay)
    import slowmod
    results.append(hasattr(slowmod, 'last'))

threads = [threading.Thread(target=worker, args=(i * 0.05,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
import circ_a, circ_b
print(circ_a.A, circ_b.seen)
