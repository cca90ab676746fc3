"""Writes src/main/resources/org/pyvm/modules/unicodedata/ucd-3.2.0-delta.txt.gz: how
Unicode 3.2.0 (unicodedata.ucd_3_2_0, used by stringprep and the idna codec) differs from
15.0.0, as runs of code points. Debian packages no UCD 3.2.0 files, so the facts are read
from CPython 3.12's own unicodedata.ucd_3_2_0 (the reference implementation pyvm follows);
normalization corrections come from NormalizationCorrections.txt of the UCD.
Lines: first;last;category;bidirectional;east_asian_width;mirrored;decimal;numeric
('-' where 3.2.0 agrees with 15.0.0; category 'Cn' marks a code point unassigned in 3.2.0).
Run: tests/cpython312 tests/unicodedata/gen-ucd-3.2.0.py"""
import gzip, os, unicodedata as new
old = new.ucd_3_2_0

def rec(c):
    ch = chr(c)
    fields = []
    for f in ('category', 'bidirectional', 'east_asian_width', 'mirrored'):
        a, b = getattr(old, f)(ch), getattr(new, f)(ch)
        fields.append('-' if a == b else str(a))
    a, b = old.decimal(ch, None), new.decimal(ch, None)
    fields.append('-' if a == b else ('' if a is None else str(a)))
    a, b = old.numeric(ch, None), new.numeric(ch, None)
    fields.append('-' if a == b else ('' if a is None else repr(a)))
    return ';'.join(fields)

out = ['# Unicode 3.2.0 against 15.0.0, written by tests/unicodedata/gen-ucd-3.2.0.py']
start, cur = 0, rec(0)
for c in range(1, 0x110001):
    r = rec(c) if c < 0x110000 else None
    if r != cur:
        if cur != '-;-;-;-;-;-':
            out.append('%x;%x;%s' % (start, c - 1, cur))
        start, cur = c, r
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'src', 'main', 'resources',
                    'org', 'pyvm', 'modules', 'unicodedata')
data = ('\n'.join(out) + '\n').encode('utf-8')
with open(os.path.join(root, 'ucd-3.2.0-delta.txt.gz'), 'wb') as f:
    f.write(gzip.compress(data, 9, mtime=0))
print(len(out), 'lines', len(data), 'bytes')
