package org.pyvm.runtime.text;

/**
 * A Python exception raised by a text conversion: the runtime turns it into an instance
 * of the Python class {@link #pythonType()} ({@code "ValueError"}, {@code "OverflowError"},
 * {@code "MemoryError"} for results longer than a Java String can hold) with
 * {@link #getMessage()} as its argument, which is CPython 3.12's message to the character.
 * It carries no stack trace: it is made to be converted, not printed.
 */
public final class TextFormatException extends RuntimeException {

    private final String pythonType;

    public TextFormatException(String pythonType, String message) {
        super(message, null, false, false);
        this.pythonType = pythonType;
    }

    /** The name of the Python exception class: ValueError, OverflowError or MemoryError. */
    public String pythonType() {
        return pythonType;
    }

    static TextFormatException valueError(String message) {
        return new TextFormatException("ValueError", message);
    }

    static TextFormatException overflowError(String message) {
        return new TextFormatException("OverflowError", message);
    }

    @Override
    public String toString() {
        return pythonType + ": " + getMessage();
    }
}
