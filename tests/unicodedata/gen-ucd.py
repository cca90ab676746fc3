"""Writes src/main/resources/org/pyvm/modules/unicodedata/ucd-15.0.0.txt.gz, the Unicode
Character Database facts the unicodedata module needs, from the UCD 15.0.0 text files
(Debian's package unicode-data 15.0.0 puts them in /usr/share/unicode, with the
Unihan numeric values in Unihan_NumericValues.txt.bz2; another folder can
be given as the first argument). Unicode 15.0.0 is the version CPython 3.12 reports.

Lines (fields separated by ';'):
  P;first;last;category;bidi;combining;east_asian_width;mirrored   a run of code points
  D;cp;decomposition                                               UnicodeData field 5
  N;cp;decimal;digit;numeric                                       '' where absent
  A;cp;name                                                        explicit names
  R;first;last;prefix                                              names PREFIX + hex code (CJK)
  L;name;cp                                                        NameAliases.txt (lookup only)
  S;name;cp cp ...                                                 NamedSequences.txt (lookup only)
  X;first;last                                                     Full_Composition_Exclusion
Unassigned code points are category Cn with an empty bidirectional class, as CPython's
tables have them; the east-asian width of every code point comes from EastAsianWidth.txt
(default N). Run: python3 tests/unicodedata/gen-ucd.py [UCD_DIR]"""
import gzip, os, sys

ucd = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/unicode'

def lines(name):
    with open(os.path.join(ucd, name), encoding='utf-8') as f:
        for line in f:
            line = line.split('#', 1)[0].strip()
            if line:
                yield [x.strip() for x in line.split(';')]

def span(s):
    if '..' in s:
        a, b = s.split('..')
        return int(a, 16), int(b, 16)
    return int(s, 16), int(s, 16)

N = 0x110000
cat = ['Cn'] * N
bidi = [''] * N
ccc = [0] * N
mirrored = [0] * N
eaw = ['N'] * N
decomp = {}
numeric = {}
names = {}
ranges = []          # algorithmic CJK names

first = None
for f in lines('UnicodeData.txt'):
    cp = int(f[0], 16)
    name = f[1]
    if name.endswith(', First>'):
        first = (cp, name)
        continue
    if name.endswith(', Last>'):
        lo, hi = first[0], cp
        label = first[1][1:-len(', First>')]
        if label.startswith('CJK Ideograph'):
            ranges.append((lo, hi, 'CJK UNIFIED IDEOGRAPH-'))
    else:
        lo = hi = cp
        if not name.startswith('<'):
            names[cp] = name
    for c in range(lo, hi + 1):
        cat[c] = f[2]
        ccc[c] = int(f[3])
        bidi[c] = f[4]
        mirrored[c] = 1 if f[9] == 'Y' else 0
    if f[5]:
        decomp[cp] = f[5]
    if f[6] or f[7] or f[8]:
        numeric[cp] = (f[6], f[7], f[8])

# CPython also takes the numeric values of CJK ideographs from Unihan (numeric() only).
import bz2
with bz2.open(os.path.join(ucd, 'Unihan_NumericValues.txt.bz2'), 'rt', encoding='utf-8') as f:
    for line in f:
        if not line.startswith('U+'):
            continue
        code, tag, value = line.split(None, 3)[:3]
        if tag not in ('kAccountingNumeric', 'kPrimaryNumeric', 'kOtherNumeric'):
            continue
        cp = int(code[2:], 16)
        if cat[cp] != 'Cn':
            old = numeric.get(cp, ('', '', ''))
            numeric[cp] = (old[0], old[1], value.strip().replace(',', ''))

for f in lines('EastAsianWidth.txt'):
    lo, hi = span(f[0])
    for c in range(lo, hi + 1):
        eaw[c] = f[1]

exclusions = []
for f in lines('DerivedNormalizationProps.txt'):
    if f[1] == 'Full_Composition_Exclusion':
        exclusions.append(span(f[0]))

aliases = [(f[1], int(f[0], 16)) for f in lines('NameAliases.txt')]
sequences = [(f[0], f[1]) for f in lines('NamedSequences.txt')]

out = []
out.append('# Unicode 15.0.0 facts for pyvm\'s unicodedata, written by tests/unicodedata/gen-ucd.py')
start = 0
for c in range(1, N + 1):
    if c == N or (cat[c], bidi[c], ccc[c], eaw[c], mirrored[c]) != (cat[start], bidi[start], ccc[start], eaw[start], mirrored[start]):
        out.append('P;%x;%x;%s;%s;%d;%s;%d' % (start, c - 1, cat[start], bidi[start], ccc[start], eaw[start], mirrored[start]))
        start = c
for cp in sorted(decomp):
    out.append('D;%x;%s' % (cp, decomp[cp]))
for cp in sorted(numeric):
    out.append('N;%x;%s;%s;%s' % ((cp,) + numeric[cp]))
for cp in sorted(names):
    out.append('A;%x;%s' % (cp, names[cp]))
for lo, hi, prefix in ranges:
    out.append('R;%x;%x;%s' % (lo, hi, prefix))
for name, cp in aliases:
    out.append('L;%s;%x' % (name, cp))
for name, seq in sequences:
    out.append('S;%s;%s' % (name, seq))
for lo, hi in exclusions:
    out.append('X;%x;%x' % (lo, hi))

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'src', 'main', 'resources',
                    'org', 'pyvm', 'modules', 'unicodedata')
os.makedirs(root, exist_ok=True)
data = ('\n'.join(out) + '\n').encode('utf-8')
with open(os.path.join(root, 'ucd-15.0.0.txt.gz'), 'wb') as f:
    f.write(gzip.compress(data, 9, mtime=0))
print(len(out), 'lines,', len(data), 'bytes before compression')
