# str case methods by CPython's rules (final sigma with case-ignorable characters skipped,
# SpecialCasing title forms, casefold, istitle with titlecase letters), one-item join and
# repeat identity, ascii() of an ASCII repr, format-string field parsing errors,
# format_map with positional fields, translate ranges, %c with __index__, and huge widths.
import sys

for t in ['A\u03a3\u0345', 'A\u0345\u03a3', 'A\u03a3 \u1fa1xy', '\u03a3', 'A\u03a3a', 'a.\u03a3', 'ß ﬁx ŉ İ',
          'hello World', '\u1ffc', 'ǅa', 'Σ\u0345Σ', '\u1fb2\u1fb7', 'ı\u13a0\uab70', "o'Neil ÉCOLE"]:
    print(ascii([t.lower(), t.upper(), t.casefold(), t.swapcase(), t.capitalize(), t.title(), t.istitle()]))


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class S(str):
    pass


class R:
    def __repr__(self):
        return S('<abc>')


class I:
    def __index__(self):
        return 109


s = "abcd"
t(lambda: (type(ascii(R())).__name__, ascii(S("é"))))
t(lambda: (''.join([s]) is s, ''.join((s,)) is s, s * 1 is s, 1 * s is s, type(S("ab") * 1).__name__))
t(lambda: "{}".format_map({'a': 2}))
t(lambda: "{0}".format_map({'a': 2}))
t(lambda: "{a}".format_map({'a': 2}))
t(lambda: "a".translate({ord('a'): 0x110000}))
t(lambda: "a".translate({ord('a'): -1}))
t(lambda: "ab".translate({ord('a'): 0x10ffff, ord('b'): None}))
t(lambda: str.maketrans({(1,): 2}))
t(lambda: '%c%c' % (I(), 0x41))
t(lambda: '%c' % 2**70)
t(lambda: ("{%d}" % (sys.maxsize + 1)).format(1))
t(lambda: ("%" + str(sys.maxsize + 1) + "d") % 1)
t(lambda: ("%." + str(2**40) + "f") % 1.0)
t(lambda: "{0:{1:{2}}}".format('abc', 's', ''))
for f in ["{0[}", "{", "}", "{0", "{0!", "{0!r", "{0!rx}", "{0!r:>5}", "{0:{1}}", "{0:{1}", "{0[a}b]}", "{0:",
          "{0!}", "{{}}", "a{0}b{1!r:^{2}}c", "{0:x}", "{:}", "{!s}", "{a.b", "{0.real:}", "{0:{{}}}", "{0.}",
          "{0..real}", "{0[]}", "{0:>{1}.{2}}", "{!:}", "{0!s:}", "{0.real!r}"]:
    t(lambda: f.format(5, 7, 3))
