package org.pyvm.modules.interpreters;

import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Ops;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyNotImplemented;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * The InterpreterID type: an interpreter's id as an int-like object (int(), __index__,
 * hash and comparisons as its int). Compare CPython 3.12 Objects/interpreteridobject.c:
 * interpid_new, interp_id_converter, interpid_repr, interpid_richcompare.
 */
public final class InterpreterIdObject implements PyObject {

    /** Its tp_name is "InterpreterID" (no module), as CPython's static type's. */
    static final PyType TYPE = PyType.builtin("InterpreterID", InterpreterIdObject.class, InterpreterIdObject.class)
        .inModule("builtins", "InterpreterID");

    final long id;

    InterpreterIdObject(long id) {
        this.id = id;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * An interpreter id argument: an InterpreterID or any object with __index__, not negative,
     * within 64 bits. Compare interp_id_converter.
     */
    static long convert(PyObject o) {
        if (o instanceof InterpreterIdObject i) {
            return i.id;
        }
        if (Abstract.lookupAttr(o.type(), "__index__") == null) {
            throw PyErr.typeError("interpreter ID must be an int, got " + o.type().getName());
        }
        PyInt v = Abstract.index(o);
        if (v.big != null) {
            if (v.big.signum() < 0) {
                throw PyErr.valueError("interpreter ID must be a non-negative int, got " + Abstract.repr(o));
            }
            throw PyErr.overflowError("int too big to convert");
        }
        if (v.value < 0) {
            throw PyErr.valueError("interpreter ID must be a non-negative int, got " + Abstract.repr(o));
        }
        return v.value;
    }

    /** InterpreterID(id, force=False): an existing interpreter's id unless FORCE. */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("InterpreterID", args, kw, 1, 2, "id", "force");
        long id = convert(a[0]);
        if (a[1] == null || !Abstract.isTrue(a[1])) {
            Subinterpreters.ensureExists(id);
        }
        return new InterpreterIdObject(id);
    }

    @ExposedMethod
    static PyObject __repr__(InterpreterIdObject self) {
        return PyStr.of("InterpreterID(" + self.id + ")");
    }

    @ExposedMethod
    static PyObject __str__(InterpreterIdObject self) {
        return PyStr.of(Long.toString(self.id));
    }

    @ExposedMethod
    static long __hash__(InterpreterIdObject self) {
        return Abstract.hash(PyInt.of(self.id));
    }

    @ExposedMethod
    static PyObject __int__(InterpreterIdObject self) {
        return PyInt.of(self.id);
    }

    @ExposedMethod
    static PyObject __index__(InterpreterIdObject self) {
        return PyInt.of(self.id);
    }

    /**
     * == and != only (the orderings are NotImplemented): another InterpreterID by id, an int
     * by value, any other number as the id's int compares with it (== 1.0 holds).
     */
    private static PyObject compare(InterpreterIdObject self, PyObject o, int op) {
        if (op != Ops.EQ && op != Ops.NE) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (o instanceof InterpreterIdObject i) {
            return org.pyvm.runtime.PyBool.of((i.id == self.id) == (op == Ops.EQ));
        }
        return ChannelIdObject.compareWithNumber(self.id, o, op);
    }

    @ExposedMethod
    static PyObject __eq__(InterpreterIdObject self, PyObject o) {
        return compare(self, o, Ops.EQ);
    }

    @ExposedMethod
    static PyObject __ne__(InterpreterIdObject self, PyObject o) {
        return compare(self, o, Ops.NE);
    }

    @ExposedMethod
    static PyObject __lt__(InterpreterIdObject self, PyObject o) {
        return compare(self, o, Ops.LT);
    }

    @ExposedMethod
    static PyObject __le__(InterpreterIdObject self, PyObject o) {
        return compare(self, o, Ops.LE);
    }

    @ExposedMethod
    static PyObject __gt__(InterpreterIdObject self, PyObject o) {
        return compare(self, o, Ops.GT);
    }

    @ExposedMethod
    static PyObject __ge__(InterpreterIdObject self, PyObject o) {
        return compare(self, o, Ops.GE);
    }
}
