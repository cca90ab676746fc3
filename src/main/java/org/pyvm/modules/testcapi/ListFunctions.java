package org.pyvm.modules.testcapi;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;

/**
 * _testcapi's list functions of test_capi.test_list: the PyList_* calls, on the list itself
 * (a subclass's methods are not called), SystemError for a non-list (or C's NULL, None
 * here) as PyErr_BadInternalCall; indexes are C indexes (no counting from the end).
 * PyList_New(n) for n > 0 makes a list of NULL items to be filled, which pyvm cannot
 * hold: NotImplementedError. Compare CPython Modules/_testcapi/list.c and
 * Objects/listobject.c.
 */
final class ListFunctions {

    private ListFunctions() {}

    static void addTo(PyModule m) {
        m.addFunctions(ListFunctions.class);
    }

    private static RuntimeException badInternalCall() {
        return PyErr.of(PyExc.SystemError, "bad argument to internal function");
    }

    private static PyList list(PyObject o) {
        if (!(o instanceof PyList l)) {
            throw badInternalCall();
        }
        return l;
    }

    /** A Py_ssize_t argument ("n"). */
    private static long ssize(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.isBig()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    /** list's own method NAME called on L (not a subclass's override). */
    private static PyObject listMethod(String name, PyObject l, PyObject... args) {
        PyObject[] a = new PyObject[args.length + 1];
        a[0] = l;
        System.arraycopy(args, 0, a, 1, args.length);
        return Abstract.call(PyList.TYPE.getDict().getStr(name), a, null);
    }

    @ExposedMethod
    static PyObject list_check(PyObject o) {
        return PyInt.of(o instanceof PyList ? 1 : 0);
    }

    @ExposedMethod
    static PyObject list_check_exact(PyObject o) {
        return PyInt.of(o.type() == PyList.TYPE ? 1 : 0);
    }

    @ExposedMethod
    static PyObject list_new(PyObject n) {
        if (n == PyNone.NONE || ssize(n) < 0) {
            throw badInternalCall();
        }
        if (ssize(n) > 0) {
            throw PyErr.of(PyExc.NotImplementedError, "pyvm: a list of NULL items to be filled (PyList_New(n), n > 0) "
                + "cannot exist");
        }
        return new PyList();
    }

    @ExposedMethod
    static PyObject list_size(PyObject o) {
        return PyInt.of(list(o).size());
    }

    @ExposedMethod
    static PyObject list_get_size(PyObject o) {
        return PyInt.of(list(o).size());
    }

    @ExposedMethod
    static PyObject list_getitem(PyObject o, PyObject i) {
        PyList l = list(o);
        long k = ssize(i);
        if (k < 0 || k >= l.size()) {
            throw PyErr.of(PyExc.IndexError, "list index out of range");
        }
        return l.get((int) k);
    }

    @ExposedMethod
    static PyObject list_get_item(PyObject o, PyObject i) {
        return list_getitem(o, i);
    }

    @ExposedMethod
    static PyObject list_setitem(PyObject o, PyObject i, PyObject v) {
        PyList l = list(o);
        long k = ssize(i);
        if (k < 0 || k >= l.size()) {
            throw PyErr.of(PyExc.IndexError, "list assignment index out of range");
        }
        l.set((int) k, v);
        return PyInt.of(0);
    }

    /** PyList_SET_ITEM: the same store without the result. */
    @ExposedMethod
    static PyObject list_set_item(PyObject o, PyObject i, PyObject v) {
        list_setitem(o, i, v);
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject list_insert(PyObject o, PyObject i, PyObject v) {
        PyList l = list(o);
        long k = ssize(i);
        listMethod("insert", l, PyInt.of(k), v);
        return PyInt.of(0);
    }

    @ExposedMethod
    static PyObject list_append(PyObject o, PyObject v) {
        PyList l = list(o);
        if (v == PyNone.NONE) {
            throw badInternalCall();
        }
        l.append(v);
        return PyInt.of(0);
    }

    /** The C bounds of a slice: clipped to 0..len, high not below low. Compare listobject.c: list_slice. */
    private static long[] bounds(PyList l, PyObject lo, PyObject hi) {
        long n = l.size();
        long ilow = Math.max(0, Math.min(ssize(lo), n));
        long ihigh = Math.max(ilow, Math.min(ssize(hi), n));
        return new long[] {ilow, ihigh};
    }

    @ExposedMethod
    static PyObject list_getslice(PyObject o, PyObject lo, PyObject hi) {
        PyList l = list(o);
        long[] b = bounds(l, lo, hi);
        PyObject[] items = l.toArray();
        return new PyList(java.util.Arrays.copyOfRange(items, (int) b[0], (int) b[1]));
    }

    /** PyList_SetSlice; a NULL (None) value deletes. */
    @ExposedMethod
    static PyObject list_setslice(PyObject o, PyObject lo, PyObject hi, PyObject v) {
        PyList l = list(o);
        long[] b = bounds(l, lo, hi);
        PyObject slice = Abstract.call(org.pyvm.runtime.PySlice.TYPE, PyInt.of(b[0]), PyInt.of(b[1]));
        if (v == PyNone.NONE) {
            listMethod("__delitem__", l, slice);
        } else {
            listMethod("__setitem__", l, slice, v);
        }
        return PyInt.of(0);
    }

    @ExposedMethod
    static PyObject list_sort(PyObject o) {
        listMethod("sort", list(o));
        return PyInt.of(0);
    }

    @ExposedMethod
    static PyObject list_reverse(PyObject o) {
        listMethod("reverse", list(o));
        return PyInt.of(0);
    }

    @ExposedMethod
    static PyObject list_astuple(PyObject o) {
        return PyTuple.of(list(o).toArray());
    }
}
