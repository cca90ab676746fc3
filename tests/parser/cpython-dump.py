"""CPython's side of the --dump-ast comparison: for each path listed in argv[1] (one a
line), '# PATH' then ast.dump(ast.parse(source, PATH), include_attributes=True), or
type(e).__name__ + ': ' + str(e) when it does not parse."""
import ast, sys

with open(sys.argv[1], encoding='utf-8') as f:
    paths = [l.rstrip('\n') for l in f if l.strip()]
out = sys.stdout
for path in paths:
    out.write('# ' + path + '\n')
    try:
        with open(path, 'rb') as f:
            src = f.read()
        out.write(ast.dump(ast.parse(src, path), include_attributes=True) + '\n')
    except (SyntaxError, ValueError, OSError, RecursionError, MemoryError) as e:
        out.write(type(e).__name__ + ': ' + str(e) + '\n')
