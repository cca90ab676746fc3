# printf-style formatting on bytes and bytearray: %s/%b with bytes, %d/%x, %c, %a and errors.
print(b"%s and %b" % (b"bytes", b"more"), b"%d-%05d-%x-%X-%o" % (1, 42, 255, 255, 8))
print(b"%c%c" % (72, b"i"), b"%a" % "é", b"%r" % "x", b"%5s|%-5s|" % (b"ab", b"cd"))
print(bytearray(b"%d%%") % 50, b"%(k)s" % {b"k": b"mapped"}, b"%.2f" % 3.14159)
for fmt, arg in [(b"%s", "str"), (b"%d", b"1"), (b"%c", 256), (b"%c", b"ab"), (b"%z", 1)]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
