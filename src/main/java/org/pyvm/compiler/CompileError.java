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
