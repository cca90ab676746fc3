package org.pyvm.modules.io;

import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * The Java layout of every _io object: its type (the builtin one or a Python subclass
 * such as io.RawIOBase), an attribute dictionary (FileIO keeps {@code name} there, and
 * open() sets a TextIOWrapper's {@code mode}, as CPython does) and _IOBase's closed flag
 * (CPython's {@code __IOBase_closed}). Concrete classes add their state.
 */
public class IOObject implements PyObject, HasDict {

    private final PyType type;
    private PyDict dict;
    /** Set by _IOBase.close. */
    boolean ioBaseClosed;
    /** Set by _IOBase.__del__ before it closes the object: close() then warns "unclosed file" (CPython's finalizing). */
    boolean finalizing;
    /** Runs __del__ (closing the object) once it is unreachable; null for sys.stdout and the like. */
    private org.pyvm.runtime.Finalization.Trigger finalizer;

    public IOObject(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /**
     * Makes this object closed by its __del__ once unreachable, as CPython's iobase_finalize
     * does when the last reference goes; returns this. Streams pyvm makes for itself
     * (sys.stdout...) are not watched.
     */
    public IOObject watched() {
        if (org.pyvm.runtime.Finalization.wanted(type)) {
            finalizer = org.pyvm.runtime.Finalization.watch(this);
        }
        return this;
    }

    /**
     * The instance dictionary, or null when it holds nothing: pickling state says None then,
     * as CPython's does for an object whose dict was never made. (Our attribute look-up makes
     * the dict on first use, so emptiness stands in for "never made".)
     */
    PyDict dictOrNull() {
        return dict == null || dict.size() == 0 ? null : dict;
    }

    /**
     * Merges {@code state} into the instance dictionary, as the __setstate__ of BytesIO and
     * StringIO do with the last item of their state (PyDict_Update, or adopting the dict).
     */
    void updateDict(PyDict state) {
        if (dict == null) {
            dict = state;
        } else {
            dict.update(state);
        }
    }

    /** Whether an attribute was set in the instance dictionary (without making one). */
    PyObject dictGet(String name) {
        return dict == null ? null : dict.getStr(name);
    }
}
