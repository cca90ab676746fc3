package org.pyvm.runtime;

/** An object with an instance dictionary ({@code __dict__}). */
public interface HasDict {

    PyDict getDict();

    /**
     * Replaces the instance dictionary ({@code obj.__dict__ = d}); null deletes it, and a
     * fresh empty one is made on next use. Only the instances of classes written in Python
     * support it, as in CPython (typeobject.c: subtype_setdict).
     */
    default void setDict(PyDict d) {
        throw PyErr.typeError("__dict__ of '" + ((PyObject) this).type().getName() + "' objects is not writable");
    }

    /**
     * Changes the object's class ({@code obj.__class__ = T}, checked by
     * {@link SubtypeDescrs#setClass}); false when this Java class keeps its type fixed.
     * The objects whose class can change are those of classes written in Python, all of
     * which have an attribute dict here.
     */
    default boolean setType(PyType t) {
        return false;
    }

    /**
     * A Java class that holds a dict only for the instances of Python subclasses (and their
     * __slots__ values): the builtin type's own instances have none, as CPython's (no
     * tp_dictoffset), so a subclass adds __dict__ unless its __slots__ leave it out.
     */
    interface ForSubclasses extends HasDict {}
}
