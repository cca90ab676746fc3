package org.pyvm.modules.tkinter;

import java.lang.foreign.MemorySegment;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * _tkinter.tktimertoken: what createtimerhandler returns. The callback table keeps it (and
 * its function) until the timer fires or deletetimerhandler is called, as the extra
 * reference Tktt_New takes does. Compare Modules/_tkinter.c: TkttObject, Tktt_Repr.
 */
final class TimerTokenObject implements PyObject {

    static final PyType TYPE = Types.finish(
        Types.builtin("_tkinter", "tktimertoken", TimerTokenObject.class, TimerTokenObject.class));

    /** Tcl's token; null once deleted. */
    MemorySegment token;
    /** The function; null once called or deleted. */
    PyObject func;
    /** The callback table's key. */
    long id;

    TimerTokenObject(PyObject func) {
        this.func = func;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        throw PyErr.typeError("cannot create '_tkinter.tktimertoken' instances");
    }

    @ExposedMethod
    static void deletetimerhandler(TimerTokenObject self) {
        Callbacks.deleteTimer(self);
    }

    @ExposedMethod
    static PyObject __repr__(TimerTokenObject self) {
        return PyStr.of("<tktimertoken at 0x" + Long.toHexString(System.identityHashCode(self))
            + (self.func == null ? ", handler deleted" : "") + ">");
    }
}
