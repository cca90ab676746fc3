package org.pyvm.modules.corelib;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.JavaMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.Slot;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyIterator;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * The common part of the iterator types of itertools and _collections: the Python type
 * (the exact type or a Python subclass of it), {@code __iter__} returning self and
 * {@code __next__} over the Java {@link #next}. Instances carry a lazily made attribute
 * dictionary for the instances of Python subclasses (HasDict.ForSubclasses: the exact
 * types' instances have none, as CPython's).
 * A concrete type exposes these with {@code PyType.builtin(...).alsoExposedBy(IterBase.class)}.
 */
public abstract class IterBase implements PyObject, PyIterator, HasDict.ForSubclasses {

    private final PyType type;
    private PyDict dict;

    protected IterBase(PyType type) {
        this.type = type;
    }

    @Override
    public final PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** A Python subclass's instance dict replaced (obj.__dict__ = d; null: deleted). */
    @Override
    public void setDict(PyDict d) {
        dict = d;
    }

    /** The next item, or null at the end: what each iterator type computes. */
    protected abstract PyObject nextItem();

    /**
     * The next item for Java callers (the interpreter's for loop, Abstract.next): a
     * Python subclass that defines its own __next__ is obeyed, as CPython's tp_iternext
     * slot would call it.
     */
    @Override
    public final PyObject next() {
        if (type.isHeapType()) {
            PyObject m = type.slot(Slot.NEXT);
            if (!(m instanceof JavaMethod)) {
                try {
                    return Abstract.callDescr(m, this);
                } catch (PyBaseException e) {
                    if (e.matches(PyExc.StopIteration)) {
                        return null;
                    }
                    throw e;
                }
            }
        }
        return nextItem();
    }

    @ExposedMethod
    static PyObject __iter__(PyObject self) {
        return self;
    }

    @ExposedMethod
    static PyObject __next__(PyObject self) {
        PyObject v = ((IterBase) self).nextItem();
        if (v == null) {
            throw PyErr.stopIteration(null);
        }
        return v;
    }
}
