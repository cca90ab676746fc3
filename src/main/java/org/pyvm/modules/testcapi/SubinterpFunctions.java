package org.pyvm.modules.testcapi;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.pyvm.modules.interpreters.Subinterpreters;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;

/**
 * _testcapi's run_in_subinterp(code) and run_in_subinterp_with_config(code, **config): a new
 * interpreter (modules.interpreters: a copy of pyvm in a class loader of its own) made with
 * the legacy settings of Py_NewInterpreter or with the ones given, CODE run in its __main__ as
 * PyRun_SimpleString runs it (an exception is printed there), the interpreter ended
 * (Py_EndInterpreter: non-daemon threads joined, atexit functions run); the result is 0, or
 * -1 when CODE raised. The settings become the new interpreter's Py_RTFLAGS_* feature flags,
 * which pyvm enforces where the feature exists (threads, daemon threads, exec; pyvm has no
 * fork, no C allocator and no single-phase extension modules to refuse).
 * Compare CPython 3.12 Modules/_testcapimodule.c: run_in_subinterp, run_in_subinterp_with_config,
 * and Python/pylifecycle.c: init_interp_settings.
 */
final class SubinterpFunctions {

    private SubinterpFunctions() {}

    static void addTo(PyModule m) {
        m.addFunctions(SubinterpFunctions.class);
    }

    private static String code(List<PyObject> a) {
        return new String(PyByteArray.bytesOf(a.get(0)), StandardCharsets.UTF_8);
    }

    /** run_in_subinterp(code, /): Py_NewInterpreter's legacy interpreter (everything allowed, shared GIL). */
    @ExposedMethod
    static PyObject run_in_subinterp(PyObject[] args, String[] kw) {
        org.pyvm.modules.corelib.Args.noKeywords("run_in_subinterp", kw);
        List<PyObject> a = GetArgs.parseTuple(args, "s:run_in_subinterp");
        return PyInt.of(Subinterpreters.runSimple(code(a), PyRuntime.MAIN_FEATURES, false));
    }

    private static final String[] CONFIG_KEYWORDS = {"code", "use_main_obmalloc", "allow_fork", "allow_exec",
        "allow_threads", "allow_daemon_threads", "check_multi_interp_extensions", "gil"};

    /**
     * run_in_subinterp_with_config(code, *, use_main_obmalloc, allow_fork, allow_exec,
     * allow_threads, allow_daemon_threads, check_multi_interp_extensions, gil), every keyword
     * required; gil 0 (default) or 1 shares the main GIL, 2 is the interpreter's own. Settings
     * that cannot go together are RuntimeError("sub-interpreter creation failed") with the
     * ValueError of the failed PyStatus ("function: message", _PyErr_SetFromPyStatus) as its context.
     */
    @ExposedMethod
    static PyObject run_in_subinterp_with_config(PyObject[] args, String[] kw) {
        List<PyObject> a = GetArgs.parseTupleAndKeywords(args, kw, "s$ppppppi:run_in_subinterp_with_config",
            CONFIG_KEYWORDS);
        boolean useMainObmalloc = set(a, 1);
        boolean checkExtensions = set(a, 6);
        long gil = ((PyInt) a.get(7)).longValue();
        String problem = null;   // the PyStatus error, as "function: message"
        int features = 0;
        if (useMainObmalloc) {
            features |= PyRuntime.RTFLAGS_USE_MAIN_OBMALLOC;
        } else if (!checkExtensions) {
            // The reason (pylifecycle.c): a single-phase module's m_copy leaks objects between interpreters.
            problem = "init_interp_settings: per-interpreter obmalloc does not support single-phase init extension modules";
        }
        features |= set(a, 2) ? PyRuntime.RTFLAGS_FORK : 0;
        features |= set(a, 3) ? PyRuntime.RTFLAGS_EXEC : 0;
        features |= set(a, 4) ? PyRuntime.RTFLAGS_THREADS : 0;
        features |= set(a, 5) ? PyRuntime.RTFLAGS_DAEMON_THREADS : 0;
        features |= checkExtensions ? PyRuntime.RTFLAGS_MULTI_INTERP_EXTENSIONS : 0;
        if (problem == null && (gil < 0 || gil > 2)) {
            problem = "init_interp_create_gil: invalid interpreter config 'gil' value";
        }
        if (problem != null) {
            PyBaseException cause = PyErr.valueError(problem);
            PyBaseException e = PyErr.runtimeError("sub-interpreter creation failed");
            e.context = cause;
            throw e;
        }
        return PyInt.of(Subinterpreters.runSimple(code(a), features, gil == 2));
    }

    private static boolean set(List<PyObject> a, int i) {
        return Abstract.isTrue(a.get(i));
    }
}
