# Run by CPython 3.12 (SreModuleTest): captures the arguments re._compiler passes to
# _sre.compile and the lists re._parser.parse_template makes, and prints a program that
# replays them through _sre directly, so that pyvm's _sre is tested without its re package.
import _sre, re, sys

CASES = [
    # (pattern, flags, subjects, replacements)
    (r'(?P<first>\w+) (?P<last>\w+)', 0, ['Jane Doe and more', 'x', 'ab cd ef gh i'], [r'\g<last>, \1', '-', r'\2\\\1']),
    (r'a', 0, ['banana', '', 'aaa'], ['-', r'\n', '', 'x\\\\y']),
    (r'(a)(n)?', 0, ['banana', 'bn'], [r'<\2\1>', r'\g<0>\g<0>']),
    (r'x*', 0, ['axbc', '', 'xx'], ['-', r'[\g<0>]']),
    (r'', 0, ['abc', ''], ['-']),
    (r'a|', 0, ['bab', 'aaa'], ['-']),
    (r'\s+', 0, [' a b  c ', 'abc'], ['_']),
    (r'(,)', 0, ['a,b,c', ',,'], [r'\1\1']),
    (r'(\d+)-(\d+)?', 0, ['10-20 30- x', '5-'], [r'\2:\1']),
    (r'[a-c]+', re.I, ['xxABcyyCa', 'déf'], ['#']),
    (r'^\w+$', re.M, ['one\ntwo\n3', 'a b'], ['W']),
    (r'.', re.S, ['a\nb', '\n'], ['.']),
    (r'(?i)straße', 0, ['STRASSE straße STRAßE'], ['x']),
    (r'é+|ü', 0, ['xééüx', 'e'], ['<\\g<0>>']),
    (r'[\u0400-\u04ff]+', 0, ['abc Привет мир', '𝄞'], ['RU']),
    (r'𝄞(.)', 0, ['a𝄞b𝄞c', '𝄞'], [r'\1']),
    (r'(?:(a)|(b))+', 0, ['abab', 'ba', 'c'], [r'[\1|\2]']),
    (r'(?P<x>a)?(?P<y>b)?', 0, ['ab', 'b', ''], [r'\g<x>\g<y>']),
    (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', 0, ['abcdefghijk'], [r'\11\10']),
    (r'\bfoo\b', re.A, ['foo foobar foo'], ['bar']),
    (r'(?<=a)b', 0, ['ab cb ab'], ['X']),
    (r'(?=(\w))', 0, ['ab'], [r'\1']),
    (r'(?>a+)b|a', 0, ['aaab aa'], ['|']),
    (r'a++b|a*+', 0, ['aab a'], ['-']),
    (r'(a)(?(1)b|c)', 0, ['ab ac c'], ['!']),
    (r'\Aab|cd\Z', 0, ['abcd', 'ab'], ['_']),
    (b'[a-c]+', 0, [b'xxabcyyca', bytearray(b'aXb')], [b'-', b'<\\g<0>>']),
    (b'(a)(b)?', 0, [b'ab a', b''], [b'\\2\\1']),
    (b'\\w+', re.L, [b'ab cd'], [b'W']),
    ('a' * 300, 0, ['a' * 301], ['b']),
    ('(' * 3 + 'x' + ')' * 3, re.X | re.DEBUG * 0, ['x'], ['y']),
    (r'x{2,3}?', 0, ['xxxxx'], ['-']),
    (r'(ab)*?c', 0, ['ababc'], [r'\1']),
    (r'[^a]', 0, ['abc'], ['']),
    (r'\d', re.U, ['٣4'], ['D']),
]

captured = []
orig = _sre.compile


def cap(*a):
    captured.append(a)
    return orig(*a)


_sre.compile = cap
templates = {}
out = []
for pattern, flags, subjects, repls in CASES:
    re.purge()
    captured.clear()
    p = re.compile(pattern, flags)
    args = captured[0]
    tl = []
    for r in repls:
        try:
            tl.append((r, re._parser.parse_template(r, p)))
        except re.error:
            pass
    out.append((args[0], int(args[1]), [int(x) for x in args[2]], args[3], dict(args[4]), tuple(args[5]), subjects, tl))
_sre.compile = orig

print('CASES = [')
for c in out:
    print('    %r,' % (c,))
print(']')
