package org.pyvm.parser;

/**
 * A syntax error as CPython 3.12 reports it: the Python exception class name
 * ({@code SyntaxError}, {@code IndentationError}, {@code TabError}), the message, and the
 * location with CPython's conventions: {@code offset}/{@code endOffset} are 1-based
 * character (code point) offsets into {@code text}, the source line. The runtime turns
 * it into the Python exception. Without a stack trace: it is ordinary control flow.
 */
public final class PySyntaxError extends RuntimeException {
    /** A location field CPython leaves None (e.g. "source code string cannot contain null bytes"). */
    public static final int NONE = Integer.MIN_VALUE;

    private final String kind;
    private final String msg;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String text;

    public PySyntaxError(String kind, String msg, String filename, int lineno, int offset,
                         int endLineno, int endOffset, String text) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    /**
     * The Python class: SyntaxError, IndentationError or TabError; also MemoryError
     * ("Parser stack overflowed") and RecursionError (AST too deep), which CPython's
     * parser raises for input nested too deeply.
     */
    public String kind() {
        return kind;
    }

    public String msg() {
        return msg;
    }

    public String filename() {
        return filename;
    }

    public int lineno() {
        return lineno;
    }

    public int offset() {
        return offset;
    }

    public int endLineno() {
        return endLineno;
    }

    public int endOffset() {
        return endOffset;
    }

    /** The source line (with its newline when it had one), or null. */
    public String text() {
        return text;
    }

    /** The same error with source text TEXT. */
    PySyntaxError withText(String text) {
        return new PySyntaxError(kind, msg, filename, lineno, offset, endLineno, endOffset, text);
    }

    /** str(e) in CPython: "msg (filename, line N)". */
    @Override
    public String toString() {
        if (!kind.endsWith("Error") || kind.equals("MemoryError") || kind.equals("RecursionError")) {
            return msg;
        }
        // SyntaxError.__str__ (Objects/exceptions.c: SyntaxError_str)
        if (filename != null && lineno != NONE) {
            return msg + " (" + filename + ", line " + lineno + ")";
        }
        if (filename != null) {
            return msg + " (" + filename + ")";
        }
        return lineno != NONE ? msg + " (line " + lineno + ")" : msg;
    }

    /** type(e).__name__ + ": " + str(e). */
    public String display() {
        return kind + ": " + this;
    }
}
