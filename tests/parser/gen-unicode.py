"""Writes the Unicode facts of CPython 3.12 (Unicode 15.0) that the JDK's newer tables
would answer differently: ranges of printable code points (str.isprintable, used by
repr) and of identifier start/continue code points (str.isidentifier, used by the
tokenizer). One "first last" pair of hex numbers a line.
Run: tests/cpython312 tests/parser/gen-unicode.py"""
import os

def ranges(pred):
    out = []
    start = None
    for c in range(0x110000):
        ok = pred(c)
        if ok and start is None:
            start = c
        elif not ok and start is not None:
            out.append((start, c - 1))
            start = None
    if start is not None:
        out.append((start, 0x10FFFF))
    return out

def write(path, rs, what):
    with open(path, 'w') as f:
        f.write('# ' + what + ', from CPython 3.12 (tests/parser/gen-unicode.py)\n')
        for a, b in rs:
            f.write('%x %x\n' % (a, b))

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'src', 'main', 'resources', 'org', 'pyvm')
os.makedirs(os.path.join(root, 'ast'), exist_ok=True)
os.makedirs(os.path.join(root, 'parser'), exist_ok=True)
write(os.path.join(root, 'ast', 'printable.txt'),
      ranges(lambda c: chr(c).isprintable()), 'str.isprintable()')
write(os.path.join(root, 'parser', 'id_start.txt'),
      ranges(lambda c: (0xD800 > c or c > 0xDFFF) and chr(c).isidentifier()), 'identifier start (XID_Start and _)')
write(os.path.join(root, 'parser', 'id_continue.txt'),
      ranges(lambda c: (0xD800 > c or c > 0xDFFF) and ('a' + chr(c)).isidentifier()), 'identifier continue (XID_Continue)')
