package org.pyvm.modules.testcapi;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyMappingProxy;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;

/**
 * _testcapi's dict functions of test_capi.test_dict: the PyDict_* calls, which act on the
 * dict's own table (a subclass's __getitem__/__setitem__/keys are not called, as C code
 * reaches the table directly). A dict function given something that is not a dict raises
 * SystemError as PyErr_BadInternalCall does, except those that C documents as lenient:
 * PyDict_GetItem and PyDict_GetItemString swallow every error and answer "missing", which
 * _testcapi shows as the KeyError class; PyDict_Clear ignores a non-dict. None stands for
 * C's NULL where the C function checks for it. Compare CPython Modules/_testcapi/dict.c
 * and Objects/dictobject.c.
 */
final class DictFunctions {

    private DictFunctions() {}

    static void addTo(PyModule m) {
        m.addFunctions(DictFunctions.class);
    }

    private static RuntimeException badInternalCall() {
        return PyErr.of(PyExc.SystemError, "bad argument to internal function");
    }

    private static PyDict dict(PyObject o) {
        if (!(o instanceof PyDict d)) {
            throw badInternalCall();
        }
        return d;
    }

    /** A C string argument ("z#") decoded as PyUnicode_FromString does. */
    private static PyStr cKey(String fn, PyObject o, PyObject key) {
        PyObject b = GetArgs.parseTuple(new PyObject[] {o, key}, "Oz#:" + fn).get(1);
        if (b == PyNone.NONE) {
            throw badInternalCall();
        }
        return (PyStr) Abstract.call(Abstract.getAttr(b, "decode"), PyStr.of("utf-8"));
    }

    /** A key looked up in the table: hashed (TypeError for an unhashable one). */
    private static PyObject lookup(PyDict d, PyObject key) {
        Abstract.hash(key);
        return d.get(key);
    }

    @ExposedMethod
    static PyObject dict_check(PyObject o) {
        return PyInt.of(o instanceof PyDict ? 1 : 0);
    }

    @ExposedMethod
    static PyObject dict_checkexact(PyObject o) {
        return PyInt.of(o.type() == PyDict.TYPE ? 1 : 0);
    }

    @ExposedMethod
    static PyObject dict_new() {
        return new PyDict();
    }

    /** PyDictProxy_New: mappingproxy(o), with its check that O is a mapping. */
    @ExposedMethod
    static PyObject dictproxy_new(PyObject o) {
        return Abstract.call(PyMappingProxy.TYPE, o);
    }

    @ExposedMethod
    static PyObject dict_copy(PyObject o) {
        return dict(o).copy();
    }

    @ExposedMethod
    static PyObject dict_clear(PyObject o) {
        if (o instanceof PyDict d) {
            d.clear();
        }
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject dict_size(PyObject o) {
        return PyInt.of(dict(o).size());
    }

    /** PyDict_GetItem: the value, or the KeyError class for "missing" (errors included). */
    @ExposedMethod
    static PyObject dict_getitem(PyObject o, PyObject key) {
        if (!(o instanceof PyDict d)) {
            return PyExc.KeyError;
        }
        try {
            PyObject v = lookup(d, key);
            return v == null ? PyExc.KeyError : v;
        } catch (PyBaseException e) {
            return PyExc.KeyError;
        }
    }

    @ExposedMethod
    static PyObject dict_getitemstring(PyObject o, PyObject key) {
        PyObject b = GetArgs.parseTuple(new PyObject[] {o, key}, "Oz#:dict_getitemstring").get(1);
        if (!(o instanceof PyDict d)) {
            return PyExc.KeyError;
        }
        try {
            PyObject v = lookup(d, cKey("dict_getitemstring", o, b));
            return v == null ? PyExc.KeyError : v;
        } catch (PyBaseException e) {
            return PyExc.KeyError;
        }
    }

    /** PyDict_GetItemWithError: errors raised, the KeyError class for a missing key. */
    @ExposedMethod
    static PyObject dict_getitemwitherror(PyObject o, PyObject key) {
        PyObject v = lookup(dict(o), key);
        return v == null ? PyExc.KeyError : v;
    }

    @ExposedMethod
    static PyObject dict_contains(PyObject o, PyObject key) {
        return PyInt.of(lookup(dict(o), key) != null ? 1 : 0);
    }

    @ExposedMethod
    static PyObject dict_setitem(PyObject o, PyObject key, PyObject value) {
        PyDict d = dict(o);
        Abstract.hash(key);
        d.setItem(key, value);
        return PyInt.of(0);
    }

    @ExposedMethod
    static PyObject dict_setitemstring(PyObject o, PyObject key, PyObject value) {
        PyStr k = cKey("dict_setitemstring", o, key);
        dict(o).setItem(k, value);
        return PyInt.of(0);
    }

    @ExposedMethod
    static PyObject dict_delitem(PyObject o, PyObject key) {
        PyDict d = dict(o);
        if (lookup(d, key) == null) {
            throw PyErr.of(PyExc.KeyError, key);
        }
        d.delItem(key);
        return PyInt.of(0);
    }

    @ExposedMethod
    static PyObject dict_delitemstring(PyObject o, PyObject key) {
        PyStr k = cKey("dict_delitemstring", o, key);
        return dict_delitem(o, k);
    }

    @ExposedMethod
    static PyObject dict_setdefault(PyObject o, PyObject key, PyObject dflt) {
        PyDict d = dict(o);
        PyObject v = lookup(d, key);
        if (v != null) {
            return v;
        }
        d.setItem(key, dflt);
        return dflt;
    }

    private static PyObject list(PyObject o, int what) {
        PyDict d = dict(o);
        PyList out = new PyList();
        for (int pos = d.nextEntry(0); pos >= 0; pos = d.nextEntry(pos + 1)) {
            PyObject k = d.keyAt(pos);
            PyObject v = d.valueAt(pos);
            out.append(what == 0 ? k : what == 1 ? v : PyTuple.of(k, v));
        }
        return out;
    }

    @ExposedMethod
    static PyObject dict_keys(PyObject o) {
        return list(o, 0);
    }

    @ExposedMethod
    static PyObject dict_values(PyObject o) {
        return list(o, 1);
    }

    @ExposedMethod
    static PyObject dict_items(PyObject o) {
        return list(o, 2);
    }

    /** PyDict_Next from position POS: (1, next position, key, value), or None at the end. */
    @ExposedMethod
    static PyObject dict_next(PyObject o, PyObject posObj) {
        PyDict d = dict(o);
        long p = Abstract.index(posObj).longValue();
        int pos = p < 0 ? -1 : d.nextEntry((int) Math.min(p, Integer.MAX_VALUE));
        if (pos < 0) {
            return PyNone.NONE;
        }
        return PyTuple.of(PyInt.of(1), PyInt.of(pos + 1), d.keyAt(pos), d.valueAt(pos));
    }

    /** PyDict_Merge(a, b, override): a dict's table directly, else b.keys() and b[key]. */
    @ExposedMethod
    static PyObject dict_merge(PyObject a, PyObject b, PyObject override) {
        PyDict d = dict(a);
        if (b == PyNone.NONE) {
            throw badInternalCall();
        }
        boolean over = Abstract.index(override).signum() != 0;
        if (b instanceof PyDict src && src.type().lookup("__iter__") == PyDict.TYPE.getDict().getStr("__iter__")) {
            for (int pos = src.nextEntry(0); pos >= 0; pos = src.nextEntry(pos + 1)) {
                if (over || d.get(src.keyAt(pos)) == null) {
                    d.setItem(src.keyAt(pos), src.valueAt(pos));
                }
            }
        } else {
            PyObject keys = Abstract.call(Abstract.getAttr(b, "keys"));
            for (PyObject k : Abstract.iterable(keys)) {
                if (!over && lookup(d, k) != null) {
                    continue;
                }
                d.setItem(k, Abstract.getItem(b, k));
            }
        }
        return PyInt.of(0);
    }

    @ExposedMethod
    static PyObject dict_update(PyObject a, PyObject b) {
        return dict_merge(a, b, PyInt.of(1));
    }

    /** PyDict_MergeFromSeq2: pairs from an iterable, each a 2-item sequence. */
    @ExposedMethod
    static PyObject dict_mergefromseq2(PyObject a, PyObject seq, PyObject override) {
        PyDict d = dict(a);
        boolean over = Abstract.index(override).signum() != 0;
        int i = 0;
        for (PyObject item : Abstract.iterable(seq)) {
            if (item instanceof PyStr || item.type().lookup("__iter__") == null
                && item.type().lookup("__getitem__") == null) {
                throw PyErr.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
            }
            PyObject[] kv = Abstract.call(PyList.TYPE, item) instanceof PyList l ? l.toArray() : new PyObject[0];
            if (kv.length != 2) {
                throw PyErr.valueError("dictionary update sequence element #" + i + " has length " + kv.length
                    + "; 2 is required");
            }
            if (over || lookup(d, kv[0]) == null) {
                d.setItem(kv[0], kv[1]);
            }
            i++;
        }
        return PyInt.of(0);
    }
}
