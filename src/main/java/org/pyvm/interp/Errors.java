package org.pyvm.interp;

import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;

/** Exceptions the interpreter makes for conditions of the JVM. */
final class Errors {

    private Errors() {}

    static PyBaseException recursion() {
        return PyErr.of(PyExc.RecursionError, "maximum recursion depth exceeded");
    }

    /**
     * A Java exception escaping the runtime is a bug in pyvm: it becomes a SystemError
     * that Python code can see and that names the Java problem, never a raw Java trace.
     */
    static PyBaseException internal(RuntimeException e) {
        return PyErr.systemError("pyvm internal error: " + e);
    }
}
