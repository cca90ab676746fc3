package org.pyvm.modules.asyncio;

import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTraceback;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * What Future.__await__ and __iter__ return: yields the future itself once (marking it
 * blocking) while it is pending, then returns its result. It is no PyIterator, so that the
 * interpreter's SEND takes the StopIteration that carries the result. Compare CPython 3.12
 * Modules/_asynciomodule.c: FutureIter_am_send, FutureIter_iternext, FutureIter_send,
 * FutureIter_throw, FutureIter_close.
 */
final class FutureIter implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("_asyncio", "FutureIter", FutureIter.class,
        FutureIter.class)).notSubclassable();

    private FutureObject future;

    FutureIter(FutureObject future) {
        this.future = future;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        // CPython 3.12's FutureIter may be made empty: it is exhausted from the start.
        return new FutureIter(null);
    }

    @ExposedMethod
    static PyObject __iter__(FutureIter self) {
        return self;
    }

    /** Compare FutureIter_am_send and FutureIter_iternext: the future while pending, else StopIteration(result). */
    @ExposedMethod
    static PyObject __next__(FutureIter self) {
        FutureObject fut = self.future;
        if (fut == null) {
            throw PyErr.stopIteration(null);
        }
        if (fut.state == FutureObject.PENDING) {
            if (!fut.blocking) {
                fut.blocking = true;
                return fut;
            }
            throw PyErr.runtimeError("await wasn't used with future");
        }
        self.future = null;
        PyObject r = FutureObject.result(fut);
        throw PyErr.stopIteration(r == PyNone.NONE ? null : r);
    }

    /** send(value): the value is ignored; Future.__iter__ returns the result whatever is sent. */
    @ExposedMethod
    static PyObject send(FutureIter self, PyObject unused) {
        return __next__(self);
    }

    /** Compare FutureIter_throw: raises the exception, forgetting the future. */
    @ExposedMethod(name = "throw", min = 1)
    static PyObject throw_(FutureIter self, PyObject type, PyObject val, PyObject tb) {
        return doThrow(self, type, val, tb);
    }

    private static PyObject doThrow(FutureIter self, PyObject type, PyObject val, PyObject tb) {
        if (val != null) {
            Abstract.warn(PyExc.DeprecationWarning,
                "the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.");
        }
        if (val == PyNone.NONE) {
            val = null;
        }
        if (tb == PyNone.NONE) {
            tb = null;
        } else if (tb != null && !(tb instanceof PyTraceback)) {
            throw PyErr.typeError("throw() third argument must be a traceback");
        }
        PyBaseException e;
        if (type instanceof PyType t && t.isSubtypeOf(PyExc.BaseException)) {
            PyObject inst;
            if (val instanceof PyBaseException ve && ve.type().isSubtypeOf(t)) {
                inst = ve;
            } else if (val == null) {
                inst = Abstract.call(t);
            } else if (val instanceof PyTuple tu) {
                inst = Abstract.call(t, tu.toArray());
            } else {
                inst = Abstract.call(t, val);
            }
            if (!(inst instanceof PyBaseException ie)) {
                throw PyErr.typeError("calling " + Abstract.repr(t).value()
                    + " should have returned an instance of BaseException, not " + inst.type().getName());
            }
            e = ie;
        } else if (type instanceof PyBaseException inst) {
            if (val != null) {
                throw PyErr.typeError("instance exception may not have a separate value");
            }
            e = inst;
        } else {
            throw PyErr.typeError("exceptions must be classes deriving BaseException or instances of such a class");
        }
        if (tb != null) {
            e.traceback = (PyTraceback) tb;
        }
        self.future = null;
        throw e;
    }

    @ExposedMethod
    static PyObject close(FutureIter self) {
        self.future = null;
        return PyNone.NONE;
    }
}
