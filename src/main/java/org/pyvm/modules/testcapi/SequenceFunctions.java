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
import org.pyvm.runtime.Ops;
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

    // ---- the rest of the sequence protocol (test_capi.test_abstract) ----

    /** A Py_ssize_t argument ("n"). */
    private static long ssize(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.isBig()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    /**
     * PySequence_Check: a type with sq_item, which a dict never counts as. A Python class's
     * __getitem__ fills sq_item; a builtin's only for the builtin sequences.
     */
    private static boolean isSequence(PyObject o) {
        if (o instanceof org.pyvm.runtime.PyDict) {
            return false;
        }
        PyType t = o.type();
        PyObject m = t.lookup("__getitem__");
        return m != null && (!(m instanceof JavaMethod) || builtinSequence(o));
    }

    /** A builtin sequence type (list, tuple, range, str, bytes, bytearray, deque, array, memoryview...). */
    private static boolean builtinSequence(PyObject o) {
        return (o.type().collectionFlags() & PyType.SEQUENCE) != 0
            || o instanceof PyStr || o instanceof PyBytes || o instanceof PyByteArray;
    }

    /** Whether the type's METHOD is a builtin sequence's own slot (sq_concat, sq_repeat ...). */
    private static boolean builtinSlot(PyObject o, String method) {
        return builtinSequence(o) && o.type().lookup(method) instanceof JavaMethod;
    }

    @ExposedMethod
    static PyObject sequence_check(PyObject o) {
        return PyInt.of(isSequence(notNull(o)) ? 1 : 0);
    }

    /** PySequence_Size: sq_length; a mapping's length does not count. */
    @ExposedMethod
    static PyObject sequence_size(PyObject o) {
        notNull(o);
        PyType t = o.type();
        PyObject m = t.lookup("__len__");
        if (m == null) {
            throw PyErr.typeError("object of type '" + t.getName() + "' has no len()");
        }
        if (o instanceof org.pyvm.runtime.PyDict
            || m instanceof JavaMethod && (t.collectionFlags() & PyType.MAPPING) != 0) {
            throw PyErr.typeError(t.getName() + " is not a sequence");
        }
        return PyInt.of(Abstract.len(o));
    }

    @ExposedMethod
    static PyObject sequence_length(PyObject o) {
        return sequence_size(o);
    }

    /** PySequence_Concat: sq_concat, else + when both are sequences. */
    @ExposedMethod
    static PyObject sequence_concat(PyObject s, PyObject o) {
        notNull(s);
        notNull(o);
        if (builtinSlot(s, "__add__") || isSequence(s) && isSequence(o)) {
            return Ops.binaryOp(s, o, Ops.NB_ADD);
        }
        throw PyErr.typeError("'" + s.type().getName() + "' object can't be concatenated");
    }

    /** PySequence_InPlaceConcat: sq_inplace_concat or sq_concat, else += when both are sequences. */
    @ExposedMethod
    static PyObject sequence_inplaceconcat(PyObject s, PyObject o) {
        notNull(s);
        notNull(o);
        if (builtinSlot(s, "__iadd__") || builtinSlot(s, "__add__") || isSequence(s) && isSequence(o)) {
            return Ops.binaryOp(s, o, Ops.NB_INPLACE + Ops.NB_ADD);
        }
        throw PyErr.typeError("'" + s.type().getName() + "' object can't be concatenated");
    }

    /** PySequence_Repeat: sq_repeat with a C count, else * when a sequence. */
    @ExposedMethod
    static PyObject sequence_repeat(PyObject s, PyObject count) {
        long n = ssize(count);
        notNull(s);
        if (builtinSlot(s, "__mul__") || isSequence(s)) {
            return repeat(s, n, Ops.NB_MULTIPLY);
        }
        throw PyErr.typeError("'" + s.type().getName() + "' object can't be repeated");
    }

    @ExposedMethod
    static PyObject sequence_inplacerepeat(PyObject s, PyObject count) {
        long n = ssize(count);
        notNull(s);
        if (builtinSlot(s, "__imul__") || builtinSlot(s, "__mul__") || isSequence(s)) {
            return repeat(s, n, Ops.NB_INPLACE + Ops.NB_MULTIPLY);
        }
        throw PyErr.typeError("'" + s.type().getName() + "' object can't be repeated");
    }

    /** S * N through OP; a repeat whose length cannot be a C size is list_repeat's MemoryError. */
    private static PyObject repeat(PyObject s, long n, int op) {
        if (n > 1 && builtinSequence(s) && s.type().lookup("__len__") != null) {
            long len = Abstract.len(s);
            if (len > 0 && len > Long.MAX_VALUE / n) {
                throw PyErr.memoryError();
            }
        }
        return Ops.binaryOp(s, PyInt.of(n), op);
    }

    private static PyObject slice(long i1, long i2) {
        return Abstract.call(org.pyvm.runtime.PySlice.TYPE, PyInt.of(i1), PyInt.of(i2));
    }

    /** PySequence_SetSlice: mp_ass_subscript with slice(i1, i2); a NULL value deletes. */
    @ExposedMethod
    static PyObject sequence_setslice(PyObject s, PyObject i1, PyObject i2, PyObject value) {
        long a = ssize(i1);
        long b = ssize(i2);
        notNull(s);
        if (value == PyNone.NONE) {
            return delslice(s, a, b);
        }
        if (s.type().lookup("__setitem__") == null) {
            throw PyErr.typeError("'" + s.type().getName() + "' object doesn't support slice assignment");
        }
        Abstract.setItem(s, slice(a, b), value);
        return PyInt.of(0);
    }

    @ExposedMethod
    static PyObject sequence_delslice(PyObject s, PyObject i1, PyObject i2) {
        long a = ssize(i1);
        long b = ssize(i2);
        return delslice(notNull(s), a, b);
    }

    private static PyObject delslice(PyObject s, long a, long b) {
        if (s.type().lookup("__delitem__") == null) {
            throw PyErr.typeError("'" + s.type().getName() + "' object doesn't support slice deletion");
        }
        Abstract.delItem(s, slice(a, b));
        return PyInt.of(0);
    }

    /**
     * _PySequence_IterSearch: iterates S comparing each item with O (identity first, then
     * ==): the count, the first index (ValueError when absent) or whether it is there.
     */
    private static long iterSearch(PyObject s, PyObject o, int op) {
        PyObject it;
        try {
            it = Abstract.iter(s);
        } catch (org.pyvm.runtime.PyBaseException e) {
            if (e.matches(PyExc.TypeError)) {
                throw PyErr.typeError("argument of type '" + s.type().getName() + "' is not iterable");
            }
            throw e;
        }
        long n = 0;
        long i = 0;
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it), i++) {
            if (o == null) {
                // comparing with C's NULL: PyObject_RichCompare's bad internal call
                throw PyErr.of(PyExc.SystemError, "bad argument to internal function");
            }
            if (Ops.eqBool(x, o)) {
                if (op == SEARCH_INDEX) {
                    return i;
                } else if (op == SEARCH_CONTAINS) {
                    return 1;
                }
                n++;
            }
        }
        if (op == SEARCH_INDEX) {
            throw PyErr.valueError("sequence.index(x): x not in sequence");
        }
        return n;
    }

    private static final int SEARCH_COUNT = 1;
    private static final int SEARCH_INDEX = 2;
    private static final int SEARCH_CONTAINS = 3;

    @ExposedMethod
    static PyObject sequence_count(PyObject s, PyObject o) {
        notNull(s);
        notNull(o);
        return PyInt.of(iterSearch(s, o, SEARCH_COUNT));
    }

    @ExposedMethod
    static PyObject sequence_index(PyObject s, PyObject o) {
        notNull(s);
        notNull(o);
        return PyInt.of(iterSearch(s, o, SEARCH_INDEX));
    }

    /** PySequence_Contains: sq_contains (__contains__), else the iteration search. */
    @ExposedMethod
    static PyObject sequence_contains(PyObject s, PyObject o) {
        notNull(s);
        if (o == PyNone.NONE) {
            return PyInt.of(iterSearch(s, null, SEARCH_CONTAINS));
        }
        if (s.type().lookup("__contains__") != null) {
            return PyInt.of(Abstract.contains(s, o) ? 1 : 0);
        }
        return PyInt.of(iterSearch(s, o, SEARCH_CONTAINS));
    }

    @ExposedMethod
    static PyObject sequence_list(PyObject s) {
        return Abstract.call(org.pyvm.runtime.PyList.TYPE, notNull(s));
    }

    @ExposedMethod
    static PyObject sequence_tuple(PyObject s) {
        notNull(s);
        return s.type() == org.pyvm.runtime.PyTuple.TYPE ? s : Abstract.call(org.pyvm.runtime.PyTuple.TYPE, s);
    }
}
