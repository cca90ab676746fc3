package org.pyvm.modules.testcapi;

import java.nio.charset.StandardCharsets;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Formatter;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyMemoryView;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;

/**
 * _testcapi's object-protocol functions of test_capi.test_abstract: PyObject_Str, _Repr,
 * _ASCII, _Bytes, PyObject_GetItem/SetItem/DelItem, the PyMapping_* functions and the attribute functions PyObject_GetAttr/HasAttr/SetAttr/DelAttr and
 * their *String forms (the name as C bytes, decoded as UTF-8). As in _testcapi, None
 * stands for C's NULL: the text functions give "<NULL>", a NULL value to set deletes.
 * HasAttr swallows every error (0). A NULL object or name (a crash in CPython) is
 * SystemError here. The functions that change something return C's 0. Compare CPython Modules/_testcapi/abstract.c and Objects/object.c.
 */
final class AbstractFunctions {

    private AbstractFunctions() {}

    static void addTo(PyModule m) {
        m.addFunctions(AbstractFunctions.class);
    }

    private static RuntimeException nullArgument() {
        return PyErr.of(PyExc.SystemError, "bad argument to internal function");
    }

    /** PyObject_GetAttr's name check. */
    private static PyStr name(PyObject n) {
        if (n == PyNone.NONE) {
            throw nullArgument();
        }
        if (!(n instanceof PyStr s)) {
            throw PyErr.typeError("attribute name must be string, not '" + n.type().getName() + "'");
        }
        return s;
    }

    /** A C string argument ("z#": str as UTF-8 or bytes) decoded as PyUnicode_FromString does. */
    private static PyStr cName(String fn, PyObject obj, PyObject n) {
        PyObject b = GetArgs.parseTuple(new PyObject[] {obj, n}, "Oz#:" + fn).get(1);
        if (b == PyNone.NONE) {
            throw nullArgument();
        }
        return (PyStr) Abstract.call(Abstract.getAttr(b, "decode"), PyStr.of("utf-8"));
    }

    private static PyObject notNull(PyObject obj) {
        if (obj == PyNone.NONE) {
            throw nullArgument();
        }
        return obj;
    }

    @ExposedMethod
    static PyObject object_str(PyObject o) {
        return o == PyNone.NONE ? PyStr.of("<NULL>") : Abstract.str(o);
    }

    @ExposedMethod
    static PyObject object_repr(PyObject o) {
        return o == PyNone.NONE ? PyStr.of("<NULL>") : Abstract.repr(o);
    }

    /** PyObject_ASCII: the repr, itself when it is ASCII (a str subclass stays one). */
    @ExposedMethod
    static PyObject object_ascii(PyObject o) {
        if (o == PyNone.NONE) {
            return PyStr.of("<NULL>");
        }
        PyStr r = Abstract.repr(o);
        return r.toString().chars().allMatch(c -> c < 128) ? r : PyStr.of(Formatter.ascii(r.toString()));
    }

    /** PyObject_Bytes: exact bytes as they are, __bytes__, else PyBytes_FromObject. */
    @ExposedMethod
    static PyObject object_bytes(PyObject o) {
        if (o == PyNone.NONE) {
            return new PyBytes("<NULL>".getBytes(StandardCharsets.US_ASCII));
        }
        if (o.type() == PyBytes.TYPE) {
            return o;
        }
        if (o.type().lookup("__bytes__") != null) {
            PyObject r = Abstract.call(Abstract.getAttr(o, "__bytes__"));
            if (!(r instanceof PyBytes)) {
                throw PyErr.typeError("__bytes__ returned non-bytes (type " + r.type().getName() + ")");
            }
            return r;
        }
        if (!(o instanceof PyStr)) {
            byte[] b = PyMemoryView.simpleBufferBytes(o);
            if (b != null) {
                return new PyBytes(b);
            }
            if (o.type().lookup("__iter__") != null) {
                return Abstract.call(PyBytes.TYPE, o);
            }
        }
        throw PyErr.typeError("cannot convert '" + o.type().getName() + "' object to bytes");
    }

    /** Objects/abstract.c: null_error. */
    private static PyObject item(PyObject o) {
        if (o == PyNone.NONE) {
            throw PyErr.of(PyExc.SystemError, "null argument to internal routine");
        }
        return o;
    }

    @ExposedMethod
    static PyObject object_getitem(PyObject o, PyObject key) {
        return Abstract.getItem(item(o), item(key));
    }

    @ExposedMethod
    static PyObject object_setitem(PyObject o, PyObject key, PyObject value) {
        Abstract.setItem(item(o), item(key), item(value));
        return PyInt.of(0);
    }

    @ExposedMethod
    static PyObject object_delitem(PyObject o, PyObject key) {
        Abstract.delItem(item(o), item(key));
        return PyInt.of(0);
    }

    /** PyMapping_DelItem: PyObject_DelItem. */
    @ExposedMethod
    static PyObject mapping_delitem(PyObject o, PyObject key) {
        return object_delitem(o, key);
    }

    /**
     * PyMapping_Check: whether the type has a mapping subscript (mp_subscript), which every
     * __getitem__ of a class and of the builtin sequences and mappings is; 0 for NULL.
     */
    @ExposedMethod
    static PyObject mapping_check(PyObject o) {
        return PyInt.of(o != PyNone.NONE && o.type().lookup("__getitem__") != null
            && !(o instanceof org.pyvm.runtime.PySet) ? 1 : 0);
    }

    /** PyMapping_Size: len() of a type with mp_length ("is not a mapping" for a set, which has sq_length only). */
    @ExposedMethod
    static PyObject mapping_size(PyObject o) {
        if (item(o) instanceof org.pyvm.runtime.PySet) {
            throw PyErr.typeError(o.type().getName() + " is not a mapping");
        }
        return PyInt.of(Abstract.len(o));
    }

    @ExposedMethod
    static PyObject mapping_length(PyObject o) {
        return mapping_size(o);
    }

    /** The key of a *String function ("z#"), None (NULL) being null_error's SystemError. */
    private static PyStr itemKey(String fn, PyObject o, PyObject key) {
        PyObject b = GetArgs.parseTuple(new PyObject[] {o, key}, "Oz#:" + fn).get(1);
        item(o);
        return (PyStr) Abstract.call(Abstract.getAttr(item(b), "decode"), PyStr.of("utf-8"));
    }

    @ExposedMethod
    static PyObject mapping_getitemstring(PyObject o, PyObject key) {
        return Abstract.getItem(o, itemKey("mapping_getitemstring", o, key));
    }

    /** PyMapping_HasKey: 1 or 0, any error (a NULL argument too) swallowed. */
    @ExposedMethod
    static PyObject mapping_haskey(PyObject o, PyObject key) {
        try {
            Abstract.getItem(item(o), item(key));
            return PyInt.of(1);
        } catch (PyBaseException e) {
            return PyInt.of(0);
        }
    }

    @ExposedMethod
    static PyObject mapping_haskeystring(PyObject o, PyObject key) {
        GetArgs.parseTuple(new PyObject[] {o, key}, "Oz#:mapping_haskeystring");
        try {
            Abstract.getItem(o, itemKey("mapping_haskeystring", o, key));
            return PyInt.of(1);
        } catch (PyBaseException e) {
            return PyInt.of(0);
        }
    }

    @ExposedMethod
    static PyObject mapping_setitemstring(PyObject o, PyObject key, PyObject value) {
        PyStr k = itemKey("mapping_setitemstring", o, key);
        Abstract.setItem(o, k, item(value));
        return PyInt.of(0);
    }

    @ExposedMethod
    static PyObject mapping_delitemstring(PyObject o, PyObject key) {
        Abstract.delItem(o, itemKey("mapping_delitemstring", o, key));
        return PyInt.of(0);
    }

    /** PyMapping_Keys/Values/Items: a dict's as a list, else o.NAME() made a list. Compare abstract.c: method_output_as_list. */
    private static PyObject outputAsList(PyObject o, String name) {
        item(o);
        if (o.type() == org.pyvm.runtime.PyDict.TYPE) {
            return Abstract.call(org.pyvm.runtime.PyList.TYPE, Abstract.call(Abstract.getAttr(o, name)));
        }
        PyObject out = Abstract.call(Abstract.getAttr(o, name));
        if (out.type() == org.pyvm.runtime.PyList.TYPE) {
            return out;
        }
        if (!(out instanceof org.pyvm.runtime.PyIterator) && out.type().lookup("__iter__") == null
            && out.type().lookup("__getitem__") == null) {
            throw PyErr.typeError(o.type().getName() + "." + name + "() returned a non-iterable (type "
                + out.type().getName() + ")");
        }
        return Abstract.call(org.pyvm.runtime.PyList.TYPE, out);
    }

    @ExposedMethod
    static PyObject mapping_keys(PyObject o) {
        return outputAsList(o, "keys");
    }

    @ExposedMethod
    static PyObject mapping_values(PyObject o) {
        return outputAsList(o, "values");
    }

    @ExposedMethod
    static PyObject mapping_items(PyObject o) {
        return outputAsList(o, "items");
    }

    @ExposedMethod
    static PyObject object_getattr(PyObject obj, PyObject n) {
        return Abstract.getAttr(notNull(obj), name(n));
    }

    @ExposedMethod
    static PyObject object_getattrstring(PyObject obj, PyObject n) {
        return Abstract.getAttr(notNull(obj), cName("object_getattrstring", obj, n));
    }

    /** PyObject_HasAttr: 1 or 0, any error swallowed. */
    @ExposedMethod
    static PyObject object_hasattr(PyObject obj, PyObject n) {
        try {
            Abstract.getAttr(notNull(obj), name(n));
            return PyInt.of(1);
        } catch (PyBaseException e) {
            return PyInt.of(0);   // 3.12's HasAttr clears whatever was raised
        }
    }

    @ExposedMethod
    static PyObject object_hasattrstring(PyObject obj, PyObject n) {
        PyObject b = GetArgs.parseTuple(new PyObject[] {obj, n}, "Oz#:object_hasattrstring").get(1);
        try {
            Abstract.getAttr(notNull(obj), cName("object_hasattrstring", obj, b));
            return PyInt.of(1);
        } catch (PyBaseException e) {
            return PyInt.of(0);   // 3.12's HasAttr clears whatever was raised
        }
    }

    /** PyObject_SetAttr; a NULL (None) value deletes. */
    @ExposedMethod
    static PyObject object_setattr(PyObject obj, PyObject n, PyObject value) {
        Abstract.setAttr(notNull(obj), name(n), value == PyNone.NONE ? null : value);
        return PyInt.of(0);
    }

    @ExposedMethod
    static PyObject object_setattrstring(PyObject obj, PyObject n, PyObject value) {
        Abstract.setAttr(notNull(obj), cName("object_setattrstring", obj, n), value == PyNone.NONE ? null : value);
        return PyInt.of(0);
    }

    @ExposedMethod
    static PyObject object_delattr(PyObject obj, PyObject n) {
        Abstract.setAttr(notNull(obj), name(n), null);
        return PyInt.of(0);
    }

    @ExposedMethod
    static PyObject object_delattrstring(PyObject obj, PyObject n) {
        Abstract.setAttr(notNull(obj), cName("object_delattrstring", obj, n), null);
        return PyInt.of(0);
    }
}
