# marshal: every type at every version round-trips; code objects give CPython's bytes;
# CPython's errors. (Reference flags on general data depend on CPython's reference
# counts, so only versions 0-2, which have no references, are compared byte for byte.)
import io
import marshal


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(marshal.version)
attempt(lambda: marshal.dumps())
attempt(lambda: marshal.dumps(1, 2, 3))
attempt(lambda: marshal.dumps(1, "a"))
attempt(lambda: marshal.dumps(object()))
attempt(lambda: marshal.dumps(1, version=2))
attempt(lambda: marshal.loads("x"))
attempt(lambda: marshal.loads(b""))
attempt(lambda: marshal.loads(b"i\x01"))
attempt(lambda: marshal.loads(b"?"))
attempt(lambda: marshal.loads(b"r\x05\x00\x00\x00"))
attempt(lambda: marshal.loads(b"(\x02\x00\x00\x00N"))
attempt(lambda: marshal.load(io.BytesIO(b"i\x01")))
attempt(lambda: marshal.load(io.BytesIO(b"")))
attempt(lambda: marshal.load(io.StringIO("")))
attempt(lambda: marshal.dump(1, 2))


class S(str):
    pass


class I(int):
    pass


attempt(lambda: marshal.dumps(S("a")))
attempt(lambda: marshal.dumps(I(1)))
attempt(lambda: marshal.dumps([1, object()]))

buf = io.BytesIO()
marshal.dump([1, 2], buf)
marshal.dump("x", buf)
marshal.dump({"k": (1, 2.5)}, buf, 2)
buf.seek(0)
print(marshal.load(buf), marshal.load(buf), marshal.load(buf), buf.tell())

for ver in range(3):
    print(ver, marshal.dumps((1.5, 2j, "abc", "\xe9", [None, True, ...], {7: b"z"}), ver))
for v in [0.0, 1.0, -0.0, 0.1, 1e100, 1e-5, 123456789.123, float("inf"), -float("inf"), 1e16, 1e17, 2.5e-4, 5e-324]:
    print(marshal.dumps(v, 1), marshal.loads(marshal.dumps(v, 1)))
print(marshal.loads(marshal.dumps(float("nan"), 1)))

vals = [None, True, False, ..., StopIteration, 0, -1, 2**31, -2**31 - 1, 2**100, -(2**70), 1.5, 3 + 4j, "", "x",
        "h\xe9llo", "\U0001f600", b"", b"abc", (), (1,), [1, [2]], {"a": [1], 2: (3,)}, {1, 2}, frozenset({"a"}),
        "a" * 300, tuple(range(300)), list(range(70000)), 2**15, 2**30 - 1, -(2**45)]
for v in vals:
    for ver in range(5):
        r = marshal.loads(marshal.dumps(v, ver))
        assert r == v and type(r) is type(v), (v, ver, r)
    print(type(v).__name__, repr(marshal.loads(marshal.dumps(v)))[:50])
print(marshal.loads(marshal.dumps(bytearray(b"xy"))), marshal.loads(marshal.dumps(memoryview(b"zz"))))
print(marshal.loads(b"\xe9\x01\x00\x00\x00trailing"))


def sample(a, b=2, *c, d, **e):
    x = [i for i in a]
    try:
        return x + list(c)
    except ValueError:
        raise
    finally:
        print("done", d, e)


code = sample.__code__
back = marshal.loads(marshal.dumps(code))
print(back == code, back.co_name, back.co_varnames, back.co_consts[0])
src = compile("def g(x):\n    return x * 2\nprint(g(21), 'é', 1.5, (1, 'two'))\n", "<m>", "exec")
print(marshal.dumps(src).hex())
exec(marshal.loads(marshal.dumps(src)))
