"""Compares two --dump-ast outputs file by file: prints the count of identical dumps,
of rejected files where the exception class and line agree, and the first differences."""
import re, sys

def read(path):
    out = {}
    order = []
    cur = None
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('# ') and cur is None:
                cur = line[2:]
                order.append(cur)
            elif cur is not None:
                out[cur] = line
                cur = None
    return order, out

def err_key(line):
    m = re.match(r'(\w+): .*line (\d+)\)$', line)
    return (m.group(1), m.group(2)) if m and not line.startswith('Module(') else None

order, want = read(sys.argv[1])
_, got = read(sys.argv[2])
same = 0
diffs = []
for path in order:
    w, g = want.get(path), got.get(path)
    if w == g:
        same += 1
    elif w is not None and g is not None and err_key(w) and err_key(w) == err_key(g):
        same += 1
    else:
        diffs.append(path)
print(f'{same}/{len(order)} files match')
for path in diffs[:int(sys.argv[3]) if len(sys.argv) > 3 else 10]:
    w, g = want.get(path) or '', got.get(path) or ''
    i = 0
    while i < min(len(w), len(g)) and w[i] == g[i]:
        i += 1
    print('---', path)
    print('  cpython:', w[max(0, i - 150):i + 150])
    print('  pyvm:   ', g[max(0, i - 150):i + 150])
sys.exit(0 if not diffs else 1)
