package org.pyvm.modules.interpreters;

import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNotImplemented;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * _xxinterpchannels.ChannelID: a channel's id and which end it stands for (send 1, recv -1,
 * both 0). Not instantiable from Python (_channel_id makes them). Compare CPython 3.12
 * Modules/_xxinterpchannelsmodule.c: channelid_repr, channelid_richcompare, channelid_end,
 * channel_id_converter.
 */
public final class ChannelIdObject implements PyObject {

    static final PyType TYPE = Types.finish(
        Types.builtin("_xxinterpchannels", "ChannelID", ChannelIdObject.class, ChannelIdObject.class));

    static final int SEND = 1;
    static final int BOTH = 0;
    static final int RECV = -1;

    final long id;
    final int end;

    ChannelIdObject(long id, int end) {
        this.id = id;
        this.end = end;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A channel id argument: a ChannelID or an object with __index__, not negative. Compare channel_id_converter. */
    static long convert(PyObject o) {
        if (o instanceof ChannelIdObject c) {
            return c.id;
        }
        if (Abstract.lookupAttr(o.type(), "__index__") == null) {
            throw PyErr.typeError("channel ID must be an int, got " + o.type().getName());
        }
        PyInt v = Abstract.index(o);
        if (v.big != null || v.value < 0) {
            if (v.big != null && v.big.signum() > 0) {
                throw PyErr.overflowError("int too big to convert");
            }
            throw PyErr.valueError("channel ID must be a non-negative int, got " + Abstract.repr(o));
        }
        return v.value;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        throw PyErr.typeError("cannot create '_xxinterpchannels.ChannelID' instances");
    }

    @ExposedMethod
    static PyObject __repr__(ChannelIdObject self) {
        String tail = self.end == SEND ? ", send=True" : self.end == RECV ? ", recv=True" : "";
        return PyStr.of("ChannelID(" + self.id + tail + ")");
    }

    @ExposedMethod
    static PyObject __str__(ChannelIdObject self) {
        return PyStr.of(Long.toString(self.id));
    }

    @ExposedMethod
    static long __hash__(ChannelIdObject self) {
        return Abstract.hash(PyInt.of(self.id));
    }

    @ExposedMethod
    static PyObject __int__(ChannelIdObject self) {
        return PyInt.of(self.id);
    }

    @ExposedMethod
    static PyObject __index__(ChannelIdObject self) {
        return PyInt.of(self.id);
    }

    /** == and != only: another ChannelID by id and end, else as {@link #compareWithNumber}. */
    private static PyObject equal(ChannelIdObject self, PyObject o, boolean eq) {
        if (o instanceof ChannelIdObject c) {
            return PyBool.of((c.id == self.id && c.end == self.end) == eq);
        }
        return compareWithNumber(self.id, o, eq ? org.pyvm.runtime.Ops.EQ : org.pyvm.runtime.Ops.NE);
    }

    /**
     * An id object (ChannelID, InterpreterID) with id ID, == or != (OP) to O, which is not an
     * id of its kind: an int by value, any other number as the id's int compares with it
     * (1.0 == ChannelID(1)), anything else NotImplemented.
     */
    static PyObject compareWithNumber(long id, PyObject o, int op) {
        if (o instanceof PyInt i) {
            return PyBool.of((i.big == null && i.value == id) == (op == org.pyvm.runtime.Ops.EQ));
        }
        if (isNumber(o)) {
            return org.pyvm.runtime.Ops.richCompare(PyInt.of(id), o, op);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    /** PyNumber_Check: index, int or float conversion, or a complex. */
    static boolean isNumber(PyObject o) {
        PyType t = o.type();
        return o instanceof org.pyvm.runtime.PyComplex || Abstract.lookupAttr(t, "__index__") != null
            || Abstract.lookupAttr(t, "__int__") != null || Abstract.lookupAttr(t, "__float__") != null;
    }

    @ExposedMethod
    static PyObject __eq__(ChannelIdObject self, PyObject o) {
        return equal(self, o, true);
    }

    @ExposedMethod
    static PyObject __ne__(ChannelIdObject self, PyObject o) {
        return equal(self, o, false);
    }

    @ExposedMethod
    static PyObject __lt__(ChannelIdObject self, PyObject o) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __le__(ChannelIdObject self, PyObject o) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __gt__(ChannelIdObject self, PyObject o) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __ge__(ChannelIdObject self, PyObject o) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedGetter
    static PyObject end(ChannelIdObject self) {
        return PyStr.of(self.end == SEND ? "send" : self.end == RECV ? "recv" : "both");
    }

    @ExposedGetter
    static PyObject send(ChannelIdObject self) {
        return new ChannelIdObject(self.id, SEND);
    }

    @ExposedGetter
    static PyObject recv(ChannelIdObject self) {
        return new ChannelIdObject(self.id, RECV);
    }
}
