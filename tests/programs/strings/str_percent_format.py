# printf-style % formatting: conversions, flags, width, precision, * and mapping keys.
print("%s|%r|%a" % ("é", "é", "é"))
print("%d %i %u" % (42, -7, 3), "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8))
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 31415.9, 0.00001, 1e20))
print("%c%c" % (65, "z"), "%%", "%s" % [1, 2], "%s" % (1,), "%s %s" % (1, (2, 3)))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%(x)r" % {"x": "y"})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%s" % None, "%d" % 3.99, "%d" % True, "%.3s" % "abcdef", "%5.1s|" % "xyz")
print("%x" % -255, "%o" % -8, "%#x" % 0, "%.0f" % 2.5, "%.0f" % 3.5)
print(b"%s %d %x" % (b"bytes", 5, 255), b"%c" % 65)
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", (1,)), ("%c", 1114112), ("%x", 1.5)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
