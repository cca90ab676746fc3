# bytes/bytearray methods with ASCII-only character classes (bytes >= 0x80 and \x1c-\x1f
# are neither letters nor whitespace), whitespace split/strip with maxsplit, splitlines,
# needle and separator errors, hex separators, repetition limits, subclasses, live
# iterators and the bytes() constructor's argument rules.
import sys

b = bytes(range(256))
for m in ("upper", "lower", "title", "capitalize", "swapcase"):
    r = getattr(b, m)()
    print(m, [i for i in range(256) if r[i] != i][:8], type(getattr(bytearray(b), m)()).__name__)
for m in ("isspace", "isalpha", "isalnum", "isupper", "islower", "isdigit", "istitle"):
    print(m, [i for i in range(256) if getattr(bytes([i]), m)()][-3:], getattr(b"", m)())
print(b"Hello World".istitle(), b"hello World".istitle(), b"\xe9a".title(), b"ab cD".capitalize())
s = b"  a\x1cb\x85c\xa0d  e\t\n"
print(s.split(), s.rsplit(), s.strip(), s.lstrip(), s.rstrip(), bytearray(s).split())
print(b"  a    b   ".split(None, 1), b"  a    b   ".rsplit(None, 1), b"  a b c  ".split(maxsplit=0))
print(b"abbbc".rsplit(b"bb"), "abbbc".rsplit("bb"), b"a,b,,c".split(b",", 1), b"xyxaxy".strip(b"xy"))
print(b"a\nb\r\nc\rd\x0be\x1cf\x85".splitlines(), b"a\nb\r\n".splitlines(True), b"a\n".splitlines(keepends=True))
one, key = b"a", "x"
for f in (lambda: b"a".startswith([b"a"]), lambda: b"a".endswith(1), lambda: one[key],
          lambda: bytearray(b"a")[key], lambda: b"a".split(1), lambda: b"a".find("a"),
          lambda: b"a".index(2**70), lambda: b"a".count(-1), lambda: b"a".upper(1),
          lambda: bytearray(b"a").__setitem__("x", 1), lambda: b"a".hex(""), lambda: b"a".hex("\xff"),
          lambda: b"a".hex(None, 0), lambda: b"a".hex(":", 2**40), lambda: b"abc" * sys.maxsize,
          lambda: bytearray(b"abc") * sys.maxsize, lambda: b"a" * 2**64, lambda: bytes([256]),
          lambda: bytes([-2**70]), lambda: bytearray([2**64]), lambda: bytes("a"),
          lambda: bytes("a", errors="strict"), lambda: bytes(1, "utf-8"), lambda: bytes(errors="x"),
          lambda: object() % b"a", lambda: bytearray(b"x").__rmod__("%r")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
three = bytes([0xb9, 1, 0xef])
print(three.hex(":", 0), three.hex(b":", -2), three.hex(":", 2), bytearray(three).hex("-"), three.hex("\x00"))
print(b"ab".translate(None, delete=b"a"), bytearray(b"abc").translate(bytes.maketrans(b"a", b"z"), delete=b"c"))


class S(bytes):
    pass


class BA(bytearray):
    pass


s = S(b"ab")
print(type(s).__name__, isinstance(s, bytes), s, s + b"c", type(s * 1).__name__, type(s.__bytes__()).__name__)
print(type(S.fromhex("6162")).__name__, type(BA.fromhex("61")).__name__, type(bytes.fromhex("61")).__name__)
x = b"xy"
print(x * 1 is x, 1 * x is x, s.__getnewargs__())


class WithBytes(str):
    def __new__(cls, v):
        self = str.__new__(cls, "\u20ac")
        self.v = v
        return self

    def __bytes__(self):
        return self.v


class BytesWithBytes(bytes):
    def __bytes__(self):
        return b"other"


class IndexRaises(bytes):
    def __index__(self):
        raise TypeError


print(bytes(WithBytes(b"abc")), bytes(WithBytes(b"abc"), "iso8859-15"), S(WithBytes(b"q")), bytes(BytesWithBytes(b"z")))
print(bytes(IndexRaises(b"foo")), bytearray(IndexRaises(b"bar")))


class X:
    def __index__(self):
        a.clear()
        return 42


a = [X(), X()]
print(bytes(a))
ba = bytearray(b"ab")
it = iter(ba)
next(it)
ba.clear()
print(type(it).__name__, list(it), it.__length_hint__(), type(iter(b"")).__name__)
ba = bytearray(b"abc")
it = iter(ba)
ba.extend(b"de")
print(list(it))


class Boom:
    def __index__(self):
        ba.clear()
        return 0


ba = bytearray(b"Now")
try:
    ba[0] = Boom()
except IndexError as e:
    print("IndexError", e)
ba = bytearray(range(10))
ba[1:-1:2] = b""
print(ba)
print(b"a" < b"b" <= bytearray(b"b"), sorted([bytearray(b"b"), bytearray(b"a")]))
