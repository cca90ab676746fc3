"""CPython's side of the tokenize comparison: for each path listed in argv[1], '# PATH'
then one line per token of tokenize.tokenize (type name, repr of the string, start, end,
repr of the line), and 'ERR' where tokenize raises."""
import sys, token, tokenize, warnings

warnings.simplefilter('ignore')
with open(sys.argv[1], encoding='utf-8') as f:
    paths = [l.rstrip('\n') for l in f if l.strip()]
out = sys.stdout
for path in paths:
    out.write('# ' + path + '\n')
    try:
        with open(path, 'rb') as f:
            for t in tokenize.tokenize(f.readline):
                out.write('%s %r (%d, %d) (%d, %d) %r\n' % (token.tok_name[t.type], t.string, t.start[0], t.start[1],
                                                          t.end[0], t.end[1], t.line))
    except (SyntaxError, tokenize.TokenError):
        out.write('ERR\n')
