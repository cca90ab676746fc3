package org.pyvm.parser;

import static org.pyvm.parser.TokenType.*;

import java.util.ArrayList;

/**
 * What pegen does at the end of the input, where the modes differ: mode 'single' makes a
 * NEWLINE of the ENDMARKER (and implies the DEDENTs of an unterminated indented last
 * line unless PyCF_DONT_IMPLY_DEDENT), takes one statement only, and with
 * PyCF_ALLOW_INCOMPLETE_INPUT a parse that fails where the input ends is "incomplete
 * input" (what codeop and the REPL use to ask for another line). Also the source text
 * CPython's SyntaxError carries, which depends on how far its lazy tokenizer had read.
 * Compare CPython Parser/pegen.c: _PyPegen_fill_token, bad_single_statement,
 * _PyPegen_run_parser, _is_end_of_source; Parser/pegen_errors.c:
 * _PyPegen_raise_error_known_location, get_error_line_from_tokenizer_buffers.
 */
final class SingleInput {
    private SingleInput() {}

    /**
     * Mode 'single''s end of the token stream: each ENDMARKER reached after other tokens
     * is first a NEWLINE (without columns of its own); after the first, the DEDENTs of the
     * indentation still open at the end of an unterminated last line, unless
     * DONT_IMPLY_DEDENT.
     */
    static void endTokens(Tokenizer tk, boolean dontImplyDedent) {
        ArrayList<Token> ts = tk.tokens;
        int last = ts.size() - 1;
        if (last < 0 || ts.get(last).type != ENDMARKER) {
            return; // a tokenizer error ends the stream: the parser stops there
        }
        Token end = ts.remove(last);
        boolean started = last > 0; // pegen's parsing_started: a token came before
        int pending = dontImplyDedent ? 0 : tk.eofIndent;
        while (started) {
            Token nl = new Token(NEWLINE, end.start, end.end, end.lineno, end.col, end.endLineno, end.endCol, null);
            nl.synthetic = true;
            ts.add(nl);
            started = false;
            for (; pending > 0; pending--) {
                ts.add(new Token(DEDENT, end.start, end.end, end.lineno, end.col, end.endLineno, end.endCol, null));
                started = true;
            }
        }
        ts.add(end);
    }

    /**
     * Whether the tokenizer had reached the end of the input when the parse failed (its
     * done code E_EOF, or E_EOFS/E_EOLS for a string cut off by the end): the furthest
     * token read lies at the end, or touches the end of an unterminated last line (reading
     * a token reads one character past it).
     */
    static boolean atEndOfSource(ParserBase ps) {
        Token last = ps.toks[Math.min(ps.maxPos, ps.toks.length - 1)];
        Tokenizer tk = ps.tokenizer;
        if (last.type == ERRORTOKEN) {
            return tk.error == null ? tk.eofInParens : tk.eofError;
        }
        int n = tk.buf.length;
        return last.start >= n || (n > 0 && tk.buf[n - 1] != '\n' && last.end >= n);
    }

    /** RAISE_SYNTAX_ERROR("incomplete input") at the furthest token read. */
    static PySyntaxError incomplete(ParserBase ps) {
        Token last = ps.toks[Math.min(ps.maxPos, ps.toks.length - 1)];
        PySyntaxError eof = ps.tokenizer.continuationEof;
        if (last.type == ERRORTOKEN && eof != null) {
            // The error token has no position: RAISE_SYNTAX_ERROR takes the tokenizer's, as
            // the "unexpected EOF while parsing" it replaces had
            return cpythonText(ps, new PySyntaxError("SyntaxError", "incomplete input", eof.filename(), eof.lineno(),
                eof.offset(), eof.endLineno(), eof.endOffset(), eof.text()));
        }
        return cpythonText(ps, ps.errorLastToken("SyntaxError", "incomplete input", last));
    }

    /**
     * bad_single_statement: after the one statement of mode 'single', anything but
     * blanks, newlines and comments left in the input.
     */
    static boolean moreStatements(ParserBase ps) {
        byte[] buf = ps.tokenizer.buf;
        int i = ps.toks[ps.p - 1].end;
        while (i < buf.length) {
            byte c = buf[i];
            if (c == '#') {
                while (i < buf.length && buf[i] != '\n') {
                    i++;
                }
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\f') {
                i++;
            } else {
                return true;
            }
        }
        return false;
    }

    /**
     * E with the source text CPython gives it: the tokenizer's own errors (syntaxerror())
     * carry their line without its newline; the parser's carry the line as the tokenizer
     * holds it (with the newline) when it is the line being read, and without the newline
     * when it is an earlier one.
     */
    static PySyntaxError cpythonText(ParserBase ps, PySyntaxError e) {
        String t = e.text();
        if (t == null || !t.endsWith("\n")) {
            return e;
        }
        Tokenizer tk = ps.tokenizer;
        boolean tokenizerRaised = e == tk.error && tk.errorRaised;
        int reading = ps.toks[Math.min(ps.maxPos, ps.toks.length - 1)].endLineno;
        if (tokenizerRaised || e.lineno() < reading) {
            return e.withText(t.substring(0, t.length() - 1));
        }
        return e;
    }
}
