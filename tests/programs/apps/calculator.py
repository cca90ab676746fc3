# A recursive-descent arithmetic expression evaluator with a tokenizer and error reporting.
def tokenize(s):
    toks, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            toks.append(("num", float(s[i:j]) if "." in s[i:j] else int(s[i:j])))
            i = j
        elif c in "+-*/()%^":
            toks.append(("op", c))
            i += 1
        else:
            raise SyntaxError(f"bad character {c!r} at {i}")
    return toks
class Parser:
    def __init__(self, toks):
        self.toks, self.pos = toks, 0
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else ("end", None)
    def take(self):
        t = self.peek()
        self.pos += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.power()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%":
            op = self.take()[1]
            r = self.power()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def power(self):
        b = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return b ** self.power()
        return b
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        return self.atom()
    def atom(self):
        kind, v = self.take()
        if kind == "num":
            return v
        if (kind, v) == ("op", "("):
            r = self.expr()
            if self.take() != ("op", ")"):
                raise SyntaxError("expected )")
            return r
        raise SyntaxError(f"unexpected {v!r}")
def calc(s):
    p = Parser(tokenize(s))
    v = p.expr()
    if p.peek()[0] != "end":
        raise SyntaxError("trailing input")
    return v
for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "7 % 3 + 0.5", "((4))", "1 +", "2 $ 3", "1 / 0", "3 4"]:
    try:
        print(e, "=", calc(e))
    except (SyntaxError, ZeroDivisionError) as ex:
        print(e, "->", type(ex).__name__, ex)
