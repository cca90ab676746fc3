package org.pyvm.parser;

import static org.pyvm.parser.TokenType.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.pyvm.ast.Constants;
import org.pyvm.ast.Expr;

/**
 * String literals: the {@code strings} rule (implicit concatenation, f-strings as
 * JoinedStr, PEP 701) and the decoding of escapes (compare CPython
 * Parser/string_parser.c and action_helpers.c: _PyPegen_concatenate_strings,
 * _PyPegen_formatted_value).
 */
final class StringParser {
    private final ExprParser p;

    StringParser(ExprParser p) {
        this.p = p;
    }

    /** A piece of a JoinedStr before merging: a constant string or a FormattedValue. */
    private record Piece(Object text, Expr value, int line, int col, int endLine, int endCol) {}

    /**
     * Text as decoded: a String, or an int[] of code points when escapes produced
     * surrogates ("\\ud83d\\ude00" is two code points in Python, one in a Java String).
     */
    static Object join(List<Object> parts) {
        boolean plain = true;
        for (Object o : parts) {
            plain &= o instanceof String;
        }
        if (plain) {
            StringBuilder sb = new StringBuilder();
            for (Object o : parts) {
                sb.append((String) o);
            }
            return sb.toString();
        }
        java.util.stream.IntStream.Builder b = java.util.stream.IntStream.builder();
        for (Object o : parts) {
            if (o instanceof String s) {
                s.codePoints().forEach(b::add);
            } else {
                for (int cp : (int[]) o) {
                    b.add(cp);
                }
            }
        }
        return b.build().toArray();
    }

    /** The constant value of decoded text: a String, or Constants.CodePoints. */
    static Object value(Object text) {
        return text instanceof int[] cps ? new Constants.CodePoints(cps) : text;
    }

    private static boolean isEmpty(Object text) {
        return text instanceof String s ? s.isEmpty() : ((int[]) text).length == 0;
    }

    // strings: (fstring | STRING)+
    Expr strings() {
        Token first = p.cur();
        ArrayList<Piece> pieces = new ArrayList<>();
        boolean anyF = false;
        boolean anyBytes = false;
        boolean anyStr = false;
        ByteArrayOutputStream bytes = null;
        String kind = null;
        while (p.at(STRING) || p.at(FSTRING_START)) {
            if (p.at(STRING)) {
                Token s = p.next();
                String raw = new String(p.lines.buf, s.start, s.end - s.start, StandardCharsets.UTF_8);
                if (!raw.chars().allMatch(ch -> ch < 128)) {
                    checkUtf8(s, raw);
                }
                int q = 0;
                boolean isBytes = false, isRaw = false;
                while (raw.charAt(q) != '\'' && raw.charAt(q) != '"') {
                    char c = (char) (raw.charAt(q) | 0x20);
                    isBytes |= c == 'b';
                    isRaw |= c == 'r';
                    q++;
                }
                if (s == first && q > 0 && (raw.charAt(0) | 0x20) == 'u') {
                    kind = "u";
                }
                int qs = raw.length() - q >= 6 && raw.charAt(q + 1) == raw.charAt(q) && raw.charAt(q + 2) == raw.charAt(q)
                    ? 3 : 1;
                String body = raw.substring(q + qs, raw.length() - qs);
                if (isBytes) {
                    anyBytes = true;
                    for (int i = 0; i < body.length(); i++) {
                        if (body.charAt(i) >= 128) {
                            throw p.syntaxError("bytes can only contain ASCII literal characters", s);
                        }
                    }
                    if (bytes == null) {
                        bytes = new ByteArrayOutputStream();
                    }
                    byte[] b = isRaw ? body.getBytes(StandardCharsets.ISO_8859_1) : decodeBytes(body, s);
                    bytes.write(b, 0, b.length);
                } else {
                    anyStr = true;
                    Object v = isRaw ? body : decodeStr(body, s);
                    pieces.add(new Piece(v, null, s.lineno, s.col, s.endLineno, s.endCol));
                }
            } else {
                anyF = true;
                anyStr = true;
                fstring(pieces);
            }
        }
        Token last = p.last();
        if (anyBytes && anyStr) {
            // RAISE_SYNTAX_ERROR: at the token after the strings
            throw p.errorLastToken("SyntaxError", "cannot mix bytes and nonbytes literals", p.cur());
        }
        if (anyBytes) {
            return new Expr.Constant(new Constants.Bytes(bytes.toByteArray()), null, first.lineno, first.col,
                last.endLineno, last.endCol);
        }
        if (!anyF) {
            ArrayList<Object> parts = new ArrayList<>();
            for (Piece x : pieces) {
                parts.add(x.text);
            }
            return new Expr.Constant(value(join(parts)), kind, first.lineno, first.col, last.endLineno, last.endCol);
        }
        return new Expr.JoinedStr(merge(pieces, true), first.lineno, first.col, last.endLineno, last.endCol);
    }

    /** Adjacent constants become one, spanning from the first to the last. */
    private static List<Expr> merge(List<Piece> pieces, boolean dropEmpty) {
        ArrayList<Expr> out = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            Piece x = pieces.get(i);
            if (x.value != null) {
                out.add(x.value);
                i++;
                continue;
            }
            ArrayList<Object> parts = new ArrayList<>();
            parts.add(x.text);
            Piece end = x;
            int j = i + 1;
            while (j < pieces.size() && pieces.get(j).value == null) {
                end = pieces.get(j);
                parts.add(end.text);
                j++;
            }
            Object text = join(parts);
            if (!(dropEmpty && isEmpty(text))) {
                out.add(new Expr.Constant(value(text), null, x.line, x.col, end.endLine, end.endCol));
            }
            i = j;
        }
        return out;
    }

    /** A literal with malformed UTF-8 fails as its decoding would, positions within its body. */
    private void checkUtf8(Token s, String raw) {
        int q = s.start;
        byte[] b = p.lines.buf;
        while (b[q] != '\'' && b[q] != '"') {
            q++;
        }
        boolean isBytes = false;
        for (int i = s.start; i < q; i++) {
            isBytes |= (b[i] | 0x20) == 'b';
        }
        if (isBytes) {
            return;
        }
        int qs = q + 2 < s.end && b[q + 1] == b[q] && b[q + 2] == b[q] && s.end - q >= 6 ? 3 : 1;
        String bad = Utf8.check(b, q + qs, s.end - qs);
        if (bad != null) {
            throw p.syntaxError("(unicode error) " + bad, s);
        }
    }

    // fstring: FSTRING_START fstring_middle* FSTRING_END
    private void fstring(List<Piece> pieces) {
        Token start = p.next();
        boolean raw = start.text.indexOf('r') >= 0 || start.text.indexOf('R') >= 0;
        while (!p.at(FSTRING_END)) {
            if (p.at(FSTRING_MIDDLE)) {
                Token m = p.next();
                String bad = Utf8.check(p.lines.buf, m.start, m.end);
                if (bad != null) {
                    throw p.syntaxError("(unicode error) " + bad, m);
                }
                pieces.add(new Piece(raw ? m.text : decodeStr(m.text, null), null, m.lineno, m.col, m.endLineno,
                    m.endCol));
            } else if (p.at(LBRACE)) {
                replacementField(pieces, raw);
            } else {
                throw ParserBase.FAIL;
            }
        }
        p.next();
    }

    // fstring_replacement_field:
    //     '{' (yield_expr | star_expressions) '='? [fstring_conversion] [fstring_full_format_spec] '}'
    private void replacementField(List<Piece> pieces, boolean raw) {
        Token open = p.next();
        switch (p.t()) {
            case RBRACE -> throw p.syntaxError("f-string: valid expression required before '}'", p.cur());
            case EXCLAMATION -> throw p.syntaxError("f-string: valid expression required before '!'", p.cur());
            case COLON -> throw p.syntaxError("f-string: valid expression required before ':'", p.cur());
            case EQUAL -> throw p.syntaxError("f-string: valid expression required before '='", p.cur());
            default -> { }
        }
        Token first = p.cur();
        Expr value;
        try {
            value = p.at(KW_YIELD) ? p.yieldExpr() : p.starExpressions();
        } catch (ParserBase.Fail f) {
            // invalid_replacement_field: '{' !(yield_expr | star_expressions)
            throw p.errorAtToken("SyntaxError", "f-string: expecting a valid expression after '{'", first);
        }
        if (!p.at(EQUAL) && !p.at(EXCLAMATION) && !p.at(COLON) && !p.at(RBRACE)) {
            p.forgotComma(value);
            throw p.errorAtToken("SyntaxError", "f-string: expecting '=', or '!', or ':', or '}'", p.cur());
        }
        Piece debug = null;
        if (p.at(EQUAL)) {
            Token eq = p.next();
            Token after = p.cur();
            if (!p.at(EXCLAMATION) && !p.at(COLON) && !p.at(RBRACE)) {
                throw p.errorAtToken("SyntaxError", "f-string: expecting '!', or ':', or '}'", after);
            }
            String text = new String(p.lines.buf, open.end, after.start - open.end, StandardCharsets.UTF_8);
            debug = new Piece(stripComments(text), null, open.endLineno, open.endCol, after.lineno, after.col);
        }
        int conversion = -1;
        Token badConversion = null;
        if (p.at(EXCLAMATION)) {
            Token bang = p.next();
            Token c = p.cur();
            if (c.type == COLON || c.type == RBRACE) {
                throw p.syntaxError("f-string: missing conversion character", c);
            }
            if (c.type != NAME && !TokenType.isKeyword(c.type)) {
                throw p.syntaxError("f-string: invalid conversion character", c);
            }
            if (c.start != bang.end) {
                throw p.syntaxError("f-string: conversion type must come right after the exclamanation mark", c);
            }
            p.next();
            String name = c.text == null ? "" : c.text;
            if (name.equals("r") || name.equals("s") || name.equals("a")) {
                conversion = name.charAt(0);
            } else {
                // checked when the field is complete (_PyPegen_formatted_value)
                badConversion = c;
            }
            if (!p.at(COLON) && !p.at(RBRACE)) {
                throw p.errorAtToken("SyntaxError", "f-string: expecting ':' or '}'", p.cur());
            }
        }
        Expr spec = null;
        if (p.at(COLON)) {
            Token colon = p.next();
            ArrayList<Piece> sp = new ArrayList<>();
            while (!p.at(RBRACE)) {
                if (p.at(FSTRING_MIDDLE)) {
                    Token m = p.next();
                    sp.add(new Piece(raw ? m.text : decodeStr(m.text, null), null, m.lineno, m.col, m.endLineno,
                        m.endCol));
                } else if (p.at(LBRACE)) {
                    replacementField(sp, raw);
                } else {
                    throw p.errorAtToken("SyntaxError", "f-string: expecting '}', or format specs", p.cur());
                }
            }
            Token lastSpec = p.last();
            spec = new Expr.JoinedStr(mergeSpec(sp), colon.lineno, colon.col, lastSpec.endLineno, lastSpec.endCol);
        }
        if (!p.at(RBRACE)) {
            if (p.at(EQUAL) || p.at(EXCLAMATION)) {
                throw p.syntaxError(spec == null ? "f-string: expecting ':' or '}'" : "f-string: expecting '}'", p.cur());
            }
            throw ParserBase.FAIL;
        }
        Token close = p.next();
        if (badConversion != null) {
            throw p.syntaxError("f-string: invalid conversion character '" + badConversion.text
                + "': expected 's', 'r', or 'a'", badConversion);
        }
        if (debug != null) {
            pieces.add(debug);
            if (conversion == -1 && spec == null) {
                conversion = 'r';
            }
        }
        pieces.add(new Piece(null, new Expr.FormattedValue(value, conversion, spec, open.lineno, open.col,
            close.endLineno, close.endCol), 0, 0, 0, 0));
    }

    /** The '=' debug text keeps the expression's source without its comments. */
    private static String stripComments(String text) {
        if (text.indexOf('#') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
                if (i < text.length()) {
                    sb.append('\n');
                }
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static List<Expr> mergeSpec(List<Piece> pieces) {
        List<Expr> out = merge(pieces, false);
        if (out.size() == 1 && out.get(0) instanceof Expr.Constant c && "".equals(c.value())) {
            return List.of();
        }
        return out;
    }

    // ---- escapes ----------------------------------------------------------------------------

    /**
     * decode_unicode_with_escapes: a String, or the code points (int[]) when an escape
     * produced a surrogate, which a Java String could not keep apart from its neighbour.
     */
    Object decodeStr(String s, Token t) {
        int bs = s.indexOf('\\');
        if (bs < 0) {
            return s;
        }
        String invalid = null; // the first invalid escape (first_invalid_escape), for the warning
        java.util.BitSet surrogates = null;
        StringBuilder sb = new StringBuilder(s.length());
        sb.append(s, 0, bs);
        int i = bs;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                i++;
                continue;
            }
            int escStart = i;
            i++;
            if (i >= n) {
                // only an f-string's middle can end in a backslash (f"\{x}"): it stays
                sb.append('\\');
                break;
            }
            char d = s.charAt(i++);
            switch (d) {
                case '\n' -> { }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = d - '0';
                    for (int k = 0; k < 2 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        v = v * 8 + (s.charAt(i++) - '0');
                    }
                    if (v > 0377 && invalid == null) {
                        invalid = "invalid octal escape sequence '\\" + s.substring(i - 3, i) + "'";
                    }
                    sb.appendCodePoint(v);
                }
                case 'x', 'u', 'U' -> {
                    int len = d == 'x' ? 2 : d == 'u' ? 4 : 8;
                    int v = 0;
                    for (int k = 0; k < len; k++) {
                        int h = i < n ? Character.digit(s.charAt(i), 16) : -1;
                        if (h < 0) {
                            throw unicodeError("truncated \\" + (d == 'x' ? "xXX" : d == 'u' ? "uXXXX" : "UXXXXXXXX")
                                + " escape", escStart, i - 1, t);
                        }
                        v = v * 16 + h;
                        i++;
                    }
                    if (v > 0x10FFFF || v < 0) {
                        throw unicodeError("illegal Unicode character", escStart, i - 1, t);
                    }
                    if (v >= 0xD800 && v <= 0xDFFF) {
                        if (surrogates == null) {
                            surrogates = new java.util.BitSet();
                        }
                        surrogates.set(sb.length());
                    }
                    sb.appendCodePoint(v);
                }
                case 'N' -> {
                    int close = i < n && s.charAt(i) == '{' ? s.indexOf('}', i) : -1;
                    if (close < 0) {
                        int to = i < n && s.charAt(i) == '{' ? n - 1 : i - 1;
                        throw unicodeError("malformed \\N character escape", escStart, to, t);
                    }
                    String name = s.substring(i + 1, close);
                    int cp = name.isEmpty() ? -1 : Parser.unicodeName.applyAsInt(name);
                    if (cp < 0) {
                        throw unicodeError("unknown Unicode character name", escStart, close, t);
                    }
                    sb.appendCodePoint(cp);
                    i = close + 1;
                }
                default -> {
                    // in an f-string's text the tokenizer has warned of a backslash before a brace
                    if (invalid == null && !(t == null && (d == '{' || d == '}'))) {
                        invalid = "invalid escape sequence '\\" + d + "'";
                    }
                    sb.append('\\').append(d);
                }
            }
        }
        if (invalid != null) {
            warnEscape(invalid, t);
        }
        if (surrogates == null) {
            return sb.toString();
        }
        // code points, escaped surrogates kept on their own
        int[] cps = new int[sb.length()];
        int k = 0;
        for (int j = 0; j < sb.length(); j++) {
            char c = sb.charAt(j);
            if (Character.isHighSurrogate(c) && !surrogates.get(j) && j + 1 < sb.length()
                && Character.isLowSurrogate(sb.charAt(j + 1)) && !surrogates.get(j + 1)) {
                cps[k++] = Character.toCodePoint(c, sb.charAt(j + 1));
                j++;
            } else {
                cps[k++] = c;
            }
        }
        return java.util.Arrays.copyOf(cps, k);
    }

    /** Bytes escapes (_PyBytes_DecodeEscape). */
    /**
     * warn_invalid_escape_sequence: a SyntaxWarning at the literal's token (for an
     * f-string's text, CPython decodes it once the whole f-string is read: its FSTRING_END).
     */
    private void warnEscape(String msg, Token t) {
        if (p.warnings != null) {
            Token at = t != null ? t : enclosingFStringEnd();
            PySyntaxError e = SingleInput.cpythonText(p, p.syntaxError(msg, at));
            var w = new org.pyvm.ast.CompileWarning(msg, at.lineno, e.offset(), e.endLineno(), e.endOffset(), e.text());
            if (!p.warnings.contains(w)) {
                p.warnings.add(w); // once, though backtracking may decode the literal again
            }
        }
    }

    /** The FSTRING_END of the f-string being read. */
    private Token enclosingFStringEnd() {
        int depth = 0;
        for (int i = p.p; i < p.toks.length; i++) {
            int k = p.toks[i].type;
            if (k == FSTRING_START) {
                depth++;
            } else if (k == FSTRING_END && depth-- == 0) {
                return p.toks[i];
            }
        }
        return p.cur();
    }

    byte[] decodeBytes(String s, Token t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int n = s.length();
        int i = 0;
        String invalid = null; // the first invalid escape, for the warning
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            int escStart = i;
            i++;
            if (i >= n) {
                throw bytesError("\\ at end of string", escStart, escStart, t);
            }
            char d = s.charAt(i++);
            switch (d) {
                case '\n' -> { }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = d - '0';
                    for (int k = 0; k < 2 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        v = v * 8 + (s.charAt(i++) - '0');
                    }
                    if (v > 0377 && invalid == null) {
                        invalid = "invalid octal escape sequence '\\" + s.substring(i - 3, i) + "'";
                    }
                    out.write(v & 0xff);
                }
                case 'x' -> {
                    int h1 = i < n ? Character.digit(s.charAt(i), 16) : -1;
                    int h2 = i + 1 < n ? Character.digit(s.charAt(i + 1), 16) : -1;
                    if (h1 < 0 || h2 < 0) {
                        throw bytesError("invalid \\x escape at position " + escStart, escStart, escStart, t);
                    }
                    out.write(h1 * 16 + h2);
                    i += 2;
                }
                default -> {
                    if (invalid == null) {
                        invalid = "invalid escape sequence '\\" + d + "'";
                    }
                    out.write('\\');
                    out.write(d);
                }
            }
        }
        if (invalid != null) {
            warnEscape(invalid, t);
        }
        return out.toByteArray();
    }

    /** The decoding error of a literal: at its token, or for an f-string's text (T null) at the next token. */
    private PySyntaxError unicodeError(String why, int from, int to, Token t) {
        String msg = "(unicode error) 'unicodeescape' codec can't decode bytes in position " + from + "-" + to + ": " + why;
        return t == null ? p.errorLastToken("SyntaxError", msg, p.cur()) : p.syntaxError(msg, t);
    }

    private PySyntaxError bytesError(String why, int from, int to, Token t) {
        return p.syntaxError("(value error) " + why, t);
    }
}
