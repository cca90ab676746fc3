package org.pyvm.modules.testcapi;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.JavaMethod;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * sequence_getitem, sequence_setitem and sequence_delitem: the sequence protocol's
 * PySequence_GetItem/SetItem/DelItem with a C index, as opposed to obj[key] (test_bytes
 * compares the two paths). A negative index has the length added once; the item method
 * then gets the result as it is, so for a builtin sequence a still-negative index is out
 * of range (its sq_item does not count from the end again). None is C's NULL: SystemError
 * for the sequence, deletion for the value to set. Compare Objects/abstract.c:
 * PySequence_GetItem, PySequence_SetItem, PySequence_DelItem and _testcapi/abstract.c.
 */
final class SequenceFunctions {

    private SequenceFunctions() {}

    static void addTo(PyModule m) {
        m.addFunctions(SequenceFunctions.class);
    }

    /** None stands for C's NULL (_testcapi's NULLABLE): Objects/abstract.c's null_error. */
    private static PyObject notNull(PyObject o) {
        if (o == PyNone.NONE) {
            throw PyErr.of(PyExc.SystemError, "null argument to internal routine");
        }
        return o;
    }

    @ExposedMethod
    static PyObject sequence_getitem(PyObject seq, PyObject i) {
        notNull(seq);
        PyObject m = method(seq, "__getitem__", "'%s' object does not support indexing");
        return Abstract.callDescr(m, seq, index(seq, m, i));
    }

    @ExposedMethod
    static PyObject sequence_setitem(PyObject seq, PyObject i, PyObject value) {
        notNull(seq);
        if (value == PyNone.NONE) {
            // A NULL value deletes (sq_ass_item with NULL).
            return sequence_delitem(seq, i);
        }
        PyObject m = method(seq, "__setitem__", "'%s' object does not support item assignment");
        Abstract.callDescr(m, seq, index(seq, m, i), value);
        // The C function gives PySequence_SetItem's int result (0) back, as 3.12's does.
        return PyInt.of(0);
    }

    @ExposedMethod
    static PyObject sequence_delitem(PyObject seq, PyObject i) {
        notNull(seq);
        PyObject m = method(seq, "__delitem__", "'%s' object doesn't support item deletion");
        Abstract.callDescr(m, seq, index(seq, m, i));
        return PyInt.of(0);
    }

    /**
     * SEQ's item method NAME when its type is a sequence (has sq_item and friends): a
     * method written in Python fills both the sequence and the mapping slot, a builtin's
     * only counts for a builtin sequence (the types match statements treat as sequences,
     * and str, bytes, bytearray). Otherwise TypeError, "is not a sequence" for a
     * mapping.
     */
    private static PyObject method(PyObject seq, String name, String missing) {
        PyType t = seq.type();
        PyObject m = t.lookup(name);
        if (m == null) {
            throw PyErr.typeError(String.format(missing, t.getName()));
        }
        boolean sequence = !(m instanceof JavaMethod) || (t.collectionFlags() & PyType.SEQUENCE) != 0
            || seq instanceof PyStr || seq instanceof PyBytes || seq instanceof PyByteArray;
        if (!sequence) {
            throw PyErr.typeError(t.getName() + " is not a sequence");
        }
        return m;
    }

    /** The index to hand to M: I (a Py_ssize_t, the "n" format) with SEQ's length added once if negative. */
    private static PyObject index(PyObject seq, PyObject m, PyObject iObj) {
        PyInt iv = Abstract.index(iObj);
        if (iv.isBig()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        long i = iv.longValue();
        if (i < 0 && seq.type().lookup("__len__") != null) {
            long n = Abstract.len(seq);
            i += n;
            if (i < 0 && m instanceof JavaMethod) {
                // Still negative: out of range for sq_item. Python-level indexing would
                // count from the end again, so pass an index that stays out of range.
                i -= n;
            }
        }
        return PyInt.of(i);
    }
}
