package org.pyvm.interp;

import org.pyvm.runtime.CodeRunner;
import org.pyvm.runtime.PyCode;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyFrame;
import org.pyvm.runtime.PyFunction;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;

/**
 * The interpreter's implementation of the runtime's call protocol: makes a frame,
 * binds arguments, runs the eval loop, keeps the frame chain and the recursion depth.
 * Compare CPython Python/ceval.c: _PyEval_Vector.
 */
public final class Interpreter implements CodeRunner {

    private static final Interpreter INSTANCE = new Interpreter();

    private Interpreter() {}

    /** Installs the interpreter as the runtime's code runner. Idempotent. */
    public static void install() {
        CodeRunner.install(INSTANCE);
    }

    /**
     * Puts pyvm's finder on sys.meta_path (once sys exists), so that importlib finds what
     * the import statement finds. Compare CPython Python/pylifecycle.c: init_importlib.
     */
    public static void installMetaPathFinder() {
        PyObject mp = PyRuntime.builtinModule("sys").getDict().getStr("meta_path");
        if (mp instanceof org.pyvm.runtime.PyList l && l.size() == 0) {
            l.append(ImportSupport.MetaPathFinder.INSTANCE);
        }
        PyObject hooks = PyRuntime.builtinModule("sys").getDict().getStr("path_hooks");
        if (hooks instanceof org.pyvm.runtime.PyList l && l.size() == 0) {
            for (PyObject h : PathHooks.defaults()) {
                l.append(h);
            }
        }
        // After sys is made, so that they stay out of sys.builtin_module_names, as in CPython.
        FrozenImportlib.register();
        // The builtin modules already in sys.modules get their specs as _bootstrap._setup
        // gives them; those imported later get theirs on import (Imports.giveBuiltinSpec).
        for (String name : new String[] {"sys", "builtins"}) {
            if (PyRuntime.modules.getStr(name) instanceof org.pyvm.runtime.PyModule m) {
                Imports.giveBuiltinSpec(m, name);
            }
        }
    }

    @Override
    public PyObject callFunction(PyFunction fn, PyObject[] args, String[] kwnames) {
        Frame f = new Frame(fn.code, fn.globals, fn.builtins, null, fn);
        ArgBinder.bind(f, fn, args, kwnames);
        return execute(f);
    }

    @Override
    public PyObject runClassBody(PyFunction body, PyObject ns) {
        Frame f = new Frame(body.code, body.globals, body.builtins, ns, body);
        return execute(f);
    }

    @Override
    public PyObject exec(PyCode code, PyDict globals, PyObject locals) {
        PyDict builtins = builtinsOf(globals);
        Frame f = new Frame(code, globals, builtins, locals, null);
        return execute(f);
    }

    @Override
    public PyObject exec(PyCode code, PyDict globals, PyObject locals, org.pyvm.runtime.PyCell[] closure) {
        PyDict builtins = builtinsOf(globals);
        // Compare CPython ceval.c: PyEval_EvalCodeEx (a function made for the closure; COPY_FREE_VARS reads it)
        PyFunction fn = new PyFunction(code, globals, builtins);
        fn.closure = closure;
        return execute(new Frame(code, globals, builtins, locals, fn));
    }

    /**
     * The builtins of code run in GLOBALS: its __builtins__ (a module's dict), else the
     * interpreter's. Compare ceval.c: _PyEval_BuiltinsFromGlobals. pyvm's frames hold a
     * dict: an object that is no mapping at all fails here with the TypeError its first
     * look-up would raise.
     */
    private static PyDict builtinsOf(PyDict globals) {
        PyObject b = globals.getStr("__builtins__");
        if (b instanceof PyDict d) {
            return d;
        }
        if (b instanceof org.pyvm.runtime.PyModule m) {
            return m.getDict();
        }
        if (b != null && b.type().lookup("__getitem__") == null) {
            throw org.pyvm.runtime.PyErr.typeError("'" + b.type().getName() + "' object is not subscriptable");
        }
        return PyRuntime.builtins;
    }

    @Override
    public org.pyvm.runtime.PyBaseException handledException() {
        return ThreadState.get().topmostHandled();
    }

    @Override
    public void setHandledException(org.pyvm.runtime.PyBaseException e) {
        ThreadState.get().handled = e;
    }

    @Override
    public void tracingChanged() {
        Tracer.tracingChanged(ThreadState.get().frame);
    }

    @Override
    public PyFrame currentFrame() {
        return ThreadState.get().frame;
    }

    @Override
    public int recursionDepth() {
        return ThreadState.get().depth;
    }

    @Override
    public java.util.Map<Thread, PyFrame> threadFrames() {
        return ThreadState.frames();
    }

    @Override
    public java.util.Map<Thread, org.pyvm.runtime.PyBaseException> threadExceptions() {
        return ThreadState.exceptions();
    }

    /** Runs a new frame to its end (or to RETURN_GENERATOR, which returns the generator). */
    static PyObject execute(Frame f) {
        return execute(f, ThreadState.get());
    }

    /** {@link #execute(Frame)} on the thread whose state is TS (a caller's frame knows it: no ThreadLocal look-up). */
    static PyObject execute(Frame f, ThreadState ts) {
        f.ts = ts;
        if (++ts.depth > PyRuntime.recursionLimit) {
            ts.depth--;
            throw Errors.recursion();
        }
        f.back = ts.frame;
        ts.frame = f;
        JitCode j = null;
        if (org.pyvm.runtime.Tracing.active) {
            Tracer.enter(f);
        } else if (JitHook.compiler != null) {
            j = JitHook.count(f.cache, f.code);
        }
        try {
            return j != null ? j.run(f) : Eval.run(f);
        } finally {
            ts.frame = f.back;
            // (a generator's frame, returned by RETURN_GENERATOR, has no f_back until resumed)
            if (f.exposed) {
                Frame.unlinkBack(f);
            } else {
                f.back = null;
            }
            ts.depth--;
        }
    }

    @Override
    public PyObject importName(String name, PyDict globals, PyObject fromlist, int level) {
        return Imports.importName(globals, name, fromlist, level);
    }
}
