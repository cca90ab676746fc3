# A simple tokenizer for a toy language producing (kind, text, line, col) tuples, with error positions.
KEYWORDS = {"let", "if", "else", "while", "print"}
def tokenize(src):
    line, col, i = 1, 1, 0
    toks = []
    while i < len(src):
        c = src[i]
        if c == "\n":
            line, col, i = line + 1, 1, i + 1
            continue
        if c in " \t":
            i += 1; col += 1
            continue
        start = i
        if c.isalpha() or c == "_":
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            word = src[start:i]
            kind = "kw" if word in KEYWORDS else "name"
        elif c.isdigit():
            while i < len(src) and src[i].isdigit():
                i += 1
            kind = "int"
        elif c == '"':
            i += 1
            while i < len(src) and src[i] != '"':
                i += 1
            if i >= len(src):
                raise SyntaxError(f"unterminated string at {line}:{col}")
            i += 1
            kind = "str"
        elif src.startswith(("==", "!=", "<=", ">="), i):
            i += 2
            kind = "op"
        elif c in "+-*/=<>(){};":
            i += 1
            kind = "op"
        else:
            raise SyntaxError(f"unexpected {c!r} at {line}:{col}")
        toks.append((kind, src[start:i], line, col))
        col += i - start
    return toks
prog = 'let x = 10;\nwhile (x >= 1) {\n  print "x is" x;\n  x = x - 3;\n}\n'
for t in tokenize(prog):
    print(t)
for bad in ['let s = "open', "let a = 1 @ 2"]:
    try:
        tokenize(bad)
    except SyntaxError as e:
        print(type(e).__name__, e)
