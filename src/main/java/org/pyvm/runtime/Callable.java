package org.pyvm.runtime;

/**
 * Objects the runtime can call without a {@code __call__} lookup (CPython's vectorcall).
 * ARGS holds the positional values and then one value per name in KWNAMES (null when no
 * keywords are passed).
 */
public interface Callable {

    PyObject call(PyObject[] args, String[] kwnames);
}
