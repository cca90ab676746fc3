package org.pyvm.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.pyvm.bytecode.LocationTable;

/**
 * Formats an exception as CPython 3.12 prints an uncaught one: the chain of causes and
 * contexts, "Traceback (most recent call last):", one "File ..., line N, in NAME" entry
 * per frame with the source line and, where CPython shows them, the carets under the
 * failing expression (with ~ and ^ anchors for binary operators and subscripts).
 * Compare CPython Python/pythonrun.c: print_exception_recursive and
 * Lib/traceback.py (3.12): StackSummary.format_frame_summary, _extract_caret_anchors_from_line_segment.
 */
public final class TracebackPrinter {

    private TracebackPrinter() {}

    public static String format(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        Ctx ctx = new Ctx(sb);
        formatChain(e, ctx);
        return sb.toString();
    }

    /**
     * Indentation state for exception groups, as traceback.py's _ExceptionPrintContext:
     * nested groups are drawn in boxes of "|" margins.
     */
    private static final class Ctx {
        final StringBuilder out;
        final Set<PyBaseException> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        int depth;
        boolean needClose;

        Ctx(StringBuilder out) {
            this.out = out;
        }

        String indent() {
            return " ".repeat(2 * depth);
        }

        void emit(String text, char margin) {
            String prefix = indent() + (depth > 0 ? margin + " " : "");
            for (String line : text.split("(?<=\n)")) {
                if (!line.isEmpty()) {
                    out.append(prefix).append(line);
                }
            }
        }

        void emit(String text) {
            emit(text, '|');
        }
    }

    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    /** Compare Lib/traceback.py (3.12): TracebackException.format. */
    private static void formatChain(PyBaseException top, Ctx ctx) {
        java.util.List<Object[]> output = new java.util.ArrayList<>();
        PyBaseException e = top;
        while (e != null && ctx.seen.add(e)) {
            String msg = null;
            PyBaseException next = null;
            if (e.cause != null) {
                msg = "\nThe above exception was the direct cause of the following exception:\n\n";
                next = e.cause;
            } else if (e.context != null && !e.suppressContext) {
                msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
                next = e.context;
            }
            output.add(new Object[] {msg, e});
            if (next != null && ctx.seen.contains(next)) {
                output.set(output.size() - 1, new Object[] {null, e});
                break;
            }
            e = next;
        }
        for (int i = output.size() - 1; i >= 0; i--) {
            PyBaseException x = (PyBaseException) output.get(i)[1];
            formatOne(x, ctx);
            // The message of the next (outer) exception introduces it: "The above exception was ...".
            if (i > 0 && output.get(i - 1)[0] != null) {
                ctx.emit((String) output.get(i - 1)[0]);
            }
        }
    }

    private static void formatOne(PyBaseException e, Ctx ctx) {
        boolean group = e.matches(PyExc.BaseExceptionGroup);
        if (!group) {
            long limit = tracebackLimit();
            if (e.traceback != null && limit != 0) {
                ctx.emit("Traceback (most recent call last):\n");
                ctx.emit(stack(e.traceback, limit));
            }
            ctx.emit(exceptionOnly(e));
            return;
        }
        if (ctx.depth > MAX_GROUP_DEPTH) {
            ctx.emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n");
            return;
        }
        boolean top = ctx.depth == 0;
        if (top) {
            ctx.depth++;
        }
        long limit = tracebackLimit();
        if (e.traceback != null && limit != 0) {
            ctx.emit("Exception Group Traceback (most recent call last):\n", top ? '+' : '|');
            ctx.emit(stack(e.traceback, limit));
        }
        ctx.emit(exceptionOnly(e));
        PyObject[] excs = ExceptionGroupMethods.exceptions(e).items();
        int n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
        ctx.needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                ctx.needClose = true;
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            String title = truncated ? "..." : String.valueOf(i + 1);
            ctx.out.append(ctx.indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(title)
                .append(" ----------------\n");
            ctx.depth++;
            if (!truncated) {
                formatChain((PyBaseException) excs[i], ctx);
            } else {
                int remaining = excs.length - MAX_GROUP_WIDTH;
                ctx.emit("and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n");
            }
            if (last && ctx.needClose) {
                ctx.out.append(ctx.indent()).append("+------------------------------------\n");
                ctx.needClose = false;
            }
            ctx.depth--;
        }
        if (top) {
            ctx.depth = 0;
        }
    }

    /** The type line and the notes. */
    private static String exceptionOnly(PyBaseException e) {
        String syntax = e.matches(PyExc.SyntaxError) ? syntaxErrorLines(e) : null;
        StringBuilder sb = new StringBuilder(syntax != null ? syntax : exceptionLine(e));
        PyObject notes = e.getDict().getStr("__notes__");
        if (notes instanceof PyList l) {
            for (PyObject n : l.toArray()) {
                sb.append(n instanceof PyStr ? n.toString() : safeRepr(n)).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * sys.tracebacklimit: how many of the innermost entries are printed (-1: all; 0: no
     * traceback, only the exception). Compare traceback.c: _PyTraceBack_Print.
     */
    private static long tracebackLimit() {
        PyModule sys = PyRuntime.builtinModule("sys");
        PyObject v = sys == null ? null : sys.getDict().getStr("tracebacklimit");
        if (!(v instanceof PyInt i)) {
            return -1;
        }
        java.math.BigInteger b = i.bigValue();
        if (b.signum() <= 0) {
            return 0;
        }
        return b.bitLength() > 62 ? Long.MAX_VALUE : b.longValue();
    }

    /**
     * "Traceback (most recent call last):" and the entries of TB, without the exception
     * line; empty when sys.tracebacklimit is 0 or less. Compare traceback.c: _PyTraceBack_Print.
     */
    public static String traceback(PyTraceback tb) {
        long limit = tracebackLimit();
        if (tb == null || limit == 0) {
            return "";
        }
        return "Traceback (most recent call last):\n" + stack(tb, limit);
    }

    /**
     * Set during interpreter teardown (finalizers run at exit): entries are printed without
     * their source lines, as CPython's display_source_line can no longer import io once
     * finalize_modules has begun.
     */
    public static volatile boolean tearingDown;

    /** The "File ..." entries, repeated lines collapsed; only the innermost LIMIT when LIMIT > 0. */
    private static String stack(PyTraceback first, long limit) {
        StringBuilder sb = new StringBuilder();
        if (limit > 0) {
            long depth = 0;
            for (PyTraceback tb = first; tb != null; tb = tb.next) {
                depth++;
            }
            for (; first != null && depth > limit; depth--) {
                first = first.next;
            }
        }
        {
            // Repeated identical entries collapse after three (traceback.c: tb_print_internal, TB_RECURSIVE_CUTOFF).
            String lastFile = null;
            String lastName = null;
            int lastLine = -1;
            int count = 0;
            for (PyTraceback tb = first; tb != null; tb = tb.next) {
                PyCode code = tb.frame.code();
                int line = code.lineAt(tb.lasti);
                if (!code.filename.equals(lastFile) || line != lastLine || !code.name.equals(lastName)) {
                    if (count > 3) {
                        sb.append("  [Previous line repeated ").append(count - 3).append(" more time")
                            .append(count - 3 > 1 ? "s" : "").append("]\n");
                    }
                    lastFile = code.filename;
                    lastLine = line;
                    lastName = code.name;
                    count = 0;
                }
                count++;
                if (count <= 3) {
                    formatEntry(tb, sb);
                }
            }
            if (count > 3) {
                sb.append("  [Previous line repeated ").append(count - 3).append(" more time")
                    .append(count - 3 > 1 ? "s" : "").append("]\n");
            }
        }
        return sb.toString();
    }

    private static String safeRepr(PyObject o) {
        try {
            return Abstract.repr(o).toString();
        } catch (PyBaseException x) {
            return "<note repr() failed>";
        }
    }

    private static String typeName(PyBaseException e) {
        PyType t = e.type();
        String name = t.getQualname();
        PyObject mod = t.getDict().getStr("__module__");
        if (mod instanceof PyStr m && !m.toString().equals("builtins") && !m.toString().equals("__main__")) {
            name = m + "." + name;
        }
        return name;
    }

    /** "Type: message\n", the type qualified by its module unless builtins or __main__. */
    public static String exceptionLine(PyBaseException e) {
        String name = typeName(e);
        String msg;
        try {
            msg = Abstract.str(e).toString();
        } catch (PyBaseException x) {
            msg = "<exception str() failed>";
        }
        msg += Suggestions.offer(e);
        return msg.isEmpty() ? name + "\n" : name + ": " + msg + "\n";
    }

    /**
     * A SyntaxError's file, line, source text with carets and "Type: msg", or null when its
     * attributes do not allow it (then it prints as any exception). Compare CPython
     * Python/pythonrun.c: print_exception (the print_file_and_line branch),
     * parse_syntax_error, print_error_text.
     */
    private static String syntaxErrorLines(PyBaseException e) {
        PyDict d = e.getDict();
        PyObject msg = d.getStr("msg");
        PyObject line = d.getStr("lineno");
        if (msg == null || !(line instanceof PyInt ln) || line.type() != PyInt.TYPE) {
            return null;
        }
        PyObject file = d.getStr("filename");
        int lineno = (int) ln.value;
        PyObject off = d.getStr("offset");
        PyObject endLine = d.getStr("end_lineno");
        PyObject endOff = d.getStr("end_offset");
        int offset = off instanceof PyInt o ? (int) o.value : -1;
        int endLineno = endLine instanceof PyInt o ? (int) o.value : lineno;
        int endOffset = endOff instanceof PyInt o ? (int) o.value : -1;
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(file == null || file == PyNone.NONE ? "<string>" : Abstract.str(file))
            .append("\", line ").append(lineno).append('\n');
        if (d.getStr("text") instanceof PyStr t) {
            String text = t.toString();
            int lineSize = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (endLineno > lineno) {
                endOffset = lineSize;
            }
            if (endOffset > lineSize + 1) {
                endOffset = lineSize + 1;
            }
            errorText(sb, offset, endOffset, text);
        }
        String name = typeName(e);
        String m = Abstract.str(msg).toString();
        sb.append(m.isEmpty() ? name + "\n" : name + ": " + m + "\n");
        return sb.toString();
    }

    /** print_error_text: the line without its indentation and the carets under OFFSET..END_OFFSET. */
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
        sb.append("    ").append(" ".repeat(offset)).append("^".repeat(carets)).append('\n');
    }

    private static void formatEntry(PyTraceback tb, StringBuilder sb) {
        PyCode code = tb.frame.code();
        int line = code.lineAt(tb.lasti);
        sb.append("  File \"").append(code.filename).append("\", line ").append(line).append(", in ").append(code.name)
            .append('\n');
        String src = tearingDown ? null : sourceLine(code.filename, line);
        if (src == null) {
            return;
        }
        String stripped = src.strip();
        if (stripped.isEmpty()) {
            return;
        }
        sb.append("    ").append(stripped).append('\n');
        LocationTable.Position p = code.locations().positionAt(tb.lasti);
        if (p.column() < 0 || p.endColumn() < 0 || p.line() != line) {
            return;
        }
        String carets = carets(src, p);
        if (carets != null) {
            sb.append("    ").append(carets).append('\n');
        }
    }

    /** Converts a UTF-8 byte offset in LINE to a char index. */
    private static int charOffset(String line, int byteOffset) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        if (byteOffset >= b.length) {
            return line.length() + (byteOffset - b.length);
        }
        return new String(b, 0, byteOffset, StandardCharsets.UTF_8).length();
    }

    static String carets(String src, LocationTable.Position p) {
        String line = src.stripTrailing();
        int indent = line.length() - line.stripLeading().length();
        String stripped = line.strip();
        int start = charOffset(line, p.column());
        int end = p.endLine() == p.line() ? charOffset(line, p.endColumn()) : line.length();
        start = Math.max(start, indent);
        end = Math.min(end, line.length());
        if (end <= start) {
            return null;
        }
        int[] anchors = null;
        if (p.endLine() == p.line()) {
            anchors = anchors(line.substring(start, end));
        }
        boolean partial = end - start < stripped.length();
        if (!partial && (anchors == null || anchors[1] - anchors[0] <= 0)) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        sb.append(" ".repeat(start - indent));
        for (int i = start; i < end; i++) {
            int rel = i - start;
            sb.append(anchors == null || (rel >= anchors[0] && rel < anchors[1]) ? '^' : '~');
        }
        return sb.toString();
    }

    /**
     * {primary start, primary end} within the segment for a binary operation or a
     * subscript, or null. A small scanner stands in for CPython's parse of the segment.
     */
    static int[] anchors(String seg) {
        int n = seg.length();
        int depth = 0;
        int bestPos = -1;
        int bestLen = 0;
        int bestPrec = 99;
        boolean prevOperand = false;
        int lastOpenAtTop = -1;
        for (int i = 0; i < n; i++) {
            char c = seg.charAt(i);
            if (c == '\'' || c == '"') {
                int j = skipString(seg, i);
                if (j < 0) {
                    return null;
                }
                i = j - 1;
                prevOperand = true;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                if (depth == 0 && c == '[' && prevOperand) {
                    lastOpenAtTop = i;
                }
                depth++;
                prevOperand = false;
                continue;
            }
            if (c == ')' || c == ']' || c == '}') {
                depth--;
                prevOperand = true;
                continue;
            }
            if (depth > 0) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(seg.charAt(j)) || seg.charAt(j) == '_' || seg.charAt(j) == '.')) {
                    j++;
                }
                String word = seg.substring(i, j);
                if (List.of("and", "or", "not", "if", "else", "lambda", "in", "is", "for", "await").contains(word)) {
                    return null;
                }
                i = j - 1;
                prevOperand = true;
                continue;
            }
            String op = operatorAt(seg, i);
            if (op == null) {
                return null;
            }
            if (!prevOperand) {
                if (op.equals("-") || op.equals("+") || op.equals("~")) {
                    continue;
                }
                return null;
            }
            if (op.equals("<") || op.equals(">") || op.equals("=") || op.equals("!") || op.equals("~")) {
                return null;
            }
            int prec = precedence(op);
            boolean better = prec < bestPrec || (prec == bestPrec && !op.equals("**"));
            if (better) {
                bestPrec = prec;
                bestPos = i;
                bestLen = op.length();
            }
            i += op.length() - 1;
            prevOperand = false;
        }
        if (bestPos >= 0) {
            return new int[] {bestPos, bestPos + bestLen};
        }
        if (lastOpenAtTop > 0 && seg.endsWith("]")) {
            return new int[] {lastOpenAtTop, n};
        }
        return null;
    }

    private static int skipString(String s, int i) {
        char q = s.charAt(i);
        boolean triple = s.startsWith(String.valueOf(q).repeat(3), i);
        int j = i + (triple ? 3 : 1);
        while (j < s.length()) {
            char c = s.charAt(j);
            if (c == '\\') {
                j += 2;
                continue;
            }
            if (triple ? s.startsWith(String.valueOf(q).repeat(3), j) : c == q) {
                return j + (triple ? 3 : 1);
            }
            j++;
        }
        return -1;
    }

    private static String operatorAt(String s, int i) {
        for (String op : new String[] {"**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", ":=", "+", "-", "*", "/",
            "%", "@", "&", "|", "^", "~", "<", ">", "=", "!"}) {
            if (s.startsWith(op, i)) {
                if (op.equals("->") || op.equals(":=") || op.equals("<=") || op.equals(">=") || op.equals("==")
                    || op.equals("!=")) {
                    return "<";
                }
                return op;
            }
        }
        return null;
    }

    private static int precedence(String op) {
        return switch (op) {
            case "|" -> 1;
            case "^" -> 2;
            case "&" -> 3;
            case "<<", ">>" -> 4;
            case "+", "-" -> 5;
            case "*", "/", "//", "%", "@" -> 6;
            default -> 8;
        };
    }

    private static final java.util.Map<String, List<String>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** Line LINENO (1-based) of FILE, or null when unreadable. Compare Python/traceback.c: display_source_line. */
    public static String sourceLine(String file, int lineno) {
        if (lineno < 1) {
            return null;
        }
        List<String> lines = CACHE.computeIfAbsent(file, f -> {
            try {
                byte[] raw = Files.readAllBytes(Path.of(f));
                // the file's declared encoding (a coding comment, a BOM), else UTF-8
                String enc = null;
                try {
                    enc = SourceCompilation.get().sourceEncoding(raw);
                } catch (RuntimeException e) {
                    // no compiler installed: UTF-8
                }
                java.nio.charset.Charset cs = enc == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(enc);
                String text = cs.newDecoder().decode(java.nio.ByteBuffer.wrap(raw)).toString();
                if (!text.isEmpty() && text.charAt(0) == '\ufeff') {
                    text = text.substring(1);
                }
                return List.of(text.split("\r\n|\r|\n", -1));
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
        return lineno <= lines.size() ? lines.get(lineno - 1) : null;
    }
}
