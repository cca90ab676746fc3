package org.pyvm.modules.interpreters;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;

/**
 * Cross-interpreter data: what an object becomes to pass from one interpreter to another,
 * and back. An interpreter is a copy of pyvm in a class loader of its own, so the data are
 * plain Java values: None as null, exact bytes as a byte[] copy, exact str as a String,
 * exact int (fitting 64 bits) as a Long, a ChannelID as {id, end} (a long[]). Nothing else
 * is shareable (bool, float and subclasses of the shareable types are not). Compare CPython
 * 3.12 Python/pystate.c: _PyObject_GetCrossInterpreterData, _register_builtins_for_crossinterpreter_data
 * (_bytes_shared, _str_shared, _long_shared, _none_shared) and _xxinterpchannelsmodule.c: _channelid_shared.
 */
public final class CrossData {

    private CrossData() {}

    /** Whether O has cross-interpreter data (_PyObject_CheckCrossInterpreterData). */
    public static boolean shareable(PyObject o) {
        return o == PyNone.NONE || o.type() == PyBytes.TYPE || o.type() == org.pyvm.runtime.PyStr.TYPE
            || o.type() == PyInt.TYPE || o instanceof ChannelIdObject;
    }

    /** O's data; ValueError when it has none, OverflowError for an int beyond 64 bits. */
    public static Object of(PyObject o) {
        if (o == PyNone.NONE) {
            return null;
        }
        if (o.type() == PyBytes.TYPE) {
            return ((PyBytes) o).bytes().clone();
        }
        if (o.type() == PyStr.TYPE) {
            return ((PyStr) o).value();
        }
        if (o.type() == PyInt.TYPE) {
            PyInt i = (PyInt) o;
            if (i.big != null) {
                throw PyErr.overflowError("try sending as bytes");
            }
            return i.value;
        }
        if (o instanceof ChannelIdObject c) {
            return new long[] {c.id, c.end};
        }
        throw PyErr.valueError(Abstract.str(o).value() + " does not support cross-interpreter data");
    }

    /** The object DATA stands for, made in this interpreter (_PyCrossInterpreterData_NewObject). */
    public static PyObject toObject(Object data) {
        if (data == null) {
            return PyNone.NONE;
        }
        if (data instanceof byte[] b) {
            return new PyBytes(b.clone());
        }
        if (data instanceof String s) {
            return PyStr.of(s);
        }
        if (data instanceof Long l) {
            return PyInt.of(l);
        }
        if (data instanceof long[] c) {
            return new ChannelIdObject(c[0], (int) c[1]);
        }
        throw PyErr.of(org.pyvm.runtime.PyExc.SystemError, "unknown cross-interpreter data " + data.getClass().getName());
    }
}
