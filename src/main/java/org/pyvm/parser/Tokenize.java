package org.pyvm.parser;

import static org.pyvm.parser.TokenType.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The token stream of Python's {@code tokenize} module (in 3.12 the C tokenizer with
 * extra tokens: Python-tokenize.c), for the runtime's {@code _tokenize}: ENCODING,
 * COMMENT, NL, operators as OP, keywords as NAME, NEWLINE strings, INDENT/DEDENT and
 * ENDMARKER positions as tokenize reports them, columns in characters.
 */
public final class Tokenize {
    private Tokenize() {}

    /** One token as {@code tokenize.TokenInfo}: type name, string, start, end, physical line(s). */
    public record TokenInfo(String type, String string, int startLine, int startCol, int endLine, int endCol,
                            String line) {
        @Override
        public String toString() {
            return type + " " + org.pyvm.ast.Repr.str(string) + " (" + startLine + ", " + startCol + ") (" + endLine
                + ", " + endCol + ") " + org.pyvm.ast.Repr.str(line);
        }
    }

    /** {@code tokenize.tokenize(readline)} over bytes SOURCE; a tokenizer error is thrown. */
    public static List<TokenInfo> tokenize(byte[] source) {
        List<TokenInfo> out = new ArrayList<>();
        tokenize(source, out);
        return out;
    }

    /**
     * Adds the tokens of SOURCE to OUT; a tokenizer error is thrown after the tokens
     * before it, as tokenize's generator raises it when it gets there.
     */
    public static void tokenize(byte[] source, List<TokenInfo> out) {
        String enc = SourceDecoder.codingSpec(source, 0);
        byte[] buf = SourceDecoder.decode(source, "<tokenize>");
        out.add(new TokenInfo("ENCODING", enc == null ? "utf-8" : enc, 0, 0, 0, 0, ""));
        tokens(source, buf, out);
    }

    /**
     * Adds the tokens of source text already decoded (UTF8, what _tokenize.TokenizerIter's
     * readline gave as str, or as bytes it decoded): no ENCODING token, and a coding
     * declaration in it is only a comment. A tokenizer error is thrown after the tokens before it.
     */
    public static void tokenizeDecoded(byte[] utf8, List<TokenInfo> out) {
        tokenizeDecoded(utf8, out, true);
    }

    /**
     * {@link #tokenizeDecoded(byte[], List)}; without LENIENT the checks that CPython's
     * tokenizer skips for tokenize's extra tokens apply (identifiers, leading zeros, a
     * number running into a name), as for _tokenize.TokenizerIter(extra_tokens=False).
     */
    public static void tokenizeDecoded(byte[] utf8, List<TokenInfo> out, boolean lenient) {
        tokens(utf8, SourceDecoder.decode(utf8, "<tokenize>", true, false), out, lenient);
    }

    private static void tokens(byte[] source, byte[] buf, List<TokenInfo> out) {
        tokens(source, buf, out, true);
    }

    /**
     * The lines of SOURCE (1-based) that end in "\r\n": the decoder makes them "\n", but
     * tokenize reports NEWLINE and NL tokens and the lines as read.
     */
    private static boolean[] crlfLines(byte[] source) {
        boolean[] crlf = null;
        int line = 1;
        for (int i = 0; i < source.length; i++) {
            byte b = source[i];
            if (b == '\r' || b == '\n') {
                if (b == '\r' && i + 1 < source.length && source[i + 1] == '\n') {
                    if (crlf == null) {
                        crlf = new boolean[source.length + 2];
                    }
                    crlf[line] = true;
                    i++;
                }
                line++;
            }
        }
        return crlf;
    }

    private static void tokens(byte[] source, byte[] buf, List<TokenInfo> out, boolean lenient) {
        SourceLines lines = new SourceLines(buf, "<tokenize>");
        Tokenizer tk = new Tokenizer(buf, lines);
        tk.extra = true;
        tk.lenient = lenient;
        boolean[] crlf = crlfLines(source);
        tk.emptySource = source.length == 0;
        tk.run();
        boolean implicitNewline = source.length == 0 || (source[source.length - 1] != '\n' && source[source.length - 1] != '\r');
        int last = source.length == 0 ? 0 : lines.count();
        for (Token t : tk.tokens) {
            if (t.type == ERRORTOKEN) {
                if (tk.error != null) {
                    throw tk.error;
                }
                throw lines.errorRaw("SyntaxError", "unexpected EOF in multi-line statement", last, 0, last, 0);
            }
            boolean trailing = t.type == ENDMARKER || (t.type == DEDENT && t.start >= buf.length);
            if (trailing) {
                out.add(new TokenInfo(TokenType.name(t.type), "", last + 1, 0, last + 1, 0, ""));
                continue;
            }
            String type;
            String str;
            if (t.type >= LPAR && t.type <= OP_ERROR) {
                type = "OP";
            } else if (TokenType.isKeyword(t.type)) {
                type = "NAME";
            } else {
                type = TokenType.name(t.type);
            }
            // CPython 3.12 counts the end column of a literal spanning lines in bytes
            int endCol = (t.type == STRING || t.type == FSTRING_MIDDLE) && t.endLineno != t.lineno ? t.endCol
                : lines.charsTo(t.endLineno, lines.start(t.endLineno) + t.endCol);
            boolean cr = crlf != null && (t.type == NEWLINE || t.type == NL) && crlf[t.lineno];
            switch (t.type) {
                case NEWLINE -> {
                    boolean implicit = implicitNewline && t.start >= buf.length - 1;
                    str = implicit ? "" : cr ? "\r\n" : "\n";
                }
                case NL -> str = implicitNewline && t.start >= buf.length - 1 ? "" : cr ? "\r\n" : "\n";
                case INDENT, DEDENT, ENDMARKER -> str = new String(buf, t.start, t.end - t.start, StandardCharsets.UTF_8);
                default -> str = new String(buf, t.start, t.end - t.start, StandardCharsets.UTF_8);
            }
            if (t.type == FSTRING_MIDDLE) {
                str = t.text;
            }
            int startCol = lines.charsTo(t.lineno, lines.start(t.lineno) + t.col);
            boolean multi = t.type == STRING || t.type == FSTRING_MIDDLE;
            int from = multi ? t.lineno : t.endLineno;
            String line = text(lines, from, t.endLineno, implicitNewline);
            if (crlf != null) {
                line = withCr(line, crlf, from);
                if (multi && t.endLineno != t.lineno) {
                    str = withCr(str, crlf, t.lineno);
                }
                if (cr && !str.isEmpty()) {
                    endCol++;
                }
            }
            out.add(new TokenInfo(type, str, t.lineno, startCol, t.endLineno, endCol, line));
        }
    }

    /** TEXT, the lines from FROM on, with "\r\n" again where the source had it. */
    private static String withCr(String text, boolean[] crlf, int from) {
        StringBuilder sb = null;
        int line = from;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (line < crlf.length && crlf[line]) {
                    if (sb == null) {
                        sb = new StringBuilder(text.length() + 4);
                    }
                    sb.append(text, start, i).append('\r');
                    start = i;
                }
                line++;
            }
        }
        if (sb == null) {
            return text;
        }
        return sb.append(text, start, text.length()).toString();
    }

    /** The physical lines FROM to TO, without the newline the decoder added. */
    private static String text(SourceLines lines, int from, int to, boolean implicitNewline) {
        if (from == to) {
            return lineText(lines, from, implicitNewline);
        }
        return joinLines(lines, from, to, implicitNewline);
    }

    private static String lineText(SourceLines lines, int line, boolean implicitNewline) {
        if (lines.cachedLine != line) {
            lines.cachedLine = line;
            lines.cachedText = joinLines(lines, line, line, implicitNewline);
        }
        return lines.cachedText;
    }

    private static String joinLines(SourceLines lines, int from, int to, boolean implicitNewline) {
        StringBuilder sb = new StringBuilder();
        for (int l = from; l <= to; l++) {
            sb.append(lines.text(l));
        }
        if (implicitNewline && to == lines.count() && sb.length() > 0 && sb.charAt(sb.length() - 1) == '\n') {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }
}
