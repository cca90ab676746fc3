package org.pyvm.modules.testcapi;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyMemoryView;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;

/**
 * _testcapi's float functions of test_capi.test_float: PyFloat_Check/CheckExact,
 * FromString (a str or a contiguous bytes-like object parsed as float() parses it),
 * FromDouble, AsDouble (a float subclass's own value, else __float__/__index__), GetInfo/
 * GetMax/GetMin, and PyFloat_Pack2/4/8 / Unpack2/4/8, which are struct's "e", "f", "d"
 * formats in either byte order. Compare CPython Modules/_testcapi/float.c and
 * Objects/floatobject.c.
 */
final class FloatFunctions {

    private FloatFunctions() {}

    static void addTo(PyModule m) {
        m.addFunctions(FloatFunctions.class);
    }

    @ExposedMethod
    static PyObject float_check(PyObject o) {
        return PyInt.of(o instanceof PyFloat ? 1 : 0);
    }

    @ExposedMethod
    static PyObject float_checkexact(PyObject o) {
        return PyInt.of(o.type() == PyFloat.TYPE ? 1 : 0);
    }

    @ExposedMethod
    static PyObject float_fromstring(PyObject o) {
        if (o instanceof PyStr || o instanceof PyBytes || o instanceof PyByteArray) {
            return Abstract.call(PyFloat.TYPE, o);
        }
        if (o instanceof PyMemoryView) {
            try {
                byte[] b = PyMemoryView.simpleBufferBytes(o);
                if (b != null) {
                    return Abstract.call(PyFloat.TYPE, new PyBytes(b));
                }
            } catch (org.pyvm.runtime.PyBaseException e) {
                // not contiguous: refused below, as PyFloat_FromString does
            }
        }
        throw PyErr.typeError("float() argument must be a string or a real number, not '" + o.type().getName() + "'");
    }

    @ExposedMethod
    static PyObject float_fromdouble(PyObject o) {
        return PyFloat.of(o instanceof PyFloat f ? f.value : Abstract.toDouble(o));
    }

    @ExposedMethod
    static PyObject float_asdouble(PyObject o) {
        if (o == PyNone.NONE) {
            throw PyErr.typeError("bad argument type for built-in operation");   // PyErr_BadArgument for NULL
        }
        return PyFloat.of(o instanceof PyFloat f ? f.value : Abstract.toDouble(o));
    }

    @ExposedMethod
    static PyObject float_getinfo() {
        return Abstract.getAttr(PyRuntime.builtinModule("sys"), "float_info");
    }

    @ExposedMethod
    static PyObject float_getmax() {
        return PyFloat.of(Double.MAX_VALUE);
    }

    @ExposedMethod
    static PyObject float_getmin() {
        return PyFloat.of(Double.MIN_NORMAL);
    }

    private static String format(long size, boolean le) {
        String code = size == 2 ? "e" : size == 4 ? "f" : size == 8 ? "d" : null;
        return code == null ? null : (le ? "<" : ">") + code;
    }

    /** float_pack(size, x, le): PyFloat_Pack2/4/8. */
    @ExposedMethod
    static PyObject float_pack(PyObject sizeObj, PyObject x, PyObject le) {
        String f = format(Abstract.index(sizeObj).longValue(), Abstract.index(le).signum() != 0);
        if (f == null) {
            throw PyErr.valueError("size must 2, 4 or 8");
        }
        double d = x instanceof PyFloat pf ? pf.value : Abstract.toDouble(x);
        return Abstract.call(Abstract.getAttr(PyRuntime.builtinModule("_struct"), "pack"), PyStr.of(f), PyFloat.of(d));
    }

    /** float_unpack(data, le): PyFloat_Unpack2/4/8 by the data's length. */
    @ExposedMethod
    static PyObject float_unpack(PyObject data, PyObject le) {
        PyObject b = GetArgs.parseTuple(new PyObject[] {data, le}, "y#i:float_unpack").get(0);
        byte[] raw = ((PyBytes) b).bytes();
        String f = format(raw.length, Abstract.index(le).signum() != 0);
        if (f == null) {
            throw PyErr.valueError("data length must 2, 4 or 8 bytes");
        }
        PyObject t = Abstract.call(Abstract.getAttr(PyRuntime.builtinModule("_struct"), "unpack"), PyStr.of(f), b);
        return Abstract.getItem(t, PyInt.of(0));
    }
}
