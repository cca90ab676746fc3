package org.pyvm.parser;

import static org.pyvm.parser.TokenType.*;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;

/**
 * The tokenizer: the decoded UTF-8 buffer to CPython 3.12's token stream (compare
 * Parser/tokenizer.c: tok_get_normal_mode, tok_get_fstring_mode). The whole file is
 * tokenized up front; a tokenizer error ends the stream with an ERRORTOKEN that carries
 * the error, raised when the parser reaches it (as CPython's lazy tokenizer would) or
 * when the parser fails earlier (pegen_errors.c gives tokenizer errors priority).
 * COMMENT and NL are not produced: the parser never sees them.
 */
final class Tokenizer {
    static final int TABSIZE = 8;
    static final int MAXINDENT = 100;
    static final int MAXLEVEL = 200;
    static final int MAXFSTRINGLEVEL = 150;

    final byte[] buf;
    final SourceLines lines;
    private final int n;
    private int pos;
    private int lineno = 1;
    private int lineStart;
    final ArrayList<Token> tokens = new ArrayList<>();
    /** The tokenizer error that ended the stream, if any. */
    PySyntaxError error;
    /** Whether that error arose inside an f-string (then a parser error keeps priority). */
    boolean errorInFString;
    /**
     * Whether the tokenizer raised it (syntaxerror() in tokenizer.c) rather than stopping
     * with a done code (E_LINECONT, E_EOF, E_DEDENT, E_TABSPACE, E_TOODEEP) that only the
     * parser turns into an exception: only the former replace a parser error.
     */
    boolean errorRaised = true;
    /**
     * The tokenize module's stream (extra_tokens in CPython): COMMENT and NL tokens too,
     * and an f-string's text split after each "{{" or "}}". The parser never sets it.
     */
    boolean extra;
    /**
     * With {@link #extra}: skip the checks CPython's tokenizer skips for extra tokens (identifier
     * characters, leading zeros, a number running into a name); _tokenize.TokenizerIter without
     * extra_tokens keeps them.
     */
    boolean lenient = true;
    /** The source was empty (only the newline the decoder adds). */
    boolean emptySource;
    /** True when the stream ended at EOF inside brackets (no exception: the parser reports it). */
    boolean eofInParens;
    /** Where SyntaxWarnings go ("invalid decimal literal" before a keyword); null: not wanted. */
    java.util.List<org.pyvm.ast.CompileWarning> warnings;
    /**
     * The tokenizer's error is one at the end of the input (tokenizer.c's E_EOF after a
     * continuation line, E_EOFS, E_EOLS: a string literal cut off by the end of the input):
     * with PyCF_ALLOW_INCOMPLETE_INPUT that makes it "incomplete input" (_is_end_of_source).
     */
    boolean eofError;
    /**
     * E_EOF after a continuation line, located where tokenizer.c leaves it (also when an open
     * bracket makes the error another): "incomplete input" takes that place. Else null.
     */
    PySyntaxError continuationEof;
    /**
     * Indentation levels still open when the input ended in the middle of its last line
     * ('eval' and 'single' input): no DEDENT is produced for them there, but mode 'single'
     * implies them (pegen.c: _PyPegen_fill_token).
     */
    int eofIndent;

    /** ast.parse(type_comments=True): "# type: ..." comments are TYPE_COMMENT tokens. */
    boolean typeComments;
    /** The "# type: ignore" comments seen when {@link #typeComments} is on: line, tag. */
    final ArrayList<org.pyvm.ast.TypeIgnoreNode.TypeIgnore> typeIgnores = new ArrayList<>();
    /**
     * ast.parse(feature_version=(3, 6)) and lower (tok->async_hacks): 'async' and 'await'
     * are names except inside an 'async def' (and 'async' just before 'def').
     */
    boolean asyncHacks;
    private boolean asyncDef;
    private boolean asyncDefNl;
    private int asyncDefIndent;

    private final int[] indStack = new int[MAXINDENT + 1];
    private final int[] altStack = new int[MAXINDENT + 1];
    private int indent;
    private int pendin;
    private boolean atBol = true;
    private boolean blankLine;

    final char[] parenStack = new char[MAXLEVEL];
    final int[] parenLine = new int[MAXLEVEL];
    final int[] parenCol = new int[MAXLEVEL];
    int level;

    /** f-string modes: a stack of the f-strings being read. */
    private final FMode[] modes = new FMode[MAXFSTRINGLEVEL + 2];
    private int modeTop = -1;

    /** One f-string being read (tokenizer_mode in CPython). */
    private static final class FMode {
        byte quote;
        int quoteSize;
        boolean raw;
        int startLine;
        int startCol;
        /** 0: literal part; 1: inside a replacement field's expression; 2: format spec. */
        int state;
        /** The bracket level just inside the '{' of the current replacement field. */
        int exprLevel;
        /** Stack of replacement fields: their levels and whether in format spec. */
        int[] fieldLevels = new int[8];
        /** An empty spec text was just emitted here: do not emit it again. */
        boolean emptyEmitted;
        int fieldTop = -1;
    }

    private static final int LIT = 0, EXPR = 1, SPEC = 2;

    /** Identifier characters as CPython 3.12 has them (Unicode 15.0 XID_Start/XID_Continue). */
    private static final class IdChars {
        static final org.pyvm.ast.CodePointSet START = org.pyvm.ast.CodePointSet.load(Tokenizer.class, "id_start.txt");
        static final org.pyvm.ast.CodePointSet CONTINUE = org.pyvm.ast.CodePointSet.load(Tokenizer.class,
            "id_continue.txt");
    }

    Tokenizer(byte[] buf, SourceLines lines) {
        this.buf = buf;
        this.n = buf.length;
        this.lines = lines;
    }

    /** Tokenizes everything; never throws for bad input (see {@link #error}). */
    void run() {
        try {
            while (true) {
                int before = tokens.size();
                if (!next()) {
                    break;
                }
                if (tokens.size() > before && tokens.get(tokens.size() - 1).type == ENDMARKER) {
                    break;
                }
            }
        } catch (PySyntaxError e) {
            error = e;
            errorInFString = modeTop >= 0;
            add(ERRORTOKEN, Math.min(pos, n), Math.min(pos, n), null);
        }
    }

    /** raise_unclosed_parentheses_error: the innermost open bracket, no end offset. */
    PySyntaxError unclosed() {
        int i = level - 1;
        int line = parenLine[i];
        return lines.errorRaw("SyntaxError", "'" + parenStack[i] + "' was never closed", line,
            lines.pegenCol(line, parenCol[i]) + 1, line, 0);
    }

    // ---- helpers -------------------------------------------------------------------

    private int peek(int k) {
        int p = pos + k;
        return p < n ? buf[p] & 0xff : -1;
    }

    private void add(int type, int start, int end, String text) {
        int sl = lineOf(start);
        int el = lineOf(end);
        Token t = new Token(type, start, end, sl, start - lines.start(sl), el, end - lines.start(el), text);
        t.level = level;
        tokens.add(t);
    }

    private int lineOf(int off) {
        if (off >= lineStart) {
            // fast path: the current line (or a later one when off is past a newline)
            if (lineno < lines.count() && off >= lines.start(lineno + 1)) {
                return lines.lineOf(off);
            }
            return lineno;
        }
        return lines.lineOf(off);
    }

    private void newline(int nlPos) {
        lineno++;
        lineStart = nlPos + 1;
    }

    /** tokenizer.c syntaxerror(): offset = end offset = characters up to CUR on this line. */
    PySyntaxError errCur(String msg, int cur) {
        return lines.tokError("SyntaxError", msg, lineno, cur);
    }

    /** syntaxerror_known_range(): explicit 1-based columns (bytes from the line start). */
    PySyntaxError errRange(String msg, int col1, int end1) {
        return lines.errorRaw("SyntaxError", msg, lineno, col1, lineno, end1);
    }

    /** A tokenizer error reported by pegen with offset COL+1 and end offset 0 (_Pypegen_tokenizer_error). */
    PySyntaxError errPegen(String kind, String msg, int col) {
        errorRaised = false;
        return lines.errorRaw(kind, msg, lineno, col + 1, lineno, 0);
    }

    static boolean isIdStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    static boolean isIdChar(int c) {
        return isIdStart(c) || (c >= '0' && c <= '9');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    // ---- the main loop ---------------------------------------------------------------

    /** Adds the next token(s); false at the end. */
    private boolean next() {
        if (modeTop >= 0 && modes[modeTop].state != EXPR) {
            fstringPart(modes[modeTop]);
            return true;
        }
        if (atBol) {
            atBol = false;
            indentation();
        }
        if (pendin != 0) {
            if (pendin < 0) {
                pendin++;
                add(DEDENT, pos, pos, null);
            } else {
                pendin--;
                add(INDENT, lineStart, pos, null);
            }
            return true;
        }
        if (asyncDef && asyncDefNl && level == 0 && !blankLine && peek(0) != '\n' && asyncDefIndent >= indent) {
            // back at (or left of) the indentation of the 'async def': its body has ended
            asyncDef = false;
            asyncDefNl = false;
            asyncDefIndent = 0;
        }
        // skip spaces
        int c;
        while (true) {
            c = peek(0);
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                int cs = pos;
                while (pos < n && buf[pos] != '\n') {
                    pos++;
                }
                if (extra) {
                    add(COMMENT, cs, pos, text(cs, pos));
                } else if (typeComments && typeComment(cs)) {
                    return true;
                }
            } else if (c == '\\') {
                int d = peek(1);
                if (d == '\n') {
                    pos += 2;
                    newline(pos - 1);
                    if (pos >= n) {
                        // E_EOF after a continuation line
                        int line = lines.lineOf(pos - 1);
                        eofError = true;
                        continuationEof = lines.errorRaw("SyntaxError", "unexpected EOF while parsing", line,
                            lines.pegenCol(line, pos), line, -1);
                        if (level > 0) {
                            throw unclosed();
                        }
                        errorRaised = false;
                        throw continuationEof;
                    }
                } else if (d < 0) {
                    // input without a final newline ('eval', 'single'): E_LINECONT as well,
                    // the tokenizer still just past the backslash
                    throw errPegen("SyntaxError", "unexpected character after line continuation character",
                        lines.pegenCol(lineno, pos));
                } else {
                    // E_LINECONT: col_offset = cur - buf - 1, cur being past the character after '\'
                    throw errPegen("SyntaxError", "unexpected character after line continuation character",
                        lines.pegenCol(lineno, pos + 1));
                }
            } else {
                break;
            }
        }
        int start = pos;
        if (c < 0) {
            return eof();
        }
        if (isIdStart(c)) {
            return nameOrString(start);
        }
        if (c == '\n') {
            pos++;
            if (blankLine || level > 0) {
                if (extra && !emptySource) {
                    tokens.add(new Token(NL, start, pos, lineno, start - lineStart, lineno, start - lineStart + 1, "\n"));
                }
                newline(start);
                atBol = true;
                return true;
            }
            tokens.add(new Token(NEWLINE, start, pos, lineno, start - lineStart, lineno, start - lineStart + 1, null));
            if (asyncDef) {
                // a NEWLINE after 'async def': past the signature
                asyncDefNl = true;
            }
            newline(start);
            atBol = true;
            return true;
        }
        if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
            number(start);
            return true;
        }
        if (c == '\'' || c == '"') {
            string(start);
            return true;
        }
        operator(start, c);
        return true;
    }

    private boolean eof() {
        if (level > 0) {
            eofInParens = true;
            // on the last line read (CPython's tokenizer does not count a line after the
            // final newline), its position at the end of the input
            int line = buf[n - 1] != '\n' ? lineno : Math.max(1, lines.count());
            Token t = new Token(ERRORTOKEN, n, n, line, n - lines.start(line), line, n - lines.start(line), null);
            t.level = level;
            tokens.add(t);
            return false;
        }
        if (modeTop >= 0) {
            throw fstringEof(modes[modeTop]);
        }
        if (n > 0 && buf[n - 1] != '\n' && !extra) {
            // 'eval'/'single' input whose last line has no newline: at EOF in the middle of a
            // line CPython's tokenizer gives ENDMARKER alone (no NEWLINE, no DEDENT), on that
            // line, with the tokenizer's position at its end.
            eofIndent = indent;
            tokens.add(new Token(ENDMARKER, n, n, lineno, n - lineStart, lineno, n - lineStart, null));
            return true;
        }
        // At the end, CPython's tokenizer stays on the last line, its position past the newline
        // (line 0 when there was no input at all).
        int line = emptySource ? 0 : lines.count();
        int col = emptySource ? 0 : n - lines.start(line);
        int k = tokens.size() - 1;
        while (k >= 0 && (tokens.get(k).type == COMMENT || tokens.get(k).type == NL)) {
            k--;
        }
        if (k >= 0) {
            int t = tokens.get(k).type;
            if (t != NEWLINE && t != DEDENT && t != INDENT) {
                tokens.add(new Token(NEWLINE, pos, pos, line, col, line, col + 1, null));
            }
        }
        while (indent > 0) {
            indent--;
            tokens.add(new Token(DEDENT, pos, pos, line, col, line, col, null));
        }
        tokens.add(new Token(ENDMARKER, pos, pos, line, col, line, col, null));
        return true;
    }

    /** Indentation at the start of a line (tok_get_normal_mode, "Get indentation level"). */
    private void indentation() {
        int col = 0;
        int altcol = 0;
        int contCol = -1;
        int contAlt = 0;
        while (true) {
            int c = peek(0);
            if (c == '\\' && peek(1) == '\n') {
                // indentation cannot continue over a backslash: the first one fixes the level
                if (contCol < 0) {
                    contCol = col;
                    contAlt = altcol;
                }
                pos += 2;
                newline(pos - 1);
                if (pos >= n) {
                    errorRaised = false;
                    eofError = true; // E_EOF
                    continuationEof = lines.errorRaw("SyntaxError", "unexpected EOF while parsing", lineno - 1,
                        lines.pegenCol(lineno - 1, pos), lineno - 1, -1);
                    throw continuationEof;
                }
                continue;
            }
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / TABSIZE + 1) * TABSIZE;
                altcol = altcol + 1;
            } else if (c == '\f') {
                col = 0;
                altcol = 0;
            } else {
                break;
            }
            pos++;
        }
        int c = peek(0);
        blankLine = c == '#' || c == '\n' || c < 0;
        if (blankLine || level > 0) {
            return;
        }
        if (contCol >= 0) {
            col = contCol;
            altcol = contAlt;
        }
        if (col == indStack[indent]) {
            if (altcol != altStack[indent]) {
                throw tabError();
            }
        } else if (col > indStack[indent]) {
            if (indent + 1 >= MAXINDENT) {
                throw errPegen("IndentationError", "too many levels of indentation", 0);
            }
            if (altcol <= altStack[indent]) {
                throw tabError();
            }
            pendin++;
            indent++;
            indStack[indent] = col;
            altStack[indent] = altcol;
        } else {
            while (indent > 0 && col < indStack[indent]) {
                pendin--;
                indent--;
            }
            if (col != indStack[indent]) {
                // E_DEDENT: reported at the end of the line (tok->cur = tok->inp), no end offset
                int eol = pos;
                while (eol < n && buf[eol] != '\n') {
                    eol++;
                }
                errorRaised = false;
                throw lines.errorRaw("IndentationError", "unindent does not match any outer indentation level", lineno,
                    lines.pegenCol(lineno, Math.min(n, eol + 1)), lineno, -1);
            }
            if (altcol != altStack[indent]) {
                throw tabError();
            }
        }
    }

    private PySyntaxError tabError() {
        return errPegen("TabError", "inconsistent use of tabs and spaces in indentation", 0);
    }

    // ---- names and string prefixes ---------------------------------------------------

    private boolean nameOrString(int start) {
        boolean sawB = false, sawR = false, sawU = false, sawF = false;
        while (true) {
            int c = peek(0);
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            pos++;
            int q = peek(0);
            if (q == '\'' || q == '"') {
                if (sawF) {
                    fstringStart(start, sawR);
                } else {
                    string(start);
                }
                return true;
            }
        }
        boolean ascii = true;
        while (true) {
            int c = peek(0);
            if (!isIdChar(c)) {
                break;
            }
            if (c >= 128) {
                ascii = false;
            }
            pos++;
        }
        String name;
        if (ascii) {
            name = new String(buf, start, pos - start, StandardCharsets.ISO_8859_1);
        } else if (extra && lenient) {
            // tokenize (extra tokens) takes any non-ASCII run as a NAME, unchecked
            name = text(start, pos);
        } else {
            name = verifyIdentifier(start);
        }
        int type = ascii ? TokenType.keyword(name) : NAME;
        if (asyncHacks && !asyncDef && (type == KW_ASYNC || type == KW_AWAIT)) {
            if (type == KW_ASYNC && defFollows()) {
                asyncDef = true;
                asyncDefNl = false;
                asyncDefIndent = indent;
            } else {
                type = NAME;
            }
        }
        add(type, start, pos, name);
        return true;
    }

    /** Whether the next token is the name 'def' (the look-ahead of tok_get_normal_mode's async hacks). */
    private boolean defFollows() {
        int i = pos;
        while (i < n) {
            int c = buf[i] & 0xff;
            if (c == ' ' || c == '\t' || c == '\f') {
                i++;
            } else if (c == '\\' && i + 1 < n && buf[i + 1] == '\n') {
                i += 2;
            } else {
                break;
            }
        }
        return i + 3 <= n && buf[i] == 'd' && buf[i + 1] == 'e' && buf[i + 2] == 'f'
            && (i + 3 == n || !isIdChar(buf[i + 3] & 0xff));
    }

    /**
     * The comment at CS..pos, when it reads "#", blanks, "type:", blanks and more: a
     * TYPE_COMMENT token (true), or, for "type: ignore" followed by nothing alphanumeric,
     * an entry in {@link #typeIgnores} (the parser never sees those). Compare tokenizer.c,
     * the type_comment_prefix matching in tok_get_normal_mode.
     */
    private boolean typeComment(int cs) {
        int end = pos;
        int i = cs + 1;
        while (i < end && (buf[i] == ' ' || buf[i] == '\t')) {
            i++;
        }
        if (end - i < 5 || buf[i] != 't' || buf[i + 1] != 'y' || buf[i + 2] != 'p' || buf[i + 3] != 'e'
            || buf[i + 4] != ':') {
            return false;
        }
        i += 5;
        if (i >= end) {
            return false;
        }
        while (i < end && (buf[i] == ' ' || buf[i] == '\t')) {
            i++;
        }
        int ig = i + 6;
        boolean ignore = ig <= end && new String(buf, i, 6, StandardCharsets.ISO_8859_1).equals("ignore")
            && !(ig < end && ((buf[ig] & 0xff) >= 128 || Character.isLetterOrDigit(buf[ig])));
        if (ignore) {
            // on a line of its own CPython's tokenizer takes the newline into the tag
            int tagEnd = blankLine && end < n && buf[end] == '\n' ? end + 1 : end;
            typeIgnores.add(new org.pyvm.ast.TypeIgnoreNode.TypeIgnore(lineno, text(ig, tagEnd)));
            return false;
        }
        add(TYPE_COMMENT, i, end, text(i, end));
        // the newline after it is a NEWLINE even on an otherwise blank line (blankline is
        // local to each tok_get call in CPython)
        blankLine = false;
        return true;
    }

    /** verify_identifier: NFKC-normalize and check XID_Start/XID_Continue. */
    private String verifyIdentifier(int start) {
        String bad = Utf8.check(buf, start, pos);
        if (bad != null) {
            int at = start;
            while (at < pos && (buf[at] & 0xff) < 0x80) {
                at++;
            }
            throw lines.errorRaw("SyntaxError", "(unicode error) " + bad, lineno, lines.charsTo(lineno, at) + 1,
                lineno, -1);
        }
        String raw = new String(buf, start, pos - start, StandardCharsets.UTF_8);
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        int i = 0;
        int off = start;
        // report the first code point of the raw text that is not an identifier char
        for (int k = 0; k < raw.length(); ) {
            int cp = raw.codePointAt(k);
            // CPython checks the text as written (XID_Start/XID_Continue), then normalizes
            boolean ok = k == 0 && start == off ? IdChars.START.contains(cp) : IdChars.CONTINUE.contains(cp);
            if (!ok) {
                int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                pos = off + len;
                if (!org.pyvm.ast.Repr.printable(cp)) {
                    throw errCur(String.format("invalid non-printable character U+%04X", cp), pos);
                }
                throw errCur(String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(cp)), cp), pos);
            }
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            off += len;
            k += Character.charCount(cp);
            i++;
        }
        return s;
    }

    // ---- numbers ---------------------------------------------------------------------

    private void number(int start) {
        int c = peek(0);
        if (c == '0' && (peek(1) == 'x' || peek(1) == 'X' || peek(1) == 'o' || peek(1) == 'O' || peek(1) == 'b' || peek(1) == 'B')) {
            int k = peek(1) | 0x20;
            pos += 2;
            String kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
            do {
                if (peek(0) == '_') {
                    pos++;
                }
                int d = peek(0);
                if (!radixDigit(k, d)) {
                    if (isDigit(d) && k != 'x') {
                        throw errCur("invalid digit '" + (char) d + "' in " + kind + " literal", pos + 1);
                    }
                    throw errCur("invalid " + kind + " literal", pos);
                }
                while (radixDigit(k, peek(0))) {
                    pos++;
                }
            } while (peek(0) == '_');
            if (isDigit(peek(0)) && k != 'x') {
                throw errCur("invalid digit '" + (char) peek(0) + "' in " + kind + " literal", pos + 1);
            }
            endOfNumber(start, kind);
            add(NUMBER, start, pos, text(start, pos));
            return;
        }
        boolean isFloat = false;
        if (c == '.') {
            pos++;
            decimalTail(start);
            isFloat = true;
            exponentAndImag(start);
            return;
        }
        boolean leadingZero = c == '0';
        decimalTail(start);
        boolean nonzero = false;
        if (leadingZero) {
            for (int i = start; i < pos; i++) {
                if (buf[i] != '0' && buf[i] != '_') {
                    nonzero = true;
                }
            }
        }
        c = peek(0);
        if (c == '.') {
            pos++;
            if (isDigit(peek(0))) {
                decimalTail(start);
            }
            isFloat = true;
        }
        int e = peek(0);
        if (e == 'e' || e == 'E' || e == 'j' || e == 'J' || isFloat) {
            exponentAndImag(start);
            return;
        }
        if (nonzero && !(extra && lenient)) {
            // (tokenize's extra-tokens mode lets old octal literals through)
            int z = start;
            while (buf[z] == '0' || buf[z] == '_') {
                z++;
            }
            throw errRange("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                start - lineStart + 1, z + 1 - lineStart);
        }
        endOfNumber(start, "decimal");
        add(NUMBER, start, pos, text(start, pos));
    }

    private void exponentAndImag(int start) {
        int e = peek(0);
        if (e == 'e' || e == 'E') {
            int save = pos;
            pos++;
            int s = peek(0);
            if (s == '+' || s == '-') {
                pos++;
                if (!isDigit(peek(0))) {
                    throw errCur("invalid decimal literal", pos);
                }
            } else if (!isDigit(s)) {
                pos = save;
                endOfNumber(start, "decimal");
                add(NUMBER, start, pos, text(start, pos));
                return;
            }
            decimalTail(start);
        }
        if (peek(0) == 'j' || peek(0) == 'J') {
            pos++;
            endOfNumber(start, "imaginary");
        } else {
            endOfNumber(start, "decimal");
        }
        add(NUMBER, start, pos, text(start, pos));
    }

    private static boolean radixDigit(int k, int d) {
        if (k == 'x') {
            return isDigit(d) || (d >= 'a' && d <= 'f') || (d >= 'A' && d <= 'F');
        }
        if (k == 'o') {
            return d >= '0' && d <= '7';
        }
        return d == '0' || d == '1';
    }

    /** tok_decimal_tail: digits with single underscores between them. */
    private void decimalTail(int start) {
        while (true) {
            while (isDigit(peek(0))) {
                pos++;
            }
            if (peek(0) != '_') {
                return;
            }
            pos++;
            if (!isDigit(peek(0))) {
                throw errCur("invalid decimal literal", pos);
            }
        }
    }

    /** verify_end_of_number: a number may be followed by some keywords, not by a name. */
    private void endOfNumber(int start, String kind) {
        int c = peek(0);
        // only an ASCII letter or digit makes the number invalid (2Δ is NUMBER NAME); tokenize
        // (extra tokens) splits "1abc" into NUMBER NAME without complaint
        if (!isIdChar(c) || c >= 128 || (extra && lenient)) {
            return;
        }
        // a keyword that may follow a number in valid code: still accepted, with a SyntaxWarning
        boolean keyword = switch (c) {
            case 'a' -> word("and");
            case 'e' -> word("else");
            case 'f' -> word("for");
            case 'o' -> word("or");
            case 'n' -> word("not");
            case 'i' -> peek(1) == 'f' || peek(1) == 'n' || peek(1) == 's';
            default -> false;
        };
        if (keyword) {
            if (warnings != null) {
                PySyntaxError e = errCur("invalid " + kind + " literal", pos);
                String text = e.text() != null && e.text().endsWith("\n") ? e.text().substring(0, e.text().length() - 1)
                    : e.text();
                warnings.add(new org.pyvm.ast.CompileWarning(e.msg(), e.lineno(), e.offset(), e.endLineno(),
                    e.endOffset(), text));
            }
            return;
        }
        throw errCur("invalid " + kind + " literal", pos);
    }

    /** lookahead() in tokenizer.c: the word W here, not followed by an identifier character. */
    private boolean word(String w) {
        return startsWith(w) && !isIdChar(peek(w.length()));
    }

    private boolean startsWith(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (peek(i) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private String text(int s, int e) {
        return new String(buf, s, e - s, StandardCharsets.UTF_8);
    }

    // ---- strings ---------------------------------------------------------------------

    /** A plain (non-f) string literal starting at START (its prefix) with its quote at POS. */
    private void string(int start) {
        int q = peek(0);
        int size = 1;
        pos++;
        if (peek(0) == q && peek(1) == q) {
            size = 3;
            pos += 2;
        }
        int startLine = lineno;
        while (true) {
            int c = peek(0);
            if (c < 0) {
                PySyntaxError e = unterminated(start, size == 3 ? "unterminated triple-quoted string literal"
                    : "unterminated string literal", startLine);
                eofError = true;
                pos = start + 1; // as tokenizer.c leaves tok->cur: just past the opening quote
                throw e;
            }
            pos++;
            if (c == '\n') {
                if (size == 1) {
                    pos--;
                    throw unterminated(start, "unterminated string literal", startLine);
                }
                newline(pos - 1);
            } else if (c == q) {
                if (size == 1) {
                    break;
                }
                if (peek(0) == q && peek(1) == q) {
                    pos += 2;
                    break;
                }
            } else if (c == '\\') {
                int d = peek(0);
                if (d < 0) {
                    continue;
                }
                pos++;
                if (d == '\n') {
                    newline(pos - 1);
                }
            }
        }
        add(STRING, start, pos, null);
    }

    /**
     * An unterminated string: reported at its first character (offset = start + 1), the
     * message naming the line where the tokenizer stopped. Inside an f-string expression,
     * a quote like the f-string's own means a missing '}' instead.
     */
    private PySyntaxError unterminated(int start, String what, int startLine) {
        int detected = lines.lineOf(Math.min(pos, n - 1));
        int c = lines.charsTo(startLine, start) + 1;
        if (modeTop >= 0) {
            FMode m = modes[modeTop];
            int q = start;
            while (buf[q] != '\'' && buf[q] != '"') {
                q++;
            }
            int size = q + 2 < n && buf[q + 1] == buf[q] && buf[q + 2] == buf[q] ? 3 : 1;
            if (buf[q] == m.quote && size == m.quoteSize) {
                return lines.errorRaw("SyntaxError", "f-string: expecting '}'", startLine, c, startLine, c);
            }
        }
        return lines.errorRaw("SyntaxError", what + " (detected at line " + detected + ")", startLine, c, startLine, c);
    }

    // ---- f-strings ---------------------------------------------------------------------

    private void fstringStart(int start, boolean raw) {
        int q = peek(0);
        int size = 1;
        pos++;
        if (peek(0) == q && peek(1) == q) {
            size = 3;
            pos += 2;
        }
        // tok_mode_stack_index + 1 >= MAXFSTRINGLEVEL, the index counting the f-strings open
        if (modeTop + 2 >= MAXFSTRINGLEVEL) {
            throw errCur("too many nested f-strings", pos);
        }
        FMode m = new FMode();
        m.quote = (byte) q;
        m.quoteSize = size;
        m.raw = raw;
        m.startLine = lineno;
        m.startCol = start;
        m.state = LIT;
        modes[++modeTop] = m;
        add(FSTRING_START, start, pos, text(start, pos));
    }

    private PySyntaxError fstringEof(FMode m) {
        int detected = lines.lineOf(Math.min(pos, n - 1));
        int c = lines.charsTo(m.startLine, m.startCol) + 1;
        return lines.errorRaw("SyntaxError", (m.quoteSize == 3 ? "unterminated triple-quoted f-string literal"
            : "unterminated f-string literal") + " (detected at line " + detected + ")", m.startLine, c, m.startLine, c);
    }

    private boolean atEndQuote(FMode m) {
        if (peek(0) != m.quote) {
            return false;
        }
        return m.quoteSize == 1 || (peek(1) == m.quote && peek(2) == m.quote);
    }

    /** The literal or format-spec part of an f-string (tok_get_fstring_mode). */
    private void fstringPart(FMode m) {
        int start = pos;
        if (atEndQuote(m)) {
            pos += m.quoteSize;
            modeTop--;
            add(FSTRING_END, start, pos, null);
            return;
        }
        StringBuilder sb = new StringBuilder();
        int segStart = pos;
        while (true) {
            int c = peek(0);
            if (c < 0) {
                throw fstringEof(m);
            }
            if (atEndQuote(m)) {
                break;
            }
            if (c == '\n') {
                if (m.quoteSize == 1 && m.state == SPEC) {
                    // a newline ends a single-quoted f-string's format spec: the text so far,
                    // then the expression's regular mode (the newline is inside the braces)
                    m.state = EXPR;
                    if (pos > start) {
                        add(FSTRING_MIDDLE, start, pos, sb.append(text(segStart, pos)).toString());
                    } else {
                        next();
                    }
                    return;
                }
                if (m.quoteSize == 1 && m.state == LIT) {
                    int c0 = lines.charsTo(m.startLine, m.startCol) + 1;
                    throw lines.errorRaw("SyntaxError", "unterminated f-string literal (detected at line " + lineno + ")",
                        m.startLine, c0, m.startLine, c0);
                }
                pos++;
                newline(pos - 1);
                continue;
            }
            if (c == '{') {
                if (peek(1) == '{' && m.state == LIT) {
                    sb.append(text(segStart, pos + 1));
                    pos += 2;
                    segStart = pos;
                    if (extra) {
                        // tokenize shows the text up to the first brace, the second skipped
                        add(FSTRING_MIDDLE, start, pos - 1, sb.toString());
                        return;
                    }
                    continue;
                }
                break;
            }
            if (c == '}') {
                if (peek(1) == '}' && m.state == LIT) {
                    sb.append(text(segStart, pos + 1));
                    pos += 2;
                    segStart = pos;
                    if (extra) {
                        add(FSTRING_MIDDLE, start, pos - 1, sb.toString());
                        return;
                    }
                    continue;
                }
                if (m.state == LIT) {
                    throw errCur("f-string: single '}' is not allowed", pos + 1);
                }
                break;
            }
            if (c == '\\') {
                int d = peek(1);
                if (d == 'N' && peek(2) == '{' && !m.raw) {
                    pos += 3;
                    while (peek(0) >= 0 && peek(0) != '}' && peek(0) != m.quote && peek(0) != '\n') {
                        pos++;
                    }
                    if (peek(0) == '}') {
                        pos++;
                        if (extra) {
                            // tokenize ends the text after a \N{...} escape
                            sb.append(text(segStart, pos));
                            add(FSTRING_MIDDLE, start, pos, sb.toString());
                            return;
                        }
                    }
                    continue;
                }
                if (d == '{' || d == '}') {
                    if (!m.raw && warnings != null) {
                        // a backslash before a brace escapes nothing (tok_get_fstring_mode's
                        // _PyTokenizer_warn_invalid_escape_sequence)
                        PySyntaxError e = errCur("invalid escape sequence '\\" + (char) d + "'", pos + 2);
                        String text = e.text() != null && e.text().endsWith("\n")
                            ? e.text().substring(0, e.text().length() - 1) : e.text();
                        warnings.add(new org.pyvm.ast.CompileWarning(e.msg(), e.lineno(), e.offset(), e.endLineno(),
                            e.endOffset(), text));
                    }
                    pos++;
                    continue;
                }
                pos++;
                if (d == '\n') {
                    pos++;
                    newline(pos - 1);
                } else if (d >= 0) {
                    pos++;
                }
                continue;
            }
            pos++;
        }
        sb.append(text(segStart, pos));
        // In a format spec CPython's tokenizer emits the text before '}' even when empty,
        // and an empty text before "{{" (which opens a field there); the parser drops a
        // spec that is one empty text (action_helpers.c: _PyPegen_setup_full_format_spec).
        int prev = tokens.isEmpty() ? -1 : tokens.get(tokens.size() - 1).type;
        boolean emptySpecText = m.state == SPEC && pos == start && !m.emptyEmitted
            && ((peek(0) == '}' && prev != FSTRING_MIDDLE) || (peek(0) == '{' && peek(1) == '{'));
        if (pos > start || emptySpecText) {
            m.emptyEmitted = pos == start;
            add(FSTRING_MIDDLE, start, pos, sb.toString());
            return;
        }
        m.emptyEmitted = false;
        // a '{' opening a replacement field, or the '}' closing a format spec
        int c = peek(0);
        if (c == '{') {
            if (m.fieldTop + 1 >= 3) {
                // MAX_EXPR_NESTING in tokenizer.c
                throw errCur("f-string: expressions nested too deeply", pos);
            }
            pos++;
            pushParen('{', start);
            add(LBRACE, start, pos, null);
            if (m.fieldTop + 1 >= m.fieldLevels.length) {
                m.fieldLevels = java.util.Arrays.copyOf(m.fieldLevels, m.fieldLevels.length * 2);
            }
            m.fieldLevels[++m.fieldTop] = level * 4 + m.state;
            m.exprLevel = level;
            m.state = EXPR;
        } else {
            // '}' ending a format spec: close the replacement field
            pos++;
            closeField(m, start);
        }
    }

    private void closeField(FMode m, int start) {
        level--;
        add(RBRACE, start, pos, null);
        int outer = m.fieldLevels[m.fieldTop--] & 3;
        m.state = outer;
        if (m.fieldTop >= 0) {
            m.exprLevel = m.fieldLevels[m.fieldTop] >> 2;
        }
    }

    private void pushParen(char c, int start) {
        if (level >= MAXLEVEL) {
            throw errCur("too many nested parentheses", start + 1);
        }
        parenStack[level] = c;
        parenLine[level] = lineno;
        parenCol[level] = start;
        level++;
    }

    // ---- operators -------------------------------------------------------------------

    private void operator(int start, int c) {
        int c1 = peek(1);
        int c2 = peek(2);
        int type;
        int len = 1;
        FMode m = modeTop >= 0 ? modes[modeTop] : null;
        switch (c) {
            case '(', '[', '{' -> {
                pushParen((char) c, start);
                pos++;
                add(c == '(' ? LPAR : c == '[' ? LSQB : LBRACE, start, pos, null);
                return;
            }
            case ')', ']', '}' -> {
                pos++;
                boolean loose = extra && lenient;
                if (level == 0) {
                    if (loose) {
                        // tokenize's extra tokens: a stray closing bracket is just an operator
                        add(c == ')' ? RPAR : c == ']' ? RSQB : RBRACE, start, pos, null);
                        return;
                    }
                    throw errCur("unmatched '" + (char) c + "'", pos);
                }
                char open = parenStack[level - 1];
                if (!loose && !((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))) {
                    if (m != null && m.state == EXPR && level == m.exprLevel) {
                        throw errCur("f-string: unmatched '" + (char) c + "'", pos);
                    }
                    if (parenLine[level - 1] != lineno) {
                        throw errCur("closing parenthesis '" + (char) c + "' does not match opening parenthesis '" + open
                            + "' on line " + parenLine[level - 1], pos);
                    }
                    throw errCur("closing parenthesis '" + (char) c + "' does not match opening parenthesis '" + open
                        + "'", pos);
                }
                if (m != null && m.state == EXPR && c == '}' && level == m.exprLevel) {
                    closeField(m, start);
                    return;
                }
                level--;
                add(c == ')' ? RPAR : c == ']' ? RSQB : RBRACE, start, pos, null);
                return;
            }
            case ':' -> {
                if (m != null && m.state == EXPR && level == m.exprLevel) {
                    // a format spec starts here, even before '=' (f'{x:=10}'); text ":" marks it
                    pos++;
                    add(COLON, start, pos, ":");
                    m.state = SPEC;
                    return;
                }
                if (c1 == '=') {
                    type = COLONEQUAL;
                    len = 2;
                } else {
                    type = COLON;
                }
            }
            case ',' -> type = COMMA;
            case ';' -> type = SEMI;
            case '~' -> type = TILDE;
            case '.' -> {
                if (c1 == '.' && c2 == '.') {
                    type = ELLIPSIS;
                    len = 3;
                } else {
                    type = DOT;
                }
            }
            case '+' -> { type = c1 == '=' ? PLUSEQUAL : PLUS; len = c1 == '=' ? 2 : 1; }
            case '-' -> {
                if (c1 == '=') { type = MINEQUAL; len = 2; }
                else if (c1 == '>') { type = RARROW; len = 2; }
                else type = MINUS;
            }
            case '*' -> {
                if (c1 == '*') { if (c2 == '=') { type = DOUBLESTAREQUAL; len = 3; } else { type = DOUBLESTAR; len = 2; } }
                else if (c1 == '=') { type = STAREQUAL; len = 2; }
                else type = STAR;
            }
            case '/' -> {
                if (c1 == '/') { if (c2 == '=') { type = DOUBLESLASHEQUAL; len = 3; } else { type = DOUBLESLASH; len = 2; } }
                else if (c1 == '=') { type = SLASHEQUAL; len = 2; }
                else type = SLASH;
            }
            case '<' -> {
                if (c1 == '<') { if (c2 == '=') { type = LEFTSHIFTEQUAL; len = 3; } else { type = LEFTSHIFT; len = 2; } }
                else if (c1 == '=') { type = LESSEQUAL; len = 2; }
                else if (c1 == '>') { type = NOTEQUAL; len = 2; }
                else type = LESS;
            }
            case '>' -> {
                if (c1 == '>') { if (c2 == '=') { type = RIGHTSHIFTEQUAL; len = 3; } else { type = RIGHTSHIFT; len = 2; } }
                else if (c1 == '=') { type = GREATEREQUAL; len = 2; }
                else type = GREATER;
            }
            case '=' -> { type = c1 == '=' ? EQEQUAL : EQUAL; len = c1 == '=' ? 2 : 1; }
            case '!' -> { type = c1 == '=' ? NOTEQUAL : EXCLAMATION; len = c1 == '=' ? 2 : 1; }
            case '%' -> { type = c1 == '=' ? PERCENTEQUAL : PERCENT; len = c1 == '=' ? 2 : 1; }
            case '&' -> { type = c1 == '=' ? AMPEREQUAL : AMPER; len = c1 == '=' ? 2 : 1; }
            case '|' -> { type = c1 == '=' ? VBAREQUAL : VBAR; len = c1 == '=' ? 2 : 1; }
            case '^' -> { type = c1 == '=' ? CIRCUMFLEXEQUAL : CIRCUMFLEX; len = c1 == '=' ? 2 : 1; }
            case '@' -> { type = c1 == '=' ? ATEQUAL : AT; len = c1 == '=' ? 2 : 1; }
            default -> {
                if (c < 128) {
                    if (c < ' ' || c == 127) {
                        throw errCur(String.format("invalid non-printable character U+%04X", c), pos + 1);
                    }
                    type = OP_ERROR;
                } else {
                    type = OP_ERROR;
                }
            }
        }
        pos += len;
        add(type, start, pos, type == OP_ERROR ? text(start, pos) : null);
    }
}
