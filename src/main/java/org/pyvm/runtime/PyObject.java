package org.pyvm.runtime;

/**
 * Every Python object is a Java object that knows its Python type (DESIGN.md, "The object
 * model": the type is the Klass, holding the slot table). An interface, so that Python
 * exceptions can be Java exceptions and still be Python objects.
 */
public interface PyObject {

    /** The Python type of this object: {@code type(self)}. */
    PyType type();
}
