package org.pyvm.compiler;

/**
 * An error CPython's compiler (or symbol table) raises: its Python class name
 * ({@code SyntaxError} mostly), CPython's message and the location (1-based line,
 * 1-based column as in {@code SyntaxError.offset}, end line and end column), or a
 * construct this compiler does not support yet ({@link #unsupported}).
 */
public final class CompileError extends RuntimeException {

    private final String pyType;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    /**
     * Whether the exception's args are just {@code (msg,)}, the location only in its
     * attributes: the symbol table's and the __future__ checks' errors
     * (PyErr_RangedSyntaxLocationObject), where compile.c's errors (compiler_error) have
     * {@code (msg, (filename, lineno, offset, text, end_lineno, end_offset))}.
     */
    private boolean msgOnlyArgs;

    public CompileError(String pyType, String message, int lineno, int offset, int endLineno, int endOffset) {
        super(message, null, false, false);
        this.pyType = pyType;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
    }

    static CompileError syntax(String message, Loc loc) {
        return new CompileError("SyntaxError", message, loc.line(), loc.col() + 1, loc.endLine(), loc.endCol() + 1);
    }

    /** A SyntaxError of the symbol table (symtable.c): args {@code (msg,)}. */
    static CompileError symtable(String message, Loc loc) {
        CompileError e = syntax(message, loc);
        e.msgOnlyArgs = true;
        return e;
    }

    /**
     * A SyntaxError of the __future__ checks (future.c, PyErr_SyntaxLocationObject): args
     * {@code (msg,)}, no end offset.
     */
    static CompileError future(String message, Loc loc) {
        CompileError e = new CompileError("SyntaxError", message, loc.line(), loc.col() + 1, loc.line(),
            Integer.MIN_VALUE);
        e.msgOnlyArgs = true;
        return e;
    }

    /** Whether args are {@code (msg,)} alone (see {@link #symtable}). */
    public boolean msgOnlyArgs() {
        return msgOnlyArgs;
    }

    static CompileError unsupported(String what, Loc loc) {
        return new CompileError("NotImplementedError", "pyvm compiler: " + what + " is not supported yet",
            loc.line(), loc.col() + 1, loc.endLine(), loc.endCol() + 1);
    }

    /** The Python exception class, e.g. {@code SyntaxError}. */
    public String pyType() {
        return pyType;
    }

    public int lineno() {
        return lineno;
    }

    /** 1-based column as CPython's {@code SyntaxError.offset}. */
    public int offset() {
        return offset;
    }

    public int endLineno() {
        return endLineno;
    }

    public int endOffset() {
        return endOffset;
    }
}
