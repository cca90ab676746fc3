# _thread._local: __dict__ is the calling thread's dict and cannot be replaced; a cycle
# through a local is garbage; a thread's values go when the thread ends.
import _thread
import gc
import threading
import weakref

loc = _thread._local()
loc.x = 5
print(loc.__dict__, vars(loc))
for stmt in ("loc.__dict__ = {}", "del loc.__dict__"):
    try:
        exec(stmt)
    except AttributeError as exc:
        print("AttributeError:", exc)

seen = []


def worker():
    seen.append(sorted(loc.__dict__))
    loc.y = "thread"
    seen.append(sorted(loc.__dict__))


t = threading.Thread(target=worker)
t.start()
t.join()
print(seen, sorted(loc.__dict__))


class Holder:
    pass


h = Holder()
h.local = _thread._local()
h.local.back = h
ref = weakref.ref(h)
del h
gc.collect()
print("cycle through a local collected:", ref() is None)


class Value:
    pass


refs = []
shared = _thread._local()


def keep():
    v = Value()
    shared.v = v
    refs.append(weakref.ref(v))


for _ in range(5):
    t = threading.Thread(target=keep)
    t.start()
    t.join()
del t
gc.collect()
print("values of ended threads freed:", sum(r() is None for r in refs))
