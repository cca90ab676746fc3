"""Writes src/main/resources/org/pyvm/runtime/text/ctype-15.0.0.txt: the character facts
behind str's methods (isalpha ... isidentifier, lower, upper, title, casefold), int() and
float() of Unicode digits and re's character classes, as CPython 3.12 reports them for
Unicode 15.0.0. The JDK's tables are a newer Unicode, which assigns characters that are
unassigned (Cn) in 15.0.0 and gives some older ones new mappings, so pyvm's runtime reads
these facts (runtime/text/UnicodeCtype) instead of java.lang.Character's.
Compare CPython Tools/unicode/makeunicodedata.py, whose flags these are.

Lines (hex numbers):
  R first last flags        a run of code points with the same non-zero flags (bits below)
  M cp lower upper title fold simple_lower
                            the full case mappings (code points joined by '.') and the
                            simple lowercase mapping, for each code point with a mapping
  V cp decimal digit        decimal and digit values ('-' where absent)
Run: tests/cpython312 tests/unicodedata/gen-ctype.py"""
import os
import sys
import unicodedata
import _sre

assert sys.version_info[:2] == (3, 12) and unicodedata.unidata_version == '15.0.0'

BITS = ['ALPHA', 'DECIMAL', 'DIGIT', 'NUMERIC', 'SPACE', 'PRINTABLE', 'LOWER', 'UPPER',
        'TITLE', 'CASED', 'CASE_IGNORABLE', 'XID_START', 'XID_CONTINUE', 'ASSIGNED']
BIT = {name: 1 << i for i, name in enumerate(BITS)}


def flags(cp):
    c = chr(cp)
    f = 0
    if 0xd800 <= cp < 0xe000:
        return BIT['ASSIGNED']     # surrogates: category Cs, nothing else
    lower, upper = c.islower(), c.isupper()
    title = unicodedata.category(c) == 'Lt'
    cased = lower or upper or title
    # Case_Ignorable is not exposed; capital sigma's rule shows it. Before a final sigma
    # ('A' c 'Σ'), an uncased c is skipped only when case-ignorable; after one ('AΣ' c),
    # a cased c is skipped only when case-ignorable.
    if cased:
        ignorable = ('A\u03a3' + c).lower()[1] == '\u03c2'
    else:
        ignorable = ('A' + c + '\u03a3').lower()[-1] == '\u03c2'
    for name, value in (('ALPHA', c.isalpha()), ('DECIMAL', c.isdecimal()),
                        ('DIGIT', c.isdigit()), ('NUMERIC', c.isnumeric()),
                        ('SPACE', c.isspace()), ('PRINTABLE', c.isprintable()),
                        ('LOWER', lower), ('UPPER', upper), ('TITLE', title),
                        ('CASED', cased), ('CASE_IGNORABLE', ignorable),
                        ('XID_START', c.isidentifier() or c == '_'),
                        ('XID_CONTINUE', ('a' + c).isidentifier()),
                        ('ASSIGNED', unicodedata.category(c) != 'Cn')):
        if value:
            f |= BIT[name]
    return f


def cps(s):
    return '.'.join('%x' % ord(x) for x in s)


out = ['# Unicode 15.0.0 character facts of CPython 3.12, written by tests/unicodedata/gen-ctype.py',
       '# flag bits: ' + ' '.join('%s=%x' % (n, BIT[n]) for n in BITS)]
run = None
for cp in range(0x110001):
    f = flags(cp) if cp <= 0x10ffff else -1
    if run is not None and f != run[2]:
        if run[2]:
            out.append('R %x %x %x' % tuple(run))
        run = None
    if run is None:
        run = [cp, cp, f]
    else:
        run[1] = cp
    if cp > 0x10ffff or 0xd800 <= cp < 0xe000:
        continue
    c = chr(cp)
    maps = (c.lower(), c.upper(), c.title(), c.casefold())
    simple = _sre.unicode_tolower(cp)
    if any(m != c for m in maps) or simple != cp:
        # UnicodeCtype looks a mapping up only for cased characters.
        assert flags(cp) & BIT['CASED'], hex(cp)
        out.append('M %x %s %s %s %s %x' % ((cp,) + tuple(cps(m) for m in maps) + (simple,)))
    if c.isdigit():
        d = unicodedata.decimal(c, None)
        out.append('V %x %s %x' % (cp, '-' if d is None else '%x' % d, unicodedata.digit(c)))

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'src', 'main',
                    'resources', 'org', 'pyvm', 'runtime', 'text', 'ctype-15.0.0.txt')
os.makedirs(os.path.dirname(path), exist_ok=True)
with open(path, 'w', encoding='ascii') as f:
    f.write('\n'.join(out) + '\n')
print(path, len(out), 'lines')
