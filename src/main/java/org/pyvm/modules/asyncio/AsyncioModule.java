package org.pyvm.modules.asyncio;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyGenerator;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PySet;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.modules.corelib.Args;

/**
 * The _asyncio module: asyncio's Future and Task written in Java, with the running-loop and
 * current-task functions asyncio.events and asyncio.tasks take from it when it exists.
 * Compare CPython 3.12 Modules/_asynciomodule.c: module_init, get_running_loop,
 * get_event_loop, enter_task, leave_task, swap_current_task, the _asyncio functions.
 *
 * <p>Like the C module, it imports what it calls back into when it is made: the reprs
 * (asyncio.base_futures._future_repr, base_tasks._task_repr), get_stack/print_stack
 * (base_tasks), asyncio.coroutines.iscoroutine, the exception classes, the event-loop
 * policy getter and traceback.extract_stack.
 */
public final class AsyncioModule {

    private AsyncioModule() {}

    /** The module's state for one run (CPython's asyncio_state). */
    static final class State {
        PyObject getEventLoopPolicy;
        PyObject futureReprFunc;
        PyType cancelledError;
        PyType invalidStateError;
        PyObject taskReprFunc;
        PyObject taskGetStackFunc;
        PyObject taskPrintStackFunc;
        PyObject iscoroutineFunc;
        PyObject extractStack;
        /** weakref.WeakSet of the scheduled tasks (_scheduled_tasks). */
        PyObject scheduledTasks;
        /** The tasks running their eager first step (_eager_tasks). */
        PySet eagerTasks;
        /** {loop: task} of the tasks being run (_current_tasks). */
        PyDict currentTasks;
        /** Types found to be coroutines by asyncio.iscoroutine (CPython's iscoroutine_typecache). */
        PySet iscoroutineTypecache;
        /** Counter for the names "Task-N" (the C module's own, apart from tasks.py's). */
        long taskNameCounter;
        /** The running loop of each thread (CPython keeps it in the thread state). */
        final ThreadLocal<PyObject> runningLoop = new ThreadLocal<>();
    }

    static State state;

    static State state() {
        State s = state;
        if (s == null) {
            throw PyErr.runtimeError("the _asyncio module is not initialized");
        }
        return s;
    }

    public static PyModule create() {
        State s = new State();
        PyObject events = importModule("asyncio.events");
        s.getEventLoopPolicy = Abstract.getAttr(events, "get_event_loop_policy");
        PyObject baseFutures = importModule("asyncio.base_futures");
        s.futureReprFunc = Abstract.getAttr(baseFutures, "_future_repr");
        PyObject exceptions = importModule("asyncio.exceptions");
        s.invalidStateError = (PyType) Abstract.getAttr(exceptions, "InvalidStateError");
        s.cancelledError = (PyType) Abstract.getAttr(exceptions, "CancelledError");
        PyObject baseTasks = importModule("asyncio.base_tasks");
        s.taskReprFunc = Abstract.getAttr(baseTasks, "_task_repr");
        s.taskGetStackFunc = Abstract.getAttr(baseTasks, "_task_get_stack");
        s.taskPrintStackFunc = Abstract.getAttr(baseTasks, "_task_print_stack");
        PyObject coroutines = importModule("asyncio.coroutines");
        s.iscoroutineFunc = Abstract.getAttr(coroutines, "iscoroutine");
        s.extractStack = Abstract.getAttr(importModule("traceback"), "extract_stack");
        s.scheduledTasks = Abstract.call(Abstract.getAttr(importModule("weakref"), "WeakSet"));
        s.eagerTasks = new PySet(false);
        s.currentTasks = new PyDict();
        s.iscoroutineTypecache = new PySet(false);
        state = s;

        PyModule m = new PyModule("_asyncio");
        m.addFunctions(AsyncioModule.class);
        PyDict d = m.getDict();
        d.setStr("Future", FutureObject.TYPE);
        d.setStr("Task", TaskObject.TYPE);
        d.setStr("_scheduled_tasks", s.scheduledTasks);
        d.setStr("_eager_tasks", s.eagerTasks);
        d.setStr("_current_tasks", s.currentTasks);
        return m;
    }

    /** PyImport_ImportModule: the module NAME (a submodule, not its package). */
    private static PyObject importModule(String name) {
        Abstract.call(PyRuntime.builtins.getStr("__import__"), PyStr.of(name));
        PyObject mod = PyRuntime.modules.getStr(name);
        if (mod == null) {
            throw PyErr.of(org.pyvm.runtime.PyExc.ImportError, "No module named '" + name + "'");
        }
        return mod;
    }

    // ---- the running loop and the current task ----

    /** The running loop of this thread, or null. Compare get_running_loop. */
    static PyObject runningLoop() {
        PyObject l = state().runningLoop.get();
        return l == null || l == PyNone.NONE ? null : l;
    }

    /** Compare get_event_loop: the running loop, else the policy's get_event_loop(). */
    static PyObject getEventLoop() {
        PyObject l = runningLoop();
        if (l != null) {
            return l;
        }
        PyObject policy = Abstract.call(state().getEventLoopPolicy);
        return Abstract.call(Abstract.getAttr(policy, "get_event_loop"));
    }

    /** Compare enter_task. */
    static void enterTask(PyObject loop, PyObject task) {
        PyDict cur = state().currentTasks;
        long h = Abstract.hash(loop);
        PyObject item = cur.get(loop, h);
        if (item != null) {
            throw PyErr.runtimeError("Cannot enter into task " + Abstract.repr(task).value() + " while another task "
                + Abstract.repr(item).value() + " is being executed.");
        }
        cur.setItem(loop, h, task);
    }

    /** Compare leave_task. */
    static void leaveTask(PyObject loop, PyObject task) {
        PyDict cur = state().currentTasks;
        PyObject item = cur.get(loop, Abstract.hash(loop));
        if (item != task) {
            throw PyErr.runtimeError("Leaving task " + Abstract.repr(task).value() + " does not match the current task "
                + Abstract.repr(item == null ? PyNone.NONE : item).value() + ".");
        }
        cur.delItem(loop);
    }

    /** Compare swap_current_task: sets (or with None removes) the loop's task, returns the previous one or None. */
    static PyObject swapCurrentTask(PyObject loop, PyObject task) {
        PyDict cur = state().currentTasks;
        long h = Abstract.hash(loop);
        PyObject prev = cur.get(loop, h);
        if (task == PyNone.NONE) {
            if (prev == null) {
                throw PyErr.keyError(loop);
            }
            cur.delItem(loop);
        } else {
            cur.setItem(loop, h, task);
        }
        return prev == null ? PyNone.NONE : prev;
    }

    private static final PyStr ADD = PyStr.intern("add");

    static void registerTask(PyObject task) {
        Abstract.call(Abstract.getAttr(state().scheduledTasks, ADD), task);
    }

    /** Compare is_coroutine: a native coroutine, a type known to be one, or asyncio.iscoroutine(o). */
    static boolean isCoroutine(PyObject coro) {
        if (coro instanceof PyGenerator g && g.isCoroutine()) {
            return true;
        }
        State s = state();
        if (s.iscoroutineTypecache.contains(coro.type())) {
            return true;
        }
        if (!Abstract.isTrue(Abstract.call(s.iscoroutineFunc, coro))) {
            return false;
        }
        if (s.iscoroutineTypecache.size() < 100) {
            s.iscoroutineTypecache.add(coro.type());
        }
        return true;
    }

    /** asyncio.futures._get_loop(fut). Compare get_future_loop. */
    static PyObject futureLoop(PyObject fut) {
        if (fut instanceof FutureObject f && (fut.type() == FutureObject.TYPE || fut.type() == TaskObject.TYPE)) {
            return f.loop;
        }
        PyObject getLoop = Abstract.lookupAttr(fut, "get_loop");
        if (getLoop != null) {
            return Abstract.call(getLoop);
        }
        return Abstract.getAttr(fut, "_loop");
    }

    /** The exception a class or instance names, as the C code's PyErr_SetObject would raise it. */
    static PyBaseException asException(PyObject o) {
        if (o instanceof PyBaseException e) {
            return e;
        }
        throw PyErr.typeError("exceptions must derive from BaseException");
    }

    /**
     * Argument Clinic's keyword parsing (getargs.c: _PyArg_UnpackKeywords) for "f(a, b=..., *, c=...)",
     * checked in its order: too many arguments, too many positional ones, a missing required
     * one, then an unknown keyword. NAMES are all parameters, the first MAXPOS positional, the
     * first MIN required; absent ones are null.
     */
    static PyObject[] parse(String fn, PyObject[] args, String[] kw, int min, int maxpos, String... names) {
        int nkw = Args.nkw(kw);
        int npos = args.length - nkw;
        if (args.length > names.length) {
            if (maxpos == 0) {
                throw PyErr.typeError(fn + "() takes at most " + names.length + " keyword argument"
                    + (names.length == 1 ? "" : "s") + " (" + args.length + " given)");
            }
            throw PyErr.typeError(fn + "() takes at most " + names.length + " argument" + (names.length == 1 ? "" : "s")
                + " (" + args.length + " given)");
        }
        if (npos > maxpos) {
            if (maxpos == 0) {
                throw PyErr.typeError(fn + "() takes no positional arguments");
            }
            throw PyErr.typeError(fn + "() takes " + (min == maxpos ? "exactly " : "at most ") + maxpos
                + " positional argument" + (maxpos == 1 ? "" : "s") + " (" + npos + " given)");
        }
        PyObject[] out = new PyObject[names.length];
        System.arraycopy(args, 0, out, 0, npos);
        for (int i = npos; i < min; i++) {
            boolean found = false;
            for (int k = 0; k < nkw; k++) {
                found |= kw[k].equals(names[i]);
            }
            if (!found) {
                throw PyErr.typeError(fn + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        for (int k = 0; k < nkw; k++) {
            int idx = -1;
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(kw[k])) {
                    idx = i;
                }
            }
            if (idx < 0) {
                throw PyErr.typeError("'" + kw[k] + "' is an invalid keyword argument for " + fn + "()");
            }
            if (out[idx] != null) {
                throw PyErr.typeError("argument for " + fn + "() given by name ('" + kw[k] + "') and position ("
                    + (idx + 1) + ")");
            }
            out[idx] = args[npos + k];
        }
        return out;
    }

    /**
     * The arguments of a method taking N positional-only arguments and the defining class
     * (Argument Clinic's "cls: defining_class" methods): CPython's messages for them.
     */
    static void positionalOnly(String fn, PyObject[] args, String[] kw, int n) {
        int npos = args.length - Args.nkw(kw);
        if (n == 0) {
            if (args.length > 0) {
                throw PyErr.typeError(fn + "() takes no arguments");
            }
            return;
        }
        if (args.length > n) {
            throw PyErr.typeError(fn + "() takes at most " + n + " argument" + (n == 1 ? "" : "s") + " ("
                + args.length + " given)");
        }
        if (npos != n) {
            throw PyErr.typeError(fn + "() takes exactly " + n + " positional argument" + (n == 1 ? "" : "s") + " ("
                + npos + " given)");
        }
    }

    // ---- module functions ----

    @ExposedMethod
    static PyObject _get_running_loop() {
        PyObject l = runningLoop();
        return l == null ? PyNone.NONE : l;
    }

    @ExposedMethod
    static PyObject _set_running_loop(PyObject loop) {
        state().runningLoop.set(loop);
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject get_event_loop() {
        return getEventLoop();
    }

    @ExposedMethod
    static PyObject get_running_loop() {
        PyObject l = runningLoop();
        if (l == null) {
            throw PyErr.runtimeError("no running event loop");
        }
        return l;
    }

    @ExposedMethod
    static PyObject _register_task(PyObject[] args, String[] kw) {
        registerTask(parse("_register_task", args, kw, 1, 1, "task")[0]);
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject _register_eager_task(PyObject[] args, String[] kw) {
        state().eagerTasks.add(parse("_register_eager_task", args, kw, 1, 1, "task")[0]);
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject _unregister_task(PyObject[] args, String[] kw) {
        PyObject task = parse("_unregister_task", args, kw, 1, 1, "task")[0];
        Abstract.call(Abstract.getAttr(state().scheduledTasks, "discard"), task);
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject _unregister_eager_task(PyObject[] args, String[] kw) {
        state().eagerTasks.discard(parse("_unregister_eager_task", args, kw, 1, 1, "task")[0]);
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject _enter_task(PyObject[] args, String[] kw) {
        PyObject[] a = parse("_enter_task", args, kw, 2, 2, "loop", "task");
        enterTask(a[0], a[1]);
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject _leave_task(PyObject[] args, String[] kw) {
        PyObject[] a = parse("_leave_task", args, kw, 2, 2, "loop", "task");
        leaveTask(a[0], a[1]);
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject _swap_current_task(PyObject[] args, String[] kw) {
        PyObject[] a = parse("_swap_current_task", args, kw, 2, 2, "loop", "task");
        return swapCurrentTask(a[0], a[1]);
    }

    @ExposedMethod
    static PyObject current_task(PyObject[] args, String[] kw) {
        PyObject loop = parse("current_task", args, kw, 0, 1, "loop")[0];
        if (loop == null || loop == PyNone.NONE) {
            loop = get_running_loop();
        }
        PyObject t = state().currentTasks.get(loop, Abstract.hash(loop));
        return t == null ? PyNone.NONE : t;
    }
}
