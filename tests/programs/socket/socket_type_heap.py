# _socket.socket is a type CPython 3.12 makes from a spec (socketmodule.c: sock_spec), so it
# reports itself as a heap type: Py_TPFLAGS_HEAPTYPE in __flags__ and tracked by the
# collector, while staying immutable (Py_TPFLAGS_IMMUTABLETYPE). socket.socket, the Python
# subclass, is a class as usual.
import _socket
import gc
import socket

HEAPTYPE = 1 << 9
IMMUTABLETYPE = 1 << 8
BASETYPE = 1 << 10

t = _socket.socket
print("tracked:", gc.is_tracked(t), gc.is_tracked(socket.socket))
print("heap:", bool(t.__flags__ & HEAPTYPE), "immutable:", bool(t.__flags__ & IMMUTABLETYPE),
      "basetype:", bool(t.__flags__ & BASETYPE))
print("subclass heap:", bool(socket.socket.__flags__ & HEAPTYPE),
      "subclass immutable:", bool(socket.socket.__flags__ & IMMUTABLETYPE))
print("SocketType is socket:", _socket.SocketType is t)

# Immutable all the same: neither a new attribute nor a replaced method.
for name in ("foo", "close"):
    try:
        setattr(t, name, 1)
    except TypeError as e:
        print("setattr", name, "->", e)
try:
    del t.close
except TypeError as e:
    print("delattr ->", e)

# A socket object is tracked, as any instance of a type with Py_TPFLAGS_HAVE_GC.
s = _socket.socket()
print("instance tracked:", gc.is_tracked(s))
s.close()

# The builtin types CPython does not make from a spec stay untracked.
print("int:", gc.is_tracked(int), bool(int.__flags__ & HEAPTYPE))
