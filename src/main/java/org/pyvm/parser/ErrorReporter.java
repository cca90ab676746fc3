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
        if (last.type == ERRORTOKEN && tk.eofInParens) {
            return unclosed(p);
        }
        if (last.type == INDENT || last.type == DEDENT) {
            return p.errorLastToken("IndentationError", last.type == INDENT ? "unexpected indent" : "unexpected unindent",
                last);
        }
        PySyntaxError e = p.errorAtToken("SyntaxError", "invalid syntax", last);
        return prioritize(p, e, last.lineno);
    }

    /**
     * A parser error yields to a tokenizer error further on (unless that one arose inside
     * an f-string), and to an unclosed bracket opened on an earlier line than the last
     * token read.
     */
    static PySyntaxError prioritize(ParserBase p, PySyntaxError e) {
        Token last = p.toks[Math.min(p.maxPos, p.toks.length - 1)];
        return prioritize(p, e, last.lineno);
    }

    private static PySyntaxError prioritize(ParserBase p, PySyntaxError e, int lastLine) {
        Tokenizer tk = p.tokenizer;
        if (tk.error != null) {
            // only errors the tokenizer raises itself (syntaxerror()) take over, not done codes
            return tk.error == e || tk.errorInFString || !tk.errorRaised ? e : tk.error;
        }
        if (tk.eofInParens && tk.level > 0 && tk.parenLine[tk.level - 1] < lastLine) {
            return unclosed(p);
        }
        return e;
    }

    private static PySyntaxError unclosed(ParserBase p) {
        return p.tokenizer.unclosed();
    }
}
