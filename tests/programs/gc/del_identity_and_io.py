# __del__ runs on the object itself (same id), once, for instances in cycles, for list
# and set subclasses; file objects and sockets dropped unclosed are closed by their
# finalizers ("unclosed file" ResourceWarning), layers finalized outer first.
import gc
import io
import os
import socket
import tempfile
import warnings

log = []


class Cyc:
    def __init__(self, name):
        self.name = name
        self.me = self          # a cycle through the instance dict

    def __del__(self):
        log.append(("Cyc", self.name, id(self) == ids[self.name]))


ids = {}
for n in ("a", "b"):
    c = Cyc(n)
    ids[n] = id(c)
del c
gc.collect()
print(sorted(log))
log.clear()


class L(list):
    def __del__(self):
        log.append(("L", list(self)))


class S(set):
    def __del__(self):
        log.append(("S", sorted(self)))


x = L([1, 2, 3])
y = S({4, 5})
del x, y
gc.collect()
print(sorted(log))
log.clear()

saved = None


class Phoenix:
    def __del__(self):
        global saved
        saved = self
        log.append("phoenix del")


p = Phoenix()
pid = id(p)
del p
gc.collect()
print(log, id(saved) == pid)
saved = None
gc.collect()
print(log)
log.clear()

# A file dropped while open: its buffered data reaches the disk, with a ResourceWarning
# naming the outermost layer.
d = tempfile.mkdtemp()
path = os.path.join(d, "data.txt")
f = open(path, "w", encoding="utf-8")
f.write("buffered text")
expected = "unclosed file " + repr(f)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    del f
    gc.collect()
print([str(m.message) == expected for m in w], [m.category.__name__ for m in w])
with open(path, encoding="utf-8") as g:
    print(g.read())


class Raw(io.RawIOBase):
    def readable(self):
        return True

    def close(self):
        log.append("Raw.close")
        super().close()


class Wrapped(io.BufferedReader):
    def close(self):
        log.append("Wrapped.close")
        super().close()


r = Wrapped(Raw())
del r
gc.collect()
print(log)
log.clear()

# The _finalizing member is a T_BOOL, as in CPython.
with open(path, "rb", buffering=0) as raw:
    for v in (1, None):
        try:
            raw._finalizing = v
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        del raw._finalizing
    except TypeError as e:
        print(type(e).__name__, e)

# A socket dropped while open is closed: its peer reads EOF.
a, b = socket.socketpair()
stream = a.makefile("rb")
a.close()                       # the makefile stream still holds the socket open
del stream
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    gc.collect()
b.settimeout(5)
print(b.recv(10), len(w))
b.close()
s = socket.socket()
expected = "unclosed " + repr(s)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    del s
    gc.collect()
print([str(m.message) == expected for m in w])
print("__del__" in socket.socket.__mro__[1].__dict__)
os.remove(path)
os.rmdir(d)
