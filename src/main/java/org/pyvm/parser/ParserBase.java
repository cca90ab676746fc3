package org.pyvm.parser;

import static org.pyvm.parser.TokenType.*;

import java.util.ArrayList;
import java.util.List;

import org.pyvm.ast.Expr;
import org.pyvm.ast.ExprContext;

/**
 * Token access, failure and positions shared by the parser's parts. The parser is a
 * recursive descent over CPython 3.12's grammar (Grammar/python.gram); where the PEG
 * grammar backtracks, the methods look ahead at tokens instead. A failed match throws
 * the stackless {@link Fail}; the driver then reports CPython's error for the furthest
 * token reached (pegen_errors.c: _PyPegen_set_syntax_error).
 */
abstract class ParserBase {
    /** A parse failure: stackless, shared. */
    static final class Fail extends RuntimeException {
        Fail() {
            super(null, null, false, false);
        }
    }

    static final Fail FAIL = new Fail();

    /** CPython's parser stack limit (MAXSTACK in pegen): deeper input is "too complex". */
    static final int MAXDEPTH = 3000;

    final Token[] toks;
    final SourceLines lines;
    final Tokenizer tokenizer;
    int p;
    /** The furthest token index looked at: where a generic error is reported. */
    int maxPos;
    int depth;
    /** Where SyntaxWarnings go (invalid escape sequences); null: not wanted. */
    java.util.List<org.pyvm.ast.CompileWarning> warnings;
    /** The minor version of ast.parse(feature_version=(3, N)); the current one otherwise. */
    int featureVersion = Parser.CURRENT_MINOR;

    ParserBase(Tokenizer t) {
        this.tokenizer = t;
        this.toks = t.tokens.toArray(new Token[0]);
        this.lines = t.lines;
    }

    // ---- tokens --------------------------------------------------------------------------

    final Token cur() {
        if (p > maxPos) {
            maxPos = p;
        }
        Token t = toks[p];
        if (t.type == ERRORTOKEN) {
            throwTokenizerError();
        }
        return t;
    }

    final int t() {
        return cur().type;
    }

    final int t(int k) {
        int i = Math.min(p + k, toks.length - 1);
        if (i > maxPos) {
            maxPos = i;
        }
        Token tk = toks[i];
        if (tk.type == ERRORTOKEN) {
            throwTokenizerError();
        }
        return tk.type;
    }

    /** Reaching the tokenizer's error: its exception, or at EOF inside brackets the unclosed one. */
    private void throwTokenizerError() {
        if (tokenizer.error != null) {
            throw tokenizer.error;
        }
        if (tokenizer.eofInParens) {
            throw tokenizer.unclosed();
        }
    }

    final Token tok(int k) {
        t(k);
        return toks[Math.min(p + k, toks.length - 1)];
    }

    final boolean at(int type) {
        return t() == type;
    }

    final boolean atName(String soft) {
        Token c = cur();
        return c.type == NAME && c.text.equals(soft);
    }

    final Token next() {
        Token c = cur();
        if (c.type != ENDMARKER && c.type != ERRORTOKEN) {
            p++;
        }
        return c;
    }

    final Token eat(int type) {
        if (t() == type) {
            return next();
        }
        return null;
    }

    final Token expect(int type) {
        if (t() == type) {
            return next();
        }
        throw FAIL;
    }

    /** The last token consumed that is not NEWLINE/INDENT/DEDENT (_PyPegen_get_last_nonnwhitespace_token). */
    final Token last() {
        int i = p - 1;
        while (i > 0 && (toks[i].type == NEWLINE || toks[i].type == INDENT || toks[i].type == DEDENT)) {
            i--;
        }
        return toks[i];
    }

    final int el() {
        return last().endLineno;
    }

    final int ec() {
        return last().endCol;
    }

    final void enter() {
        if (++depth > MAXDEPTH) {
            Token c = toks[Math.min(p, toks.length - 1)];
            throw tooComplex();
        }
    }

    /** CPython's parser stack limit: a MemoryError, not a SyntaxError. */
    static PySyntaxError tooComplex() {
        return new PySyntaxError("MemoryError", "Parser stack overflowed - Python source too complex to parse", null,
            0, -1, 0, -1, null);
    }

    final void leave() {
        depth--;
    }

    // ---- errors ------------------------------------------------------------------------------

    final PySyntaxError syntaxError(String msg, Token a) {
        return lines.errorAt("SyntaxError", msg, a.lineno, a.col, a.endLineno, a.endCol);
    }

    final PySyntaxError syntaxError(String msg, Token a, Token b) {
        return lines.errorAt("SyntaxError", msg, a.lineno, a.col, b.endLineno, b.endCol);
    }

    final PySyntaxError syntaxError(String msg, org.pyvm.ast.Located a) {
        return lines.errorAt("SyntaxError", msg, a.lineno(), a.col_offset(), a.end_lineno(), a.end_col_offset());
    }

    final PySyntaxError syntaxError(String msg, org.pyvm.ast.Located a, Token b) {
        return lines.errorAt("SyntaxError", msg, a.lineno(), a.col_offset(), b.endLineno, b.endCol);
    }

    final PySyntaxError syntaxError(String msg, org.pyvm.ast.Located a, org.pyvm.ast.Located b) {
        return lines.errorAt("SyntaxError", msg, a.lineno(), a.col_offset(), b.end_lineno(), b.end_col_offset());
    }

    /**
     * RAISE_SYNTAX_ERROR without a location: CPython reports the last token fetched
     * (_PyPegen_raise_error), ours the furthest token looked at.
     */
    /**
     * CHECK_VERSION in python.gram: syntax newer than ast.parse's feature_version is an error
     * at the furthest token read (INVALID_VERSION_CHECK in pegen.h). Call it where the rule's
     * action runs: after the whole construct.
     */
    final void checkVersion(int minor, String what) {
        if (featureVersion < minor) {
            throw errorAtLast(what + " only supported in Python 3." + minor + " and greater");
        }
    }

    final PySyntaxError errorAtLast(String msg) {
        return errorLastToken("SyntaxError", msg, toks[Math.min(maxPos, toks.length - 1)]);
    }

    /** INDENT, DEDENT and ENDMARKER have no columns of their own in CPython (col_offset -1). */
    static boolean noColumns(Token t) {
        return t.type == INDENT || t.type == DEDENT || t.type == ENDMARKER || t.type == ERRORTOKEN || t.synthetic;
    }

    /** RAISE_ERROR_KNOWN_LOCATION at token T: columns + 1 (so 0 for the column-less tokens). */
    final PySyntaxError errorAtToken(String kind, String msg, Token t) {
        if (noColumns(t)) {
            return lines.errorRaw(kind, msg, t.lineno, 0, t.endLineno, 0);
        }
        return lines.errorAt(kind, msg, t.lineno, t.col, t.endLineno, t.endCol);
    }

    /**
     * _PyPegen_raise_error at the last token T: for a column-less token the tokenizer's
     * position on its line, and no end offset.
     */
    final PySyntaxError errorLastToken(String kind, String msg, Token t) {
        if (noColumns(t)) {
            int off = lines.pegenCol(t.lineno, lines.start(t.lineno) + t.endCol);
            return lines.errorRaw(kind, msg, t.lineno, off, t.endLineno, -1);
        }
        return lines.errorAt(kind, msg, t.lineno, t.col, t.endLineno, t.endCol);
    }

    /** Whether E was written inside parentheses of its own (a group: "(yield x)"). */
    final boolean inParens(org.pyvm.ast.Located e) {
        int start = lines.start(e.lineno()) + e.col_offset();
        int end = lines.start(e.end_lineno()) + e.end_col_offset();
        int i = tokenAt(start);
        if (i <= 0 || toks[i].start != start || toks[i - 1].type != LPAR) {
            return false;
        }
        int j = tokenAt(end);
        return j < toks.length && toks[j].type == RPAR && toks[j].start >= end;
    }

    /** The index of the first token starting at or after byte offset OFF. */
    final int tokenAt(int off) {
        int lo = 0;
        int hi = toks.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks[mid].start < off) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether expression E is enclosed by a pair of brackets: '(' at its start matched at its end. */
    final boolean parenthesized(org.pyvm.ast.Located e) {
        int start = lines.start(e.lineno()) + e.col_offset();
        int end = lines.start(e.end_lineno()) + e.end_col_offset();
        int lo = 0;
        int hi = toks.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks[mid].start < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (toks[lo].start != start || (toks[lo].type != LPAR && toks[lo].type != LSQB)) {
            return false;
        }
        int depth = 0;
        for (int i = lo; i < toks.length; i++) {
            int k = toks[i].type;
            if (k == LPAR || k == LSQB || k == LBRACE) {
                depth++;
            } else if (k == RPAR || k == RSQB || k == RBRACE) {
                if (--depth == 0) {
                    return toks[i].end == end;
                }
            } else if (k == ENDMARKER || k == ERRORTOKEN) {
                return false;
            }
        }
        return false;
    }

    /** RAISE_SYNTAX_ERROR_STARTING_FROM: from A to the tokenizer's position (after the furthest token). */
    final PySyntaxError syntaxErrorFrom(String msg, int line, int col) {
        Token f = toks[Math.min(maxPos, toks.length - 1)];
        return lines.errorRaw("SyntaxError", msg, line, lines.pegenCol(line, lines.start(line) + col) + 1, f.endLineno,
            lines.pegenCol(f.endLineno, lines.start(f.endLineno) + f.endCol));
    }

    // ---- targets: expressions to Store/Del context ------------------------------------------

    /** The name of an expression in "cannot assign to %s" (pegen.c: _PyPegen_get_expr_name). */
    static String exprName(Expr e) {
        if (e instanceof Expr.Attribute a) {
            return "attribute";
        } else if (e instanceof Expr.Subscript s) {
            return "subscript";
        } else if (e instanceof Expr.Starred s) {
            return "starred";
        } else if (e instanceof Expr.Name n) {
            return "name";
        } else if (e instanceof Expr.List l) {
            return "list";
        } else if (e instanceof Expr.Tuple t) {
            return "tuple";
        } else if (e instanceof Expr.Lambda l) {
            return "lambda";
        } else if (e instanceof Expr.Call c) {
            return "function call";
        } else if (e instanceof Expr.BoolOp b) {
            return "expression";
        } else if (e instanceof Expr.BinOp b) {
            return "expression";
        } else if (e instanceof Expr.UnaryOp u) {
            return "expression";
        } else if (e instanceof Expr.GeneratorExp g) {
            return "generator expression";
        } else if (e instanceof Expr.Yield y) {
            return "yield expression";
        } else if (e instanceof Expr.YieldFrom y) {
            return "yield expression";
        } else if (e instanceof Expr.Await a) {
            return "await expression";
        } else if (e instanceof Expr.ListComp l) {
            return "list comprehension";
        } else if (e instanceof Expr.SetComp s) {
            return "set comprehension";
        } else if (e instanceof Expr.DictComp d) {
            return "dict comprehension";
        } else if (e instanceof Expr.Dict d) {
            return "dict literal";
        } else if (e instanceof Expr.Set s) {
            return "set display";
        } else if (e instanceof Expr.JoinedStr j) {
            return "f-string expression";
        } else if (e instanceof Expr.FormattedValue f) {
            return "f-string expression";
        } else if (e instanceof Expr.Constant c) {
            Object v = c.value();
            if (v == org.pyvm.ast.Constants.NONE) {
                return "None";
            }
            if (v instanceof Boolean b) {
                return b ? "True" : "False";
            }
            if (v == org.pyvm.ast.Constants.ELLIPSIS) {
                return "ellipsis";
            }
            return "literal";
        } else if (e instanceof Expr.Compare c) {
            return "comparison";
        } else if (e instanceof Expr.IfExp i) {
            return "conditional expression";
        } else if (e instanceof Expr.NamedExpr n) {
            return "named expression";
        } else {
            return "expression";
        }
    }

    /**
     * The first sub-expression that cannot be a target (invalid_assignment's
     * _PyPegen_get_invalid_target), or null when E is a valid target.
     */
    static Expr invalidTarget(Expr e, boolean del) {
        if (e instanceof Expr.Name n) {
            return null;
        } else if (e instanceof Expr.Attribute a) {
            return null;
        } else if (e instanceof Expr.Subscript s) {
            return null;
        } else if (e instanceof Expr.Starred s) {
            return del ? e : invalidTarget(s.value(), del);
        } else if (e instanceof Expr.Tuple t) {
            for (Expr x : t.elts()) {
                Expr bad = invalidTarget(x, del);
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        } else if (e instanceof Expr.List l) {
            for (Expr x : l.elts()) {
                Expr bad = invalidTarget(x, del);
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        } else if (e instanceof Expr.Compare c) {
            // "x in y" as a for target: CPython points at the comparison's left part
            return e;
        } else {
            return e;
        }
    }

    /** E with context CTX (pegen.c: _PyPegen_set_expr_context). */
    static Expr withCtx(Expr e, ExprContext ctx) {
        if (e instanceof Expr.Name n) {
            return new Expr.Name(n.id(), ctx, n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset());
        } else if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(a.value(), a.attr(), ctx, a.lineno(), a.col_offset(),
                a.end_lineno(), a.end_col_offset());
        } else if (e instanceof Expr.Subscript s) {
            return new Expr.Subscript(s.value(), s.slice(), ctx, s.lineno(), s.col_offset(),
                s.end_lineno(), s.end_col_offset());
        } else if (e instanceof Expr.Starred s) {
            return new Expr.Starred(withCtx(s.value(), ctx), ctx, s.lineno(), s.col_offset(),
                s.end_lineno(), s.end_col_offset());
        } else if (e instanceof Expr.Tuple t) {
            return new Expr.Tuple(mapCtx(t.elts(), ctx), ctx, t.lineno(), t.col_offset(),
                t.end_lineno(), t.end_col_offset());
        } else if (e instanceof Expr.List l) {
            return new Expr.List(mapCtx(l.elts(), ctx), ctx, l.lineno(), l.col_offset(),
                l.end_lineno(), l.end_col_offset());
        } else {
            return e;
        }
    }

    private static List<Expr> mapCtx(List<Expr> es, ExprContext ctx) {
        ArrayList<Expr> out = new ArrayList<>(es.size());
        for (Expr x : es) {
            out.add(withCtx(x, ctx));
        }
        return out;
    }
}
