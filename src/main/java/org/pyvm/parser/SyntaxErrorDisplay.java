package org.pyvm.parser;

/**
 * How CPython 3.12 prints an uncaught SyntaxError (Python/pythonrun.c: print_exception,
 * print_error_text): the file and line, the source line without its indentation, a caret
 * line under the offending range, then "Kind: msg".
 *
 * <pre>
 *   File "x.py", line 1
 *     x = (1 2)
 *          ^^^
 * SyntaxError: invalid syntax. Perhaps you forgot a comma?
 * </pre>
 */
public final class SyntaxErrorDisplay {
    private SyntaxErrorDisplay() {}

    public static String format(PySyntaxError e) {
        if (!e.kind().equals("SyntaxError") && !e.kind().equals("IndentationError") && !e.kind().equals("TabError")) {
            return e.kind() + ": " + e.msg() + "\n";
        }
        StringBuilder sb = new StringBuilder();
        int lineno = e.lineno() == PySyntaxError.NONE ? 0 : e.lineno();
        if (e.lineno() != PySyntaxError.NONE || e.filename() != null) {
            sb.append("  File \"").append(e.filename() == null ? "<string>" : e.filename()).append("\", line ")
                .append(e.lineno() == PySyntaxError.NONE ? "None" : String.valueOf(lineno)).append('\n');
        }
        String text = e.text();
        if (text != null) {
            int offset = e.offset() == PySyntaxError.NONE ? -1 : e.offset();
            int endOffset = e.endOffset() == PySyntaxError.NONE ? -1 : e.endOffset();
            int lineSize = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (e.endLineno() != PySyntaxError.NONE && e.endLineno() > lineno) {
                endOffset = lineSize;
            }
            if (endOffset > lineSize + 1) {
                endOffset = lineSize + 1;
            }
            errorText(sb, offset, endOffset, text);
        }
        sb.append(e.kind()).append(": ").append(e.msg()).append('\n');
        return sb.toString();
    }

    /** print_error_text. */
    private static void errorText(StringBuilder sb, int offset, int endOffset, String text) {
        int carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        offset--;
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\f')) {
            i++;
            offset--;
        }
        text = text.substring(i);
        int len = text.length();
        if (len > 0 && text.charAt(len - 1) == '\n') {
            len--;
        }
        if (offset > len) {
            offset = len;
        }
        while (true) {
            int nl = text.indexOf('\n');
            if (nl < 0 || nl >= offset) {
                break;
            }
            int inl = nl + 1;
            text = text.substring(inl);
            len -= inl;
            offset -= inl;
        }
        sb.append("    ").append(text);
        if (len >= text.length() || text.charAt(len) != '\n') {
            sb.append('\n');
        }
        if (offset < 0) {
            return;
        }
        sb.append("    ");
        for (int k = 0; k < offset; k++) {
            sb.append(' ');
        }
        for (int k = 0; k < carets; k++) {
            sb.append('^');
        }
        sb.append('\n');
    }
}
