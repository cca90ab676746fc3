package org.pyvm.modules.tkinter;

import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyNotImplemented;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * _tkinter.Tcl_Obj: a Tcl value of a type FromObj does not convert (an index, a command
 * name, a font...), holding a reference to the Tcl object. Compare Modules/_tkinter.c:
 * PyTclObject (newPyTclObject, PyTclObject_str/repr/richcompare, typename, string).
 * CPython drops the reference in dealloc; here a cleaner queues the decrement for the
 * thread that made the object (Tcl's objects are per thread), which runs it on its next
 * _tkinter call.
 */
final class TclObjObject implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("_tkinter", "Tcl_Obj", TclObjObject.class, TclObjObject.class));

    private static final Cleaner CLEANER = Cleaner.create();

    final MemorySegment value;
    /** The string representation, once asked for (PyTclObject's string member). */
    private PyStr string;

    TclObjObject(MemorySegment value) {
        TclLib.incrRef(value);
        this.value = value;
        Thread owner = Thread.currentThread();
        CLEANER.register(this, () -> TclInterp.releaseLater(owner, () -> TclLib.decrRef(value)));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        throw PyErr.typeError("cannot create '_tkinter.Tcl_Obj' instances");
    }

    PyStr str() {
        return string != null ? string : TclConvert.unicode(value);
    }

    @ExposedMethod
    static PyObject __str__(TclObjObject self) {
        return self.str();
    }

    @ExposedMethod
    static PyObject __repr__(TclObjObject self) {
        return PyStr.of("<" + TclLib.typeName(TclLib.typePtr(self.value)) + " object: "
            + org.pyvm.runtime.Abstract.repr(self.str()) + ">");
    }

    /** typename: the name of the Tcl type. */
    @ExposedGetter
    static PyObject typename(TclObjObject self) {
        return TclConvert.unicode(TclLib.typeName(TclLib.typePtr(self.value))
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** string: the string representation (cached). */
    @ExposedGetter
    static PyObject string(TclObjObject self) {
        if (self.string == null) {
            self.string = TclConvert.unicode(self.value);
        }
        return self.string;
    }

    /** PyTclObject_richcompare: by the string representations, with C's strcmp order. */
    private static PyObject compare(TclObjObject self, PyObject other, int op) {
        if (!(other instanceof TclObjObject o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        int c = 0;
        if (self != o) {
            c = strcmp(TclLib.stringOf(self.value), TclLib.stringOf(o.value));
        }
        boolean r = switch (op) {
            case 0 -> c < 0;
            case 1 -> c <= 0;
            case 2 -> c == 0;
            case 3 -> c != 0;
            case 4 -> c > 0;
            default -> c >= 0;
        };
        return PyBool.of(r);
    }

    private static int strcmp(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            int d = (a[i] & 0xff) - (b[i] & 0xff);
            if (d != 0) {
                return d;
            }
        }
        return a.length - b.length;
    }

    @ExposedMethod
    static PyObject __lt__(TclObjObject self, PyObject o) {
        return compare(self, o, 0);
    }

    @ExposedMethod
    static PyObject __le__(TclObjObject self, PyObject o) {
        return compare(self, o, 1);
    }

    @ExposedMethod
    static PyObject __eq__(TclObjObject self, PyObject o) {
        return compare(self, o, 2);
    }

    @ExposedMethod
    static PyObject __ne__(TclObjObject self, PyObject o) {
        return compare(self, o, 3);
    }

    @ExposedMethod
    static PyObject __gt__(TclObjObject self, PyObject o) {
        return compare(self, o, 4);
    }

    @ExposedMethod
    static PyObject __ge__(TclObjObject self, PyObject o) {
        return compare(self, o, 5);
    }
}
