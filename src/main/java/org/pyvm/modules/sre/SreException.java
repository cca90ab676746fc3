package org.pyvm.modules.sre;

/**
 * An error of the engine that Python sees as an exception: invalid code (a bug in the
 * code's producer: Python {@code RuntimeError}), a wrong group span ({@code SystemError}),
 * or whatever the interrupt check asked for. {@link #pythonType()} names the Python class.
 * No stack trace: it is cheap, like the runtime's own exceptions.
 */
public final class SreException extends RuntimeException {

    private final String pythonType;

    public SreException(String pythonType, String message) {
        super(message, null, false, false);
        this.pythonType = pythonType;
    }

    /** The Python exception class name, e.g. "RuntimeError". */
    public String pythonType() {
        return pythonType;
    }

    static SreException invalidCode() {
        // Compare CPython Modules/_sre/sre.c: _validate's "invalid SRE code".
        return new SreException("RuntimeError", "invalid SRE code");
    }

    static SreException internal() {
        // Compare CPython sre.c: pattern_error(SRE_ERROR_STATE / SRE_ERROR_ILLEGAL).
        return new SreException("RuntimeError", "internal error in regular expression engine");
    }
}
