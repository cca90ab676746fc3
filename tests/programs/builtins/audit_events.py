# PEP 578 audit hooks: the events CPython's C code raises (compile, exec, open, marshal,
# pickle, object.__setattr__/__getattr__, sys._getframe, os.*, socket, threads, id, import),
# hooks that block, __cantrace__, and sys.audit itself.
import marshal
import os
import pickle
import socket
import sys
import tempfile
import _thread

seen = []
TMP = tempfile.gettempdir()
WATCH = ("compile", "exec", "open", "marshal.", "pickle.", "object.", "sys.", "os.", "socket.",
         "_thread.", "builtins.id", "import", "test.")


def show(v):
    if isinstance(v, (list, tuple)) and len(v) > 3:
        return type(v).__name__
    if isinstance(v, bytes):
        return v
    if isinstance(v, str) and v.startswith(TMP):
        return "TMP/" + os.path.basename(v) if os.path.basename(v) in ("f.bin", "sub", "sub2") else "TMP"
    if isinstance(v, (int, str, type(None))):
        return v
    return type(v).__name__


def hook(event, args):
    if event.startswith(WATCH):
        seen.append((event,) + tuple(show(a) for a in args))


def dump(label):
    print(label, seen)
    seen.clear()


sys.addaudithook(hook)
sys.audit("test.event", 1, "two")
dump("sys.audit")

code = compile("x = 1", "f.py", "exec")
exec(code, {})
eval("1 + 2")
exec("y = 3", {})
dump("compile/exec")

with tempfile.TemporaryDirectory() as d:
    seen.clear()
    path = os.path.join(d, "f.bin")
    with open(path, "wb") as f:
        marshal.dump((1, 2), f)
    with open(path, "rb") as f:
        marshal.load(f)
    marshal.loads(marshal.dumps("s"))
    fd = os.open(path, os.O_RDONLY)
    os.close(fd)
    dump("open/marshal")
    sub = os.path.join(d, "sub")
    os.mkdir(sub)
    os.rename(sub, sub + "2")
    os.listdir(d)
    os.rmdir(sub + "2")
    os.remove(path)
    dump("os")


class P:
    def __reduce__(self):
        return (str, ("made",))


data = pickle.dumps(P())
pickle.loads(data)
dump("pickle")


def deny(event, args):
    if event == "pickle.find_class":
        raise RuntimeError("no globals")


sys.addaudithook(deny)
try:
    pickle.loads(data)
except RuntimeError as e:
    print("denied:", e)
pickle.loads(pickle.dumps((1, "a")))
dump("pickle denied")


class A:
    pass


class B:
    pass


class C(A):
    pass


a = A()
C.__name__ = "X"
C.__qualname__ = "Q"
C.__doc__ = "doc"
C.__bases__ = (B,)
C.plain = 1
a.__class__ = B


def f(p=1):
    yield p


f.__code__
f.__defaults__
f.__defaults__ = (2,)
g = f()
g.gi_frame
g.gi_code
try:
    1 / 0
except ZeroDivisionError as e:
    e.__traceback__.tb_frame.f_code
dump("attributes")

sys._getframe()
sys._getframemodulename()
ida = id(a)
events = seen[:]
seen.clear()
print("sys", [e if e[0] != "builtins.id" else (e[0], e[1] == ida) for e in events])

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(("127.0.0.1", 0))
s.close()
dump("socket")

lock = _thread.allocate_lock()
lock.acquire()


def body():
    sys.audit("test.in_thread")
    lock.release()


_thread.start_new_thread(body, ())
lock.acquire()
dump("thread")

import fractions  # noqa: E402 (first import: an import event)
print("import", [e[:2] for e in seen if e[0] == "import"][:1])
seen.clear()


traced = []


class Traceable:
    __cantrace__ = True

    def __call__(self, event, args):
        pass


def tracer(frame, event, arg):
    if frame.f_code is Traceable.__call__.__code__ or frame.f_code is hook.__code__:
        traced.append(frame.f_code.co_name)


sys.addaudithook(Traceable())
sys.settrace(tracer)
sys.audit("test.traced")
sys.settrace(None)
print("traced", traced)
seen.clear()


def blocker(event, args):
    if event == "sys.addaudithook":
        raise RuntimeError("no more hooks")


sys.addaudithook(blocker)
sys.addaudithook(lambda e, a: print("never added", e))
sys.audit("test.after")
dump("blocked add")
