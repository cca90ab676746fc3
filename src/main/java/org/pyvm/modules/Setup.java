package org.pyvm.modules;

import java.io.PrintStream;
import java.util.List;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;

/** Registers the builtin modules written in Java for one run of a program. */
public final class Setup {

    private Setup() {}

    /** Fresh interpreter state: sys (with ARGV, PATH and the streams) and builtins. */
    public static void init(List<String> argv, List<String> path, PrintStream out, PrintStream err) {
        PyRuntime.reset();
        org.pyvm.runtime.Gil.reset();
        TextStream stdout = new TextStream(out, "<stdout>");
        TextStream stderr = new TextStream(err, "<stderr>");
        PyRuntime.BUILTIN_MODULES.clear();
        PyRuntime.BUILTIN_MODULES.put("builtins", Builtins::create);
        PyRuntime.BUILTIN_MODULES.put("sys", () -> Sys.create(argv, path, stdout, stderr));
        PyRuntime.BUILTIN_MODULES.put("math", MathModule::create);
        PyRuntime.BUILTIN_MODULES.put("time", TimeModule::create);
        PyRuntime.BUILTIN_MODULES.put("itertools", org.pyvm.modules.itertools.ItertoolsModule::create);
        PyRuntime.BUILTIN_MODULES.put("_operator", org.pyvm.modules.operator.OperatorModule::create);
        PyRuntime.BUILTIN_MODULES.put("_functools", org.pyvm.modules.functools.FunctoolsModule::create);
        PyRuntime.BUILTIN_MODULES.put("_collections", org.pyvm.modules.collections.CollectionsModule::create);
        PyRuntime.BUILTIN_MODULES.put("_sre", org.pyvm.modules.sre.SreModule::create);
        PyRuntime.BUILTIN_MODULES.put("_weakref", org.pyvm.modules.weakref.WeakrefModule::create);
        PyRuntime.BUILTIN_MODULES.put("gc", org.pyvm.modules.gc.GcModule::create);
        PyRuntime.BUILTIN_MODULES.put("_thread", org.pyvm.modules.thread.ThreadModule::create);
        PyRuntime.BUILTIN_MODULES.put("atexit", org.pyvm.modules.atexit.AtexitModule::create);
        PyRuntime.BUILTIN_MODULES.put("_contextvars", org.pyvm.modules.contextvars.ContextvarsModule::create);
        PyRuntime.BUILTIN_MODULES.put("_string", org.pyvm.modules.string.StringModule::create);
        PyRuntime.BUILTIN_MODULES.put("_abc", org.pyvm.modules.abc.AbcModule::create);
        PyRuntime.builtinModule("sys");
        PyRuntime.builtinModule("builtins");
    }

    public static PyModule sys() {
        return PyRuntime.builtinModule("sys");
    }

    /**
     * The first steps of interpreter exit: join threading's non-daemon threads
     * (threading._shutdown, if threading was imported), then run the atexit functions.
     * Errors are reported, never raised. Compare CPython Python/pylifecycle.c: Py_FinalizeEx,
     * wait_for_thread_shutdown, _PyAtExit_Call.
     */
    public static void finish() {
        PyObject threading = PyRuntime.modules.getStr("threading");
        if (threading != null) {
            try {
                PyObject shutdown = org.pyvm.runtime.Abstract.lookupAttr(threading, "_shutdown");
                if (shutdown != null) {
                    org.pyvm.runtime.Abstract.call(shutdown);
                }
            } catch (org.pyvm.runtime.PyBaseException e) {
                writeErr("Exception ignored on threading shutdown:\n" + org.pyvm.runtime.TracebackPrinter.format(e));
            }
        }
        if (PyRuntime.modules.getStr("atexit") != null) {
            org.pyvm.modules.atexit.AtexitModule.runAll();
        }
    }

    /** Flushes sys.stdout and sys.stderr (at exit). */
    public static void flush() {
        for (String n : new String[] {"stdout", "stderr"}) {
            Object s = sys().getDict().getStr(n);
            if (s instanceof TextStream t) {
                t.flush();
            }
        }
    }

    /** Writes to sys.stderr. */
    public static void writeErr(String s) {
        Sys.writeErr(s);
    }
}
