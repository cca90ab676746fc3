package org.pyvm.runtime.text;

/**
 * A Python exception raised by a text conversion: the runtime turns it into an instance
 * of the Python class {@link #pythonType()} ({@code "ValueError"}, {@code "OverflowError"},
 * {@code "TypeError"}) with {@link #getMessage()} as its argument, which is CPython 3.12's
 * message to the character.
 */
public final class TextFormatException extends RuntimeException {

    private final String pythonType;

    public TextFormatException(String pythonType, String message) {
        super(message, null, false, false);
        this.pythonType = pythonType;
    }

    /** The name of the Python exception class: ValueError, OverflowError or TypeError. */
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
