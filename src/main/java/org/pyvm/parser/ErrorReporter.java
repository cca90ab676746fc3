package org.pyvm.parser;

import static org.pyvm.parser.TokenType.*;

/**
 * Which error a failed parse reports (compare pegen_errors.c: _PyPegen_set_syntax_error
 * and _PyPegen_tokenize_full_source_to_check_for_errors): a tokenizer error anywhere in
 * the file wins; EOF inside brackets reports the unclosed bracket; an unexpected INDENT
 * or DEDENT is an IndentationError; otherwise "invalid syntax" at the furthest token.
 */
final class ErrorReporter {
    private ErrorReporter() {}

    static PySyntaxError generic(ParserBase p) {
        Tokenizer tk = p.tokenizer;
        Token last = p.toks[Math.min(p.maxPos, p.toks.length - 1)];
        if (tk.error != null) {
            return tk.error;
        }
        if (last.type == ERRORTOKEN && tk.eofInParens) {
            return unclosed(p);
        }
        if (last.type == INDENT || last.type == DEDENT) {
            return p.errorAtToken("IndentationError", last.type == INDENT ? "unexpected indent" : "unexpected unindent",
                last);
        }
        PySyntaxError e = p.lines.errorAt("SyntaxError", "invalid syntax", last.lineno, last.col, last.endLineno,
            last.endCol);
        return prioritize(p, e, last.lineno);
    }

    static PySyntaxError prioritize(ParserBase p, PySyntaxError e) {
        return prioritize(p, e, e.lineno());
    }

    private static PySyntaxError prioritize(ParserBase p, PySyntaxError e, int errLine) {
        Tokenizer tk = p.tokenizer;
        if (tk.error != null && tk.error != e) {
            return tk.error;
        }
        if (tk.eofInParens && tk.level > 0 && tk.parenLine[tk.level - 1] < errLine) {
            return unclosed(p);
        }
        return e;
    }

    private static PySyntaxError unclosed(ParserBase p) {
        Tokenizer tk = p.tokenizer;
        int i = tk.level - 1;
        int off = tk.parenCol[i];
        int line = tk.parenLine[i];
        return p.lines.errorRaw("SyntaxError", "'" + tk.parenStack[i] + "' was never closed", line,
            p.lines.charsTo(line, off) + 1, line, 0);
    }
}
