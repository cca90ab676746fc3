package org.pyvm.bytecode;

/**
 * Bad or truncated marshal or {@code .pyc} data. Carries the Python exception class that
 * CPython 3.12 raises for the same data ({@code EOFError}, {@code ValueError},
 * {@code TypeError}, {@code UnicodeDecodeError}, {@code SystemError}...) and CPython's exact
 * message, for the runtime to raise. This is the only exception the readers let escape
 * for bad input. Unchecked, so that callers in lambdas need no wrapping.
 */
public final class MarshalException extends RuntimeException {

    private final String pythonType;
    private final DecodeError decodeError;

    /**
     * The arguments of a {@code UnicodeDecodeError} ({@code 'utf-8'}, the bytes, start, end,
     * reason), so that the runtime can build a real one.
     */
    public record DecodeError(byte[] object, int start, int end, String reason) {}

    public MarshalException(String pythonType, String message) {
        this(pythonType, message, null);
    }

    public MarshalException(String pythonType, String message, DecodeError decodeError) {
        super(message);
        this.pythonType = pythonType;
        this.decodeError = decodeError;
    }

    /** For a {@code UnicodeDecodeError}, its arguments; null otherwise. */
    public DecodeError decodeError() {
        return decodeError;
    }

    /** The name of the Python exception class, e.g. {@code "EOFError"}. */
    public String pythonType() {
        return pythonType;
    }

    /** As Python prints it: {@code "EOFError: marshal data too short"}. */
    @Override
    public String toString() {
        return pythonType + ": " + getMessage();
    }
}
