package org.pyvm.runtime;

/**
 * The narrow call protocol between the object model and the interpreter: the runtime
 * never imports the interpreter; the interpreter implements this interface and installs
 * itself at start-up ({@link #install}). A Python function call, a class body, exec and
 * eval all go through here.
 */
public interface CodeRunner {

    /** Calls F with positional values, then keyword values named by KWNAMES (null: none). */
    PyObject callFunction(PyFunction f, PyObject[] args, String[] kwnames);

    /** Runs a class body function with NS as its locals; returns what the body returns (the __class__ cell or None). */
    PyObject runClassBody(PyFunction body, PyObject ns);

    /** Runs module-level or exec'd CODE with GLOBALS and LOCALS. */
    PyObject exec(PyCode code, PyDict globals, PyObject locals);

    /**
     * exec() of CODE whose free variables are the cells of CLOSURE (one a free variable),
     * as CPython's PyEval_EvalCodeEx runs it: as the body of a function holding that
     * closure.
     */
    PyObject exec(PyCode code, PyDict globals, PyObject locals, PyCell[] closure);

    /** The innermost running Python frame, or null (sys._getframe, super() without arguments). */
    PyFrame currentFrame();

    /** How many Python frames run on this thread (CPython's py_recursion_limit - py_recursion_remaining). */
    default int recursionDepth() {
        int n = 0;
        for (PyFrame f = currentFrame(); f != null; f = f.back()) {
            n++;
        }
        return n;
    }

    /**
     * The innermost frame of every live thread that has run Python code (null for one
     * between calls), for faulthandler's dumps. Read without locks: a snapshot for
     * diagnostics only.
     */
    default java.util.Map<Thread, PyFrame> threadFrames() {
        java.util.Map<Thread, PyFrame> m = new java.util.HashMap<>();
        m.put(Thread.currentThread(), currentFrame());
        return m;
    }

    /** The exception each live thread that has run Python code is handling (null: none), for sys._current_exceptions. */
    default java.util.Map<Thread, PyBaseException> threadExceptions() {
        java.util.Map<Thread, PyBaseException> m = new java.util.HashMap<>();
        m.put(Thread.currentThread(), handledException());
        return m;
    }

    /** The exception being handled (sys.exception()), or null. */
    PyBaseException handledException();

    /**
     * Makes E (null: none) the exception the running except block handles, until that block
     * ends and restores the one before it, as C code may. Compare pyerrors.c:
     * PyErr_SetHandledException.
     */
    default void setHandledException(PyBaseException e) {
        throw PyErr.of(PyExc.NotImplementedError, "pyvm: this code runner cannot set the handled exception");
    }

    /**
     * The import statement's work for {@code __import__(name, globals, locals, fromlist,
     * level)}: the module (or the top-level package), imported if needed.
     */
    PyObject importName(String name, PyDict globals, PyObject fromlist, int level);

    /**
     * Called when this thread's trace or profile function was set: the interpreter lets
     * the frames already running on the thread report events from their next instruction.
     */
    default void tracingChanged() {}

    /** Holder of the installed runner. */
    final class Holder {
        private Holder() {}

        static volatile CodeRunner runner;
    }

    static void install(CodeRunner r) {
        Holder.runner = r;
    }

    static CodeRunner get() {
        CodeRunner r = Holder.runner;
        if (r == null) {
            throw new IllegalStateException("no interpreter installed");
        }
        return r;
    }
}
