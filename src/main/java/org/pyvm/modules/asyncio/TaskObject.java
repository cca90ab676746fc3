package org.pyvm.modules.asyncio;

import java.lang.reflect.Method;
import org.pyvm.modules.contextvars.Contexts;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.BoundJavaMethod;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.JavaMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyGenerator;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * _asyncio.Task: a coroutine driven by its loop. Each step sends into (or throws into) the
 * coroutine; a yielded Future gets the task's wakeup as a done callback, and its completion
 * schedules the next step. Steps and wakeups are direct Java calls: the loop calls a
 * {@link TaskStepWrapper} or the bound {@code task_wakeup}. Compare CPython 3.12
 * Modules/_asynciomodule.c: _asyncio_Task___init___impl, task_step, task_step_impl,
 * task_step_handle_result_impl, task_eager_start, task_wakeup, the _asyncio_Task_* methods
 * and getters, TaskObj_finalize.
 */
public final class TaskObject extends FutureObject {

    static final PyType TYPE = Types.finish(Types.builtin("_asyncio", "Task", TaskObject.class, TaskObject.class,
        FutureObject.TYPE));

    /** The callback a yielded future gets: {@code <built-in method task_wakeup of _asyncio.Task object>}. */
    private static final JavaMethod WAKEUP;

    static {
        try {
            Method m = Wakeup.class.getDeclaredMethod("task_wakeup", TaskObject.class, PyObject.class);
            WAKEUP = JavaMethod.unlisted(m, "task_wakeup", TYPE);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Holds task_wakeup apart from Task's methods (CPython's TaskWakeupDef is not in Task's dict). */
    static final class Wakeup {
        private Wakeup() {}

        @ExposedMethod
        static PyObject task_wakeup(TaskObject self, PyObject fut) {
            return self.wakeup(fut);
        }
    }

    PyObject futWaiter;
    PyObject coro;
    PyObject name;
    PyObject context;
    boolean mustCancel;
    boolean logDestroyPending;
    int numCancelsRequested;

    TaskObject(PyType type) {
        super(type);
    }

    /** Task(coro, *, loop=None, name=None, context=None, eager_start=False). Compare _asyncio_Task___init___impl. */
    @ExposedMethod
    static void __init__(TaskObject self, PyObject[] args, String[] kw) {
        PyObject[] a = AsyncioModule.parse("Task", args, kw, 1, 1, "coro", "loop", "name", "context", "eager_start");
        self.init(a[1]);
        PyObject coro = a[0];
        if (!AsyncioModule.isCoroutine(coro)) {
            self.logDestroyPending = false;
            throw PyErr.typeError("a coroutine was expected, got " + Abstract.repr(coro).value());
        }
        PyObject ctx = a[3];
        self.context = ctx == null || ctx == PyNone.NONE ? Contexts.copyCurrent() : ctx;
        self.futWaiter = null;
        self.mustCancel = false;
        self.logDestroyPending = true;
        self.watchFinalizer();
        self.numCancelsRequested = 0;
        self.coro = coro;
        PyObject name = a[2];
        AsyncioModule.State st = AsyncioModule.state();
        if (name == null || name == PyNone.NONE) {
            self.name = PyStr.of("Task-" + (++st.taskNameCounter));
        } else {
            self.name = name.getClass() == PyStr.class ? name : Abstract.str(name);
        }
        if (a[4] != null && Abstract.isTrue(a[4])
            && Abstract.isTrue(Abstract.call(Abstract.getAttr(self.loop, "is_running")))) {
            self.eagerStart();
            return;
        }
        self.callStepSoon(null);
        AsyncioModule.registerTask(self);
    }

    // ---- stepping ----

    /** Compare task_call_step_soon: loop.call_soon(step, context=self.context). */
    final void callStepSoon(PyBaseException arg) {
        callSoon(loop, new TaskStepWrapper(this, arg), null, context);
    }

    /** Compare task_set_error_soon: the next step throws RuntimeError(MSG) into the coroutine. */
    private void setErrorSoon(String msg) {
        callStepSoon(PyErr.runtimeError(msg));
    }

    /** Compare task_step: the step between _enter_task and _leave_task. */
    final PyObject step(PyBaseException exc) {
        AsyncioModule.enterTask(loop, this);
        try {
            stepImpl(exc);
        } catch (PyBaseException e) {
            try {
                AsyncioModule.leaveTask(loop, this);
            } catch (PyBaseException e2) {
                // Compare _PyErr_ChainExceptions1: the step's error becomes the context of the leave error.
                if (e2.context == null) {
                    e2.context = e;
                }
                throw e2;
            }
            throw e;
        }
        AsyncioModule.leaveTask(loop, this);
        return PyNone.NONE;
    }

    /** Compare task_step_impl. */
    final void stepImpl(PyBaseException exc) {
        AsyncioModule.State st = AsyncioModule.state();
        if (state != PENDING) {
            throw AsyncioModule.asException(Abstract.call(st.invalidStateError, PyStr.of("_step(): already done: "
                + Abstract.repr(this).value() + " " + Abstract.repr(exc == null ? PyNone.NONE : exc).value())));
        }
        if (mustCancel) {
            if (exc == null || !exc.matches(st.cancelledError)) {
                exc = makeCancelledError();
            }
            mustCancel = false;
        }
        futWaiter = null;
        PyObject c = coro;
        if (c == null) {
            throw PyErr.runtimeError("uninitialized Task object");
        }
        PyObject res;
        boolean returned = false;
        try {
            if (c instanceof PyGenerator g) {
                res = g.step(exc == null ? PyNone.NONE : null, exc);
                if (res == null) {
                    res = g.lastReturn;
                    returned = true;
                }
            } else {
                res = exc == null ? Abstract.call(Abstract.getAttr(c, "send"), PyNone.NONE)
                    : Abstract.call(Abstract.getAttr(c, "throw"), exc);
            }
        } catch (PyBaseException e) {
            if (e.matches(PyExc.StopIteration) && !(c instanceof PyGenerator)) {
                PyObject v = e.firstArg();
                res = v == null ? PyNone.NONE : v;
                returned = true;
            } else if (e.matches(st.cancelledError)) {
                cancelledExc = e;
                cancelFuture(PyNone.NONE);
                return;
            } else {
                setException(e);
                if (e.matches(PyExc.KeyboardInterrupt) || e.matches(PyExc.SystemExit)) {
                    throw e;
                }
                return;
            }
        }
        if (returned) {
            if (mustCancel) {
                // The task was cancelled right before the coroutine returned.
                mustCancel = false;
                cancelFuture(cancelMsg == null ? PyNone.NONE : cancelMsg);
            } else {
                setResult(res);
            }
            return;
        }
        handleResult(res);
    }

    /** Compare task_step_handle_result_impl: what the coroutine yielded. */
    private void handleResult(PyObject result) {
        if (result == this) {
            setErrorSoon("Task cannot await on itself: " + Abstract.repr(this).value());
            return;
        }
        PyType rt = result.type();
        if (rt == FutureObject.TYPE || rt == TYPE) {
            FutureObject fut = (FutureObject) result;
            if (fut.loop != loop) {
                differentLoop(result);
                return;
            }
            if (!fut.blocking) {
                yieldInsteadOfYieldFrom(result);
                return;
            }
            fut.blocking = false;
            fut.addDoneCallback(BoundJavaMethod.bind(this, WAKEUP), context);
            futWaiter = result;
            if (mustCancel) {
                PyObject msg = cancelMsg == null ? PyNone.NONE : cancelMsg;
                boolean done = rt == TYPE ? ((TaskObject) fut).cancelTask(msg) == PyBool.TRUE
                    : fut.cancelFuture(msg);
                if (done) {
                    mustCancel = false;
                }
            }
            return;
        }
        if (result == PyNone.NONE) {
            // A bare yield gives up the loop for one iteration.
            callStepSoon(null);
            return;
        }
        PyObject o = Abstract.lookupAttr(result, "_asyncio_future_blocking");
        if (o != null && o != PyNone.NONE) {
            boolean blocking = Abstract.isTrue(o);
            if (AsyncioModule.futureLoop(result) != loop) {
                differentLoop(result);
                return;
            }
            if (!blocking) {
                yieldInsteadOfYieldFrom(result);
                return;
            }
            Abstract.setAttr(result, "_asyncio_future_blocking", PyBool.FALSE);
            PyObject addCb = Abstract.getAttr(result, "add_done_callback");
            Abstract.call(addCb, new PyObject[] {BoundJavaMethod.bind(this, WAKEUP), context}, new String[] {"context"});
            futWaiter = result;
            if (mustCancel) {
                PyObject msg = cancelMsg == null ? PyNone.NONE : cancelMsg;
                if (Abstract.isTrue(Abstract.call(Abstract.getAttr(result, "cancel"), msg))) {
                    mustCancel = false;
                }
            }
            return;
        }
        if (result instanceof PyGenerator g && !g.isCoroutine()) {
            setErrorSoon("yield was used instead of yield from for generator in task " + Abstract.repr(this).value()
                + " with " + Abstract.repr(result).value());
            return;
        }
        setErrorSoon("Task got bad yield: " + Abstract.repr(result).value());
    }

    private void differentLoop(PyObject result) {
        setErrorSoon("Task " + Abstract.repr(this).value() + " got Future " + Abstract.repr(result).value()
            + " attached to a different loop");
    }

    private void yieldInsteadOfYieldFrom(PyObject result) {
        setErrorSoon("yield was used instead of yield from in task " + Abstract.repr(this).value() + " with "
            + Abstract.repr(result).value());
    }

    /** Compare task_eager_start: the first step now, as the loop's current task, in the task's context. */
    private void eagerStart() {
        AsyncioModule.State st = AsyncioModule.state();
        PyObject prev = AsyncioModule.swapCurrentTask(loop, this);
        PyBaseException err = null;
        try {
            st.eagerTasks.add(this);
            Contexts.enter(context);
            try {
                stepImpl(null);
            } catch (PyBaseException e) {
                err = e;
            }
            try {
                AsyncioModule.swapCurrentTask(loop, prev);
            } catch (PyBaseException e) {
                err = chain(err, e);
            }
            st.eagerTasks.discard(this);
            try {
                Contexts.exit(context);
            } catch (PyBaseException e) {
                err = chain(err, e);
            }
        } catch (PyBaseException e) {
            err = chain(err, e);
        }
        if (state == PENDING) {
            try {
                AsyncioModule.registerTask(this);
            } catch (PyBaseException e) {
                err = chain(err, e);
            }
        } else {
            coro = null;
        }
        if (err != null) {
            throw err;
        }
    }

    private static PyBaseException chain(PyBaseException first, PyBaseException next) {
        if (first == null) {
            return next;
        }
        if (next.context == null && next != first) {
            next.context = first;
        }
        return next;
    }

    /** Compare task_wakeup: the awaited future FUT is done; step with its outcome. */
    final PyObject wakeup(PyObject fut) {
        PyType ft = fut.type();
        if (ft == FutureObject.TYPE || ft == TYPE) {
            PyBaseException[] exc = new PyBaseException[1];
            try {
                ((FutureObject) fut).getResult(exc);
            } catch (PyBaseException e) {
                return step(e);
            }
            return step(exc[0]);
        }
        try {
            Abstract.call(Abstract.getAttr(fut, "result"));
        } catch (PyBaseException e) {
            return step(e);
        }
        return step(null);
    }

    // ---- methods ----

    @ExposedMethod
    static PyObject __repr__(TaskObject self) {
        return Abstract.call(AsyncioModule.state().taskReprFunc, self);
    }

    /** Compare _asyncio_Task_cancel_impl. */
    @ExposedMethod
    static PyObject cancel(TaskObject self, PyObject[] args, String[] kw) {
        PyObject msg = AsyncioModule.parse("cancel", args, kw, 0, 1, "msg")[0];
        return self.cancelTask(msg == null ? PyNone.NONE : msg);
    }

    final PyObject cancelTask(PyObject msg) {
        TaskObject self = this;
        self.logTb = false;
        if (self.state != PENDING) {
            return PyBool.FALSE;
        }
        self.numCancelsRequested++;
        if (self.futWaiter != null) {
            if (Abstract.isTrue(Abstract.call(Abstract.getAttr(self.futWaiter, "cancel"), msg))) {
                return PyBool.TRUE;
            }
        }
        self.mustCancel = true;
        self.cancelMsg = msg;
        return PyBool.TRUE;
    }

    @ExposedMethod
    static PyObject cancelling(TaskObject self) {
        return PyInt.of(self.numCancelsRequested);
    }

    @ExposedMethod
    static PyObject uncancel(TaskObject self) {
        if (self.numCancelsRequested > 0) {
            self.numCancelsRequested--;
        }
        return PyInt.of(self.numCancelsRequested);
    }

    @ExposedMethod
    static PyObject get_stack(TaskObject self, PyObject[] args, String[] kw) {
        PyObject[] a = AsyncioModule.parse("get_stack", args, kw, 0, 0, "limit");
        return Abstract.call(AsyncioModule.state().taskGetStackFunc, self, a[0] == null ? PyNone.NONE : a[0]);
    }

    @ExposedMethod
    static PyObject print_stack(TaskObject self, PyObject[] args, String[] kw) {
        PyObject[] a = AsyncioModule.parse("print_stack", args, kw, 0, 0, "limit", "file");
        return Abstract.call(AsyncioModule.state().taskPrintStackFunc, self, a[0] == null ? PyNone.NONE : a[0],
            a[1] == null ? PyNone.NONE : a[1]);
    }

    @ExposedMethod
    static PyObject set_result(TaskObject self, PyObject result) {
        throw PyErr.runtimeError("Task does not support set_result operation");
    }

    @ExposedMethod
    static PyObject set_exception(TaskObject self, PyObject exception) {
        throw PyErr.runtimeError("Task does not support set_exception operation");
    }

    @ExposedMethod
    static PyObject get_coro(TaskObject self) {
        return self.coro == null ? PyNone.NONE : self.coro;
    }

    @ExposedMethod
    static PyObject get_context(TaskObject self) {
        return self.context == null ? PyNone.NONE : self.context;
    }

    @ExposedMethod
    static PyObject get_name(TaskObject self) {
        return self.name == null ? PyNone.NONE : self.name;
    }

    @ExposedMethod
    static PyObject set_name(TaskObject self, PyObject value) {
        self.name = value.getClass() == PyStr.class ? value : Abstract.str(value);
        return PyNone.NONE;
    }

    /** Compare TaskObj_finalize: a task destroyed while pending is reported, then Future's finalizer runs. */
    @ExposedMethod
    static PyObject __del__(TaskObject self) {
        if (self.state == PENDING && self.logDestroyPending && self.loop != null) {
            PyDict ctx = new PyDict();
            ctx.setStr("message", PyStr.of("Task was destroyed but it is pending!"));
            ctx.setStr("task", self);
            if (self.sourceTb != null) {
                ctx.setStr("source_traceback", self.sourceTb);
            }
            self.callExceptionHandler(ctx);
        }
        self.finalizeFuture();
        return PyNone.NONE;
    }

    // ---- getters ----

    @ExposedGetter(setter = "setLogDestroyPending")
    static PyObject _log_destroy_pending(TaskObject self) {
        return PyBool.of(self.logDestroyPending);
    }

    static void setLogDestroyPending(TaskObject self, PyObject value) {
        if (value == null) {
            throw PyErr.attributeError("cannot delete attribute");
        }
        self.logDestroyPending = Abstract.isTrue(value);
    }

    @ExposedGetter
    static PyObject _must_cancel(TaskObject self) {
        return PyBool.of(self.mustCancel);
    }

    @ExposedGetter
    static PyObject _coro(TaskObject self) {
        return self.coro == null ? PyNone.NONE : self.coro;
    }

    @ExposedGetter
    static PyObject _fut_waiter(TaskObject self) {
        return self.futWaiter == null ? PyNone.NONE : self.futWaiter;
    }
}
