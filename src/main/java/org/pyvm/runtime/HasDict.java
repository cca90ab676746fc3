package org.pyvm.runtime;

/** An object with an instance dictionary ({@code __dict__}). */
public interface HasDict {

    PyDict getDict();

    /**
     * {@code obj.__dict__ = d}: makes D the instance dictionary (null: a new empty one on
     * next use); false where the object keeps its dictionary (the caller then copies D's
     * items into it; deleting it is then an error).
     */
    default boolean replaceDict(PyDict d) {
        return false;
    }
}
