package org.pyvm.runtime;

/**
 * Makes the exceptions the runtime raises: {@code throw PyErr.typeError("...")}. Compare
 * CPython Python/errors.c: PyErr_SetString, PyErr_Format.
 */
public final class PyErr {

    private PyErr() {}

    public static PyBaseException of(PyType type, String msg) {
        return new PyBaseException(type, PyTuple.of(PyStr.of(msg)));
    }

    public static PyBaseException of(PyType type, PyObject... args) {
        return new PyBaseException(type, PyTuple.of(args));
    }

    public static PyBaseException typeError(String msg) {
        return of(PyExc.TypeError, msg);
    }

    public static PyBaseException valueError(String msg) {
        return of(PyExc.ValueError, msg);
    }

    public static PyBaseException indexError(String msg) {
        return of(PyExc.IndexError, msg);
    }

    public static PyBaseException keyError(PyObject key) {
        return of(PyExc.KeyError, key);
    }

    public static PyBaseException attributeError(String msg) {
        return of(PyExc.AttributeError, msg);
    }

    public static PyBaseException nameError(String name) {
        PyBaseException e = of(PyExc.NameError, "name '" + name + "' is not defined");
        e.getDict().setStr("name", PyStr.of(name));
        return e;
    }

    public static PyBaseException zeroDivision(String msg) {
        return of(PyExc.ZeroDivisionError, msg);
    }

    public static PyBaseException overflowError(String msg) {
        return of(PyExc.OverflowError, msg);
    }

    public static PyBaseException runtimeError(String msg) {
        return of(PyExc.RuntimeError, msg);
    }

    public static PyBaseException systemError(String msg) {
        return of(PyExc.SystemError, msg);
    }

    public static PyBaseException memoryError() {
        return new PyBaseException(PyExc.MemoryError, PyTuple.EMPTY);
    }

    public static PyBaseException stopIteration(PyObject value) {
        return value == null ? new PyBaseException(PyExc.StopIteration, PyTuple.EMPTY) : of(PyExc.StopIteration, value);
    }

    /** An unbuilt feature: says so, never pretends. */
    public static PyBaseException notSupported(String feature) {
        return of(PyExc.NotImplementedError, "pyvm: " + feature + " is not supported yet");
    }

    /**
     * The Python exception for a failed text conversion of {@code org.pyvm.runtime.text}
     * (its class named by {@code pythonType()}, CPython's message). Compare errors.c:
     * PyErr_SetString.
     */
    public static PyBaseException of(org.pyvm.runtime.text.TextFormatException e) {
        PyType t = switch (e.pythonType()) {
            case "OverflowError" -> PyExc.OverflowError;
            case "MemoryError" -> PyExc.MemoryError;
            case "TypeError" -> PyExc.TypeError;
            default -> PyExc.ValueError;
        };
        return of(t, e.getMessage());
    }

    /** "'int' object ..." helper: the type name CPython puts in messages. */
    public static String typeName(PyObject o) {
        return o.type().getName();
    }
}
