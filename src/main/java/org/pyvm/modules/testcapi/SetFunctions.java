package org.pyvm.modules.testcapi;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PySet;
import org.pyvm.runtime.PyType;

/**
 * _testcapi's set functions: the PySet_* / PyFrozenSet_* / PyAnySet_* C-API calls on set
 * objects, for test_capi.test_set. They act on the set itself (a subclass's overriding
 * methods are not called, as C code reaches the table directly); a set function given
 * something that is not a set, or a mutating one given a frozenset, raises SystemError as
 * PyErr_BadInternalCall does. The type checks return 0 or 1 (C ints). C's NULL arguments (which crash CPython) are not modelled.
 * Compare CPython Modules/_testcapi/set.c and Objects/setobject.c.
 */
final class SetFunctions {

    private SetFunctions() {}

    static void addTo(PyModule m) {
        m.addFunctions(SetFunctions.class);
    }

    private static boolean isSet(PyObject o) {
        return o instanceof PySet s && !s.isFrozen();
    }

    private static boolean isFrozen(PyObject o) {
        return o instanceof PySet s && s.isFrozen();
    }


    /** PyErr_BadInternalCall. */
    private static RuntimeException badInternalCall() {
        return PyErr.of(PyExc.SystemError, "bad argument to internal function");
    }

    /** The set method NAME of set itself, called on S (not a subclass's override). */
    private static PyObject callSetMethod(String name, PyObject s, PyObject... args) {
        PyObject[] a = new PyObject[args.length + 1];
        a[0] = s;
        System.arraycopy(args, 0, a, 1, args.length);
        return Abstract.call(PySet.SET.getDict().getStr(name), a, null);
    }

    @ExposedMethod
    static PyObject set_check(PyObject o) {
        return PyInt.of(isSet(o) ? 1 : 0);
    }

    @ExposedMethod
    static PyObject set_checkexact(PyObject o) {
        return PyInt.of(o.type() == PySet.SET ? 1 : 0);
    }

    @ExposedMethod
    static PyObject frozenset_check(PyObject o) {
        return PyInt.of(isFrozen(o) ? 1 : 0);
    }

    @ExposedMethod
    static PyObject frozenset_checkexact(PyObject o) {
        return PyInt.of(o.type() == PySet.FROZENSET ? 1 : 0);
    }

    @ExposedMethod
    static PyObject anyset_check(PyObject o) {
        return PyInt.of(o instanceof PySet ? 1 : 0);
    }

    @ExposedMethod
    static PyObject anyset_checkexact(PyObject o) {
        return PyInt.of(o.type() == PySet.SET || o.type() == PySet.FROZENSET ? 1 : 0);
    }

    /** PySet_New(iterable): a new set, empty without an argument (C's NULL). */
    @ExposedMethod(min = 0)
    static PyObject set_new(PyObject iterable) {
        PySet s = new PySet(false);
        if (iterable != null) {
            s.update(iterable);
        }
        return s;
    }

    @ExposedMethod(min = 0)
    static PyObject frozenset_new(PyObject iterable) {
        PySet s = new PySet(true);
        if (iterable != null) {
            s.update(iterable);
        }
        return s;
    }

    /** PySet_Size: SystemError for anything but a set or frozenset. */
    @ExposedMethod
    static PyObject set_size(PyObject o) {
        if (!(o instanceof PySet s)) {
            throw badInternalCall();
        }
        return PyInt.of(s.size());
    }

    /** PySet_GET_SIZE (a macro: no check; its argument must be a set). */
    @ExposedMethod
    static PyObject set_get_size(PyObject o) {
        if (!(o instanceof PySet s)) {
            throw badInternalCall();
        }
        return PyInt.of(s.size());
    }

    @ExposedMethod
    static PyObject set_contains(PyObject o, PyObject key) {
        if (!(o instanceof PySet s)) {
            throw badInternalCall();
        }
        return PyInt.of(s.contains(key) ? 1 : 0);
    }

    /**
     * PySet_Add: 0. CPython also fills a frozenset nobody else refers to yet (reference
     * count 1, one just made in C); pyvm has no reference counts, so a frozenset is refused.
     */
    @ExposedMethod
    static PyObject set_add(PyObject o, PyObject key) {
        if (!isSet(o)) {
            throw badInternalCall();
        }
        ((PySet) o).add(key);
        return PyInt.of(0);
    }

    @ExposedMethod
    static PyObject set_discard(PyObject o, PyObject key) {
        if (!isSet(o)) {
            throw badInternalCall();
        }
        return PyInt.of(((PySet) o).discard(key) ? 1 : 0);
    }

    @ExposedMethod
    static PyObject set_pop(PyObject o) {
        if (!isSet(o)) {
            throw badInternalCall();
        }
        return callSetMethod("pop", o);
    }

    @ExposedMethod
    static PyObject set_clear(PyObject o) {
        if (!isSet(o)) {
            throw badInternalCall();
        }
        callSetMethod("clear", o);
        return PyInt.of(0);
    }
}
