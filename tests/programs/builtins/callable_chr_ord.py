# callable, chr, ord across types and ranges.
print(callable(print), callable(int), callable(1), callable("x"), callable(lambda: 1), callable([].append))
class C:
    def m(self): pass
print(callable(C), callable(C()), callable(C().m))
print(chr(97), chr(8364), chr(128512), ord("a"), ord("€"), ord("😀"), ord(b"A"), ord(bytearray(b"z")))
print([chr(i) for i in range(65, 71)], "".join(chr(ord(c) + 1) for c in "HAL"))
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord(b"ab")
except TypeError as e:
    print(type(e).__name__, e)
