package org.pyvm.modules.asyncio;

import java.util.ArrayList;
import org.pyvm.modules.contextvars.Contexts;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.Ops;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTraceback;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.Unraisable;

/**
 * _asyncio.Future: the result of an asynchronous operation, with callbacks scheduled on its
 * loop when it becomes done. Subclassable, with an instance dict. The first callback is kept
 * apart from the list of the others, as in CPython. Compare CPython 3.12
 * Modules/_asynciomodule.c: future_init, future_schedule_callbacks, future_set_result,
 * future_set_exception, future_get_result, future_add_done_callback, future_cancel,
 * create_cancelled_error, the _asyncio_Future_* methods and getters, FutureObj_finalize.
 */
public class FutureObject implements PyObject, HasDict {

    static final PyType TYPE = Types.finish(Types.builtin("_asyncio", "Future", FutureObject.class,
        FutureObject.class));

    static final int PENDING = 0;
    static final int CANCELLED = 1;
    static final int FINISHED = 2;

    private static final String[] CONTEXT_KW = {"context"};

    /** Names looked up on each step or future: made once (getAttr of a Java String interns it each time). */
    static final PyStr CALL_SOON = PyStr.intern("call_soon");
    static final PyStr GET_DEBUG = PyStr.intern("get_debug");

    private final PyType type;
    private PyDict dict;

    /** Null until __init__ ran: the object is not "alive" (future_is_alive). */
    PyObject loop;
    PyObject callback0;
    PyObject context0;
    /** The second and later callbacks, (fn, context) pairs; null when there are none. */
    ArrayList<PyTuple> callbacks;
    PyBaseException exception;
    /** The exception's traceback when it was set, given back to it when result() raises it (once). */
    PyTraceback exceptionTb;
    PyObject result;
    PyObject sourceTb;
    PyObject cancelMsg;
    PyBaseException cancelledExc;
    int state;
    boolean logTb;
    boolean blocking;

    FutureObject(PyType type) {
        this.type = type;
        if (type.isHeapType() && type.lookup("__del__") != TYPE.getDict().getStr("__del__")
            && type.lookup("__del__") != TaskObject.TYPE.getDict().getStr("__del__")) {
            watchFinalizer();   // a subclass's own __del__ runs whatever the state
        }
    }

    /** Runs __del__ once this is unreachable (org.pyvm.runtime.Finalization). */
    private org.pyvm.runtime.Finalization.Trigger finalizer;

    /**
     * From the moment __del__ has something to report (an exception nobody retrieved, a
     * task that may be destroyed pending), this future is watched, so that its __del__
     * runs when it becomes garbage, as tp_finalize does; futures that never get there cost
     * nothing.
     */
    final void watchFinalizer() {
        if (finalizer == null) {
            finalizer = org.pyvm.runtime.Finalization.watch(this);
        }
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        PyDict d = dict;
        if (d == null) {
            dict = d = new PyDict();
        }
        return d;
    }

    /** Compare PyType_GenericNew: a Future or Task of class CLS, not yet initialized. */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        return cls.isSubtypeOf(TaskObject.TYPE) ? new TaskObject(cls) : new FutureObject(cls);
    }

    /** Future(*, loop=None). Compare _asyncio_Future___init___impl. */
    @ExposedMethod
    static void __init__(FutureObject self, PyObject[] args, String[] kw) {
        PyObject[] a = AsyncioModule.parse("Future", args, kw, 0, 0, "loop");
        self.init(a[0]);
    }

    /** Compare future_init: back to a pending future of LOOP (the current event loop for None). */
    final void init(PyObject loopArg) {
        loop = null;
        callback0 = null;
        context0 = null;
        callbacks = null;
        result = null;
        exception = null;
        exceptionTb = null;
        sourceTb = null;
        cancelMsg = null;
        cancelledExc = null;
        state = PENDING;
        logTb = false;
        blocking = false;
        PyObject l = loopArg == null || loopArg == PyNone.NONE ? AsyncioModule.getEventLoop() : loopArg;
        loop = l;
        if (Abstract.isTrue(Abstract.call(Abstract.getAttr(l, GET_DEBUG)))) {
            sourceTb = Abstract.call(AsyncioModule.state().extractStack);
        }
    }

    final boolean alive() {
        return loop != null;
    }

    final void ensureAlive() {
        if (loop == null) {
            throw PyErr.runtimeError("Future object is not initialized.");
        }
    }

    private static PyBaseException invalidState(String msg) {
        return AsyncioModule.asException(Abstract.call(AsyncioModule.state().invalidStateError, PyStr.of(msg)));
    }

    // ---- the core, called directly by Task ----

    /** loop.call_soon(fn, arg, context=ctx). Compare call_soon. */
    static void callSoon(PyObject loop, PyObject fn, PyObject arg, PyObject ctx) {
        PyObject m = Abstract.getAttr(loop, CALL_SOON);
        if (ctx == null) {
            Abstract.call(m, fn, arg);
        } else if (arg == null) {
            Abstract.call(m, new PyObject[] {fn, ctx}, CONTEXT_KW);
        } else {
            Abstract.call(m, new PyObject[] {fn, arg, ctx}, CONTEXT_KW);
        }
    }

    /** Compare future_schedule_callbacks: each callback to call_soon, then none kept. */
    final void scheduleCallbacks() {
        if (callback0 != null) {
            PyObject cb = callback0;
            PyObject ctx = context0;
            callback0 = null;
            context0 = null;
            try {
                callSoon(loop, cb, this, ctx);
            } catch (PyBaseException e) {
                callbacks = null;
                throw e;
            }
        }
        ArrayList<PyTuple> cbs = callbacks;
        if (cbs == null) {
            return;
        }
        callbacks = null;
        for (PyTuple t : cbs) {
            callSoon(loop, t.get(0), this, t.get(1));
        }
    }

    /** Compare future_set_result. */
    final void setResult(PyObject res) {
        ensureAlive();
        if (state != PENDING) {
            throw invalidState("invalid state");
        }
        result = res;
        state = FINISHED;
        scheduleCallbacks();
    }

    /** Compare future_set_exception. */
    final void setException(PyObject exc) {
        if (state != PENDING) {
            throw invalidState("invalid state");
        }
        PyObject val = exc;
        if (exc instanceof PyType t && t.isSubtypeOf(PyExc.BaseException)) {
            val = Abstract.call(exc);
            if (state != PENDING) {
                throw invalidState("invalid state");
            }
        }
        if (!(val instanceof PyBaseException e)) {
            throw PyErr.typeError("invalid exception object");
        }
        if (e.type() == PyExc.StopIteration) {
            throw PyErr.typeError("StopIteration interacts badly with generators and cannot be raised into a Future");
        }
        exception = e;
        exceptionTb = e.traceback;
        state = FINISHED;
        scheduleCallbacks();
        logTb = true;
        watchFinalizer();
    }

    /** Compare create_cancelled_error: the saved CancelledError, else a new one with the cancel message. */
    final PyBaseException makeCancelledError() {
        PyBaseException saved = cancelledExc;
        if (saved != null) {
            cancelledExc = null;
            return saved;
        }
        PyObject msg = cancelMsg;
        PyType ce = AsyncioModule.state().cancelledError;
        return AsyncioModule.asException(msg == null || msg == PyNone.NONE ? Abstract.call(ce) : Abstract.call(ce, msg));
    }

    /**
     * Compare future_get_result: the result, or (EXC[0] set) the exception to raise into a
     * waiter; a cancelled or pending future raises.
     */
    final PyObject getResult(PyBaseException[] exc) {
        if (state == CANCELLED) {
            throw makeCancelledError();
        }
        if (state != FINISHED) {
            throw invalidState("Result is not set.");
        }
        logTb = false;
        if (exception != null) {
            // The traceback it was set with, not what earlier raises added to it.
            exception.traceback = exceptionTb;
            exceptionTb = null;
            exc[0] = exception;
            return null;
        }
        return result;
    }

    /** Compare future_add_done_callback. */
    final void addDoneCallback(PyObject fn, PyObject ctx) {
        if (loop == null) {
            throw PyErr.runtimeError("uninitialized Future object");
        }
        if (state != PENDING) {
            callSoon(loop, fn, this, ctx);
        } else if (callbacks == null && callback0 == null) {
            callback0 = fn;
            context0 = ctx;
        } else {
            if (callbacks == null) {
                callbacks = new ArrayList<>(4);
            }
            callbacks.add(PyTuple.of(fn, ctx));
        }
    }

    /** Compare future_cancel. */
    final boolean cancelFuture(PyObject msg) {
        logTb = false;
        if (state != PENDING) {
            return false;
        }
        state = CANCELLED;
        cancelMsg = msg;
        scheduleCallbacks();
        return true;
    }

    // ---- methods ----

    @ExposedMethod
    static PyObject result(FutureObject self) {
        if (self.loop == null) {
            throw invalidState("Future object is not initialized.");
        }
        PyBaseException[] exc = new PyBaseException[1];
        PyObject r = self.getResult(exc);
        if (exc[0] != null) {
            throw exc[0];
        }
        return r;
    }

    @ExposedMethod
    static PyObject exception(FutureObject self, PyObject[] args, String[] kw) {
        AsyncioModule.positionalOnly("exception", args, kw, 0);
        if (self.loop == null) {
            throw invalidState("Future object is not initialized.");
        }
        if (self.state == CANCELLED) {
            throw self.makeCancelledError();
        }
        if (self.state != FINISHED) {
            throw invalidState("Exception is not set.");
        }
        if (self.exception != null) {
            self.logTb = false;
            return self.exception;
        }
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject set_result(FutureObject self, PyObject[] args, String[] kw) {
        AsyncioModule.positionalOnly("set_result", args, kw, 1);
        self.ensureAlive();
        self.setResult(args[0]);
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject set_exception(FutureObject self, PyObject[] args, String[] kw) {
        AsyncioModule.positionalOnly("set_exception", args, kw, 1);
        self.ensureAlive();
        self.setException(args[0]);
        return PyNone.NONE;
    }

    /** add_done_callback(fn, /, *, context=None). */
    @ExposedMethod
    static PyObject add_done_callback(FutureObject self, PyObject[] args, String[] kw) {
        int npos = args.length - Args.nkw(kw);
        if (npos != 1) {
            throw PyErr.typeError("add_done_callback() takes exactly 1 positional argument (" + npos + " given)");
        }
        PyObject ctx = AsyncioModule.parse("add_done_callback", args, kw, 1, 1, "fn", "context")[1];
        if (ctx == null) {
            ctx = Contexts.copyCurrent();
        }
        self.addDoneCallback(args[0], ctx);
        return PyNone.NONE;
    }

    /** Compare _asyncio_Future_remove_done_callback_impl: how many were removed. */
    @ExposedMethod
    static PyObject remove_done_callback(FutureObject self, PyObject[] args, String[] kw) {
        AsyncioModule.positionalOnly("remove_done_callback", args, kw, 1);
        PyObject fn = args[0];
        self.ensureAlive();
        int cleared0 = 0;
        if (self.callback0 != null && Ops.eqBool(self.callback0, fn)) {
            self.callback0 = null;
            self.context0 = null;
            cleared0 = 1;
        }
        ArrayList<PyTuple> cbs = self.callbacks;
        if (cbs == null) {
            return PyInt.of(cleared0);
        }
        int len = cbs.size();
        ArrayList<PyTuple> kept = new ArrayList<>(len);
        for (PyTuple t : new ArrayList<>(cbs)) {
            if (!Ops.eqBool(t.get(0), fn)) {
                kept.add(t);
            }
        }
        if (self.callbacks == null || kept.isEmpty()) {
            self.callbacks = null;
            return PyInt.of(len + cleared0);
        }
        if (kept.size() != self.callbacks.size()) {
            self.callbacks = kept;
        }
        return PyInt.of(len - kept.size() + cleared0);
    }

    @ExposedMethod
    static PyObject cancel(FutureObject self, PyObject[] args, String[] kw) {
        PyObject msg = AsyncioModule.parse("cancel", args, kw, 0, 1, "msg")[0];
        self.ensureAlive();
        return PyBool.of(self.cancelFuture(msg == null ? PyNone.NONE : msg));
    }

    @ExposedMethod
    static boolean cancelled(FutureObject self) {
        return self.loop != null && self.state == CANCELLED;
    }

    @ExposedMethod
    static boolean done(FutureObject self) {
        return self.loop != null && self.state != PENDING;
    }

    @ExposedMethod
    static PyObject get_loop(FutureObject self, PyObject[] args, String[] kw) {
        AsyncioModule.positionalOnly("get_loop", args, kw, 0);
        self.ensureAlive();
        return self.loop;
    }

    @ExposedMethod
    static PyObject _make_cancelled_error(FutureObject self) {
        return self.makeCancelledError();
    }

    @ExposedMethod
    static PyObject __iter__(FutureObject self) {
        self.ensureAlive();
        return new FutureIter(self);
    }

    @ExposedMethod
    static PyObject __await__(FutureObject self) {
        return __iter__(self);
    }

    @ExposedMethod
    static PyObject __repr__(FutureObject self) {
        self.ensureAlive();
        return Abstract.call(AsyncioModule.state().futureReprFunc, self);
    }

    @ExposedMethod(classMethod = true)
    static PyObject __class_getitem__(PyObject cls, PyObject item) {
        return org.pyvm.runtime.PyGenericAlias.classGetItem(cls, item);
    }

    /**
     * The finalizer (tp_finalize): a future whose exception nobody retrieved reports it to
     * its loop's exception handler. Compare FutureObj_finalize.
     */
    @ExposedMethod
    static PyObject __del__(FutureObject self) {
        self.finalizeFuture();
        return PyNone.NONE;
    }

    final void finalizeFuture() {
        if (!logTb) {
            return;
        }
        logTb = false;
        PyDict context = new PyDict();
        context.setStr("message", PyStr.of(Types.shortName(type) + " exception was never retrieved"));
        context.setStr("exception", exception);
        context.setStr("future", this);
        if (sourceTb != null) {
            context.setStr("source_traceback", sourceTb);
        }
        callExceptionHandler(context);
    }

    /** loop.call_exception_handler(CONTEXT), its errors reported as unraisable. */
    final void callExceptionHandler(PyDict context) {
        PyObject func;
        try {
            func = Abstract.getAttr(loop, "call_exception_handler");
        } catch (PyBaseException e) {
            return;
        }
        try {
            Abstract.call(func, context);
        } catch (PyBaseException e) {
            Unraisable.report(e, func);
        }
    }

    // ---- getters ----

    @ExposedGetter
    static PyObject _state(FutureObject self) {
        self.ensureAlive();
        return PyStr.of(self.state == PENDING ? "PENDING" : self.state == CANCELLED ? "CANCELLED" : "FINISHED");
    }

    @ExposedGetter(setter = "setBlocking")
    static PyObject _asyncio_future_blocking(FutureObject self) {
        return PyBool.of(self.loop != null && self.blocking);
    }

    static void setBlocking(FutureObject self, PyObject value) {
        self.ensureAlive();
        if (value == null) {
            throw PyErr.attributeError("cannot delete attribute");
        }
        self.blocking = Abstract.isTrue(value);
    }

    @ExposedGetter(setter = "setLogTraceback")
    static PyObject _log_traceback(FutureObject self) {
        self.ensureAlive();
        return PyBool.of(self.logTb);
    }

    static void setLogTraceback(FutureObject self, PyObject value) {
        if (value == null) {
            throw PyErr.attributeError("cannot delete attribute");
        }
        if (Abstract.isTrue(value)) {
            throw PyErr.valueError("_log_traceback can only be set to False");
        }
        self.logTb = false;
    }

    @ExposedGetter
    static PyObject _loop(FutureObject self) {
        return self.loop == null ? PyNone.NONE : self.loop;
    }

    @ExposedGetter
    static PyObject _callbacks(FutureObject self) {
        self.ensureAlive();
        int n = (self.callback0 != null ? 1 : 0) + (self.callbacks != null ? self.callbacks.size() : 0);
        if (n == 0) {
            return PyNone.NONE;
        }
        PyList l = new PyList();
        if (self.callback0 != null) {
            l.append(PyTuple.of(self.callback0, self.context0));
        }
        if (self.callbacks != null) {
            for (PyTuple t : self.callbacks) {
                l.append(t);
            }
        }
        return l;
    }

    @ExposedGetter
    static PyObject _result(FutureObject self) {
        self.ensureAlive();
        return self.result == null ? PyNone.NONE : self.result;
    }

    @ExposedGetter
    static PyObject _exception(FutureObject self) {
        self.ensureAlive();
        return self.exception == null ? PyNone.NONE : self.exception;
    }

    @ExposedGetter
    static PyObject _source_traceback(FutureObject self) {
        return self.loop == null || self.sourceTb == null ? PyNone.NONE : self.sourceTb;
    }

    @ExposedGetter(setter = "setCancelMessage")
    static PyObject _cancel_message(FutureObject self) {
        return self.cancelMsg == null ? PyNone.NONE : self.cancelMsg;
    }

    static void setCancelMessage(FutureObject self, PyObject value) {
        if (value == null) {
            throw PyErr.attributeError("cannot delete attribute");
        }
        self.cancelMsg = value;
    }
}
