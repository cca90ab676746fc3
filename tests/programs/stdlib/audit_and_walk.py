# sys.audit/addaudithook from Python code, and os.walk/shutil.rmtree (which call sys.audit).
import sys, os, tempfile
sys.audit("nothing.yet", 1)
seen = []
sys.addaudithook(lambda ev, args: seen.append((ev, args)) if ev.startswith("my.") else None)
sys.audit("my.event", 1, "a")
print(seen)
try:
    sys.audit(5)
except TypeError as e:
    print(e)
d = tempfile.mkdtemp()
os.makedirs(os.path.join(d, "a", "b"))
open(os.path.join(d, "a", "f.txt"), "w").close()
print(sorted((os.path.relpath(r, d), sorted(ds), sorted(fs)) for r, ds, fs in os.walk(d)))
import shutil; shutil.rmtree(d); print(os.path.exists(d))
