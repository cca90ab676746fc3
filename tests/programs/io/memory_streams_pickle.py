# BytesIO and StringIO pickle through __getstate__/__setstate__ (bytesio.c, stringio.c): values, position, newline mode and instance dict survive; bad states give CPython's errors.
import io, pickle, copy
b = io.BytesIO(b"hello world"); b.seek(3); b.foo = 1
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    c = pickle.loads(pickle.dumps(b, proto))
    print(proto, c.getvalue(), c.tell(), c.foo)
print(b.__getstate__(), io.BytesIO().__getstate__())
s = io.StringIO("a\r\nb", newline=None); s.seek(2); s.x = [1]
print(s.__getstate__(), io.StringIO().__getstate__())
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    c = pickle.loads(pickle.dumps(s, proto))
    print(proto, repr(c.getvalue()), c.tell(), c.x, c.newlines)
c = copy.deepcopy(io.StringIO("x\r", newline="\r")); print(repr(c.getvalue()), repr(c.read()))
for bad in [None, (1,), (b"", "x", None), (b"", -1, None), (b"", 0, 5), (1, 0, None)]:
    try: io.BytesIO().__setstate__(bad)
    except Exception as e: print(type(e).__name__, e)
for bad in [None, (1,2,3), ("", None, "x", None), ("", None, -1, None), ("", None, 0, 5), ("", "zz", 0, None), (1, None, 0, None)]:
    try: io.StringIO().__setstate__(bad)
    except Exception as e: print(type(e).__name__, e)
b = io.BytesIO(b"abc"); m = b.getbuffer()
try: b.__setstate__((b"x", 0, None))
except Exception as e: print(type(e).__name__, e)
del m
s = io.StringIO(); s.close()
try: s.__setstate__(("", None, 0, None))
except Exception as e: print(type(e).__name__, e)
try: s.__getstate__()
except Exception as e: print(type(e).__name__, e)
