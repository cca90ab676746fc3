package org.pyvm.runtime;

/**
 * An object of a builtin module whose buffer is the buffer of another object, such as
 * {@code pickle.PickleBuffer}: {@code memoryview(obj)} views what {@link #exportView()}
 * returns, and releasing it releases that view. Compare CPython's bf_getbuffer slot of
 * Objects/picklebufobject.c (picklebuf_getbuf).
 */
public interface ViewExporter extends PyObject {

    /** A fresh view of the wrapped buffer, owned by the caller (raises if there is none any more). */
    PyMemoryView exportView();
}
