# ascii, repr, bin, oct, hex with ints, negatives, __index__ and errors.
print(ascii("é😀\n"), ascii(["ü", 1]), ascii(b"\xff"), repr("é"), repr(1.0), repr(None))
print(bin(10), bin(-10), bin(0), oct(64), oct(-8), hex(255), hex(-1), hex(2 ** 64))
class I:
    def __index__(self):
        return 12
print(bin(I()), oct(I()), hex(I()))
for f in (bin, oct, hex):
    try:
        f(1.5)
    except TypeError as e:
        print(type(e).__name__, e)
