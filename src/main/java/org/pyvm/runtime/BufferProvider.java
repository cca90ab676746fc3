package org.pyvm.runtime;

/**
 * An object of a builtin module that exports a full PEP 3118 buffer (any format, shape,
 * strides and suboffsets, answering each request's flags itself), such as
 * {@code _testbuffer.ndarray}. Compare CPython's bf_getbuffer/bf_releasebuffer slots
 * where they fill a Py_buffer completely (Modules/_testbuffer.c: ndarray_getbuf).
 */
public interface BufferProvider extends PyObject {

    /** A buffer for a request with FLAGS (PyBUF_*), or BufferError when it cannot be given. */
    PyBuffer getBuffer(int flags);

    /** VIEW, which {@link #getBuffer} gave, is no longer used. */
    default void releaseBuffer(PyBuffer view) {}
}
