package org.pyvm.modules.atexit;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.modules.Setup;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Ops;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;

/**
 * The atexit module: functions registered to run when the interpreter exits, last
 * registered first, after threading's non-daemon threads have been joined
 * ({@link Setup#finish()}). A failing function is reported as "Exception ignored in atexit
 * callback" and the others still run. Compare CPython Modules/atexitmodule.c.
 */
public final class AtexitModule {

    private AtexitModule() {}

    private record Callback(PyObject func, PyObject[] args, String[] kwnames) {}

    /** The interpreter's callbacks (CPython's interp->atexit): shared by every instance of the module. */
    private static final List<Callback> CALLBACKS = new ArrayList<>();
    /** The runtime whose callbacks CALLBACKS holds (PyRuntime.generation). */
    private static int generation = -1;

    public static PyModule create() {
        synchronized (CALLBACKS) {
            // A module imported again (after del sys.modules['atexit']) shares the
            // callbacks; a new runtime starts without any.
            if (generation != PyRuntime.generation) {
                CALLBACKS.clear();
                generation = PyRuntime.generation;
            }
        }
        PyModule m = new PyModule("atexit");
        m.addFunctions(AtexitModule.class);
        m.getDict().setStr("__doc__", PyStr.of("allow programmer to define multiple exit functions to be executed\n"
            + "upon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n"));
        return m;
    }

    /** register(func, *args, **kwargs): returns func. */
    @ExposedMethod
    static PyObject register(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        if (args.length - nkw < 1) {
            throw PyErr.typeError("register() takes at least 1 argument (0 given)");
        }
        PyObject func = args[0];
        if (!(func instanceof org.pyvm.runtime.Callable || func instanceof org.pyvm.runtime.PyType
            || func.type().slot(org.pyvm.runtime.Slot.CALL) != null)) {
            throw PyErr.typeError("the first argument must be callable");
        }
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        synchronized (CALLBACKS) {
            CALLBACKS.add(new Callback(func, rest, kw));
        }
        return func;
    }

    /**
     * unregister(func): forgets every registration of a function equal to func. As in
     * CPython 3.12 (atexit_delete_cb), the entry is emptied, not removed, so _ncallbacks()
     * still counts it until the callbacks run or are cleared.
     */
    @ExposedMethod
    static void unregister(PyObject func) {
        List<Callback> copy;
        synchronized (CALLBACKS) {
            copy = new ArrayList<>(CALLBACKS);
        }
        for (int i = 0; i < copy.size(); i++) {
            Callback c = copy.get(i);
            if (c != null && Ops.eqBool(c.func, func)) {
                synchronized (CALLBACKS) {
                    if (i < CALLBACKS.size() && CALLBACKS.get(i) == c) {
                        CALLBACKS.set(i, null);
                    }
                }
            }
        }
    }

    @ExposedMethod
    static void _run_exitfuncs() {
        runAll();
    }

    @ExposedMethod
    static void _clear() {
        synchronized (CALLBACKS) {
            CALLBACKS.clear();
        }
    }

    @ExposedMethod
    static long _ncallbacks() {
        synchronized (CALLBACKS) {
            return CALLBACKS.size();
        }
    }

    /** Runs and forgets the callbacks, last registered first. Compare atexit_callfuncs. */
    public static void runAll() {
        while (true) {
            Callback c;
            synchronized (CALLBACKS) {
                if (generation != PyRuntime.generation) {
                    // (callbacks of an earlier runtime in this JVM never run in this one)
                    CALLBACKS.clear();
                }
                if (CALLBACKS.isEmpty()) {
                    return;
                }
                c = CALLBACKS.remove(CALLBACKS.size() - 1);
            }
            if (c == null) {
                continue;
            }
            try {
                Abstract.call(c.func, c.args, c.kwnames);
            } catch (PyBaseException e) {
                // Compare atexitmodule.c: atexit_callfuncs (_PyErr_WriteUnraisableMsg).
                org.pyvm.runtime.Unraisable.report(e, "Exception ignored in atexit callback", c.func);
            }
        }
    }
}
