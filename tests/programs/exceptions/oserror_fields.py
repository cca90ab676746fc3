# OSError keeps errno, strerror, filename and filename2 as CPython does: args keep the
# first two when a file name is given, the attributes can be set and deleted, str() and
# __reduce__ follow them, and a subclass with its own __init__ parses there.
e = OSError(2, 'x', 'f'); print(e.args, repr(e), e.errno, e.strerror, e.filename, e.filename2, str(e))
e = OSError(2, 'x', 'f', None, 'g'); print(e.args, repr(e), str(e))
e.errno = 7; e.strerror = 'S'; e.filename = 'F'; e.filename2 = None; print(e, e.args); del e.filename; print(e.filename, e)
print(type(OSError(2,'x')))
for a in [(), (1,), (1, 2), (1, 2, 3, 4, 5, 6), (1, 2, None), (1, 2, None, None, 'z')]:
    e = OSError(*a); print(a, e.args, e.errno, e.strerror, e.filename, e.filename2, repr(str(e)))
b = BlockingIOError(11, 'blk', 5); print(b.args, b.characters_written, b.filename, str(b))
try: open('/nonexist')
except OSError as e: print(e.args, repr(e), e.filename, e)
class E(OSError):
    def __init__(self, *a):
        pass
e = E(2, 'x', 'f'); print(type(e).__name__, e.args, e.errno, e.filename)
class E2(OSError):
    def __init__(self, a, b, c):
        super().__init__(a, b, c)
e = E2(2, 'x', 'f'); print(e.args, e.errno, e.filename, str(e))
for obj in (OSError(2, 'x', 'f'), OSError(2, 'x', 'f', None, 'g'), OSError(1, 2), FileNotFoundError(2, 'x', 'y')):
    r = obj.__reduce__(); print(r[0].__name__, r[1:])
try:
    OSError(1, x=2)
except TypeError as t: print(t)
class My(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
m = My(1, 2); print(m.args, m.b)
class My2(Exception):
    def __init__(self, a):
        self.a = a
print(My2(5).args)
