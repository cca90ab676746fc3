package org.pyvm.modules.interpreters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.pyvm.modules.SysConfig;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Gil;
import org.pyvm.runtime.Interrupts;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * The _xxsubinterpreters module (CPython 3.12's low-level interpreters API, which
 * test.support.interpreters wraps). A subinterpreter is a fresh copy of pyvm in a class
 * loader of its own (the cli layer makes it: {@link #factory}), so every static of the
 * runtime, the GIL included, is its own, as CPython 3.12's isolated interpreters with a
 * per-interpreter GIL. The interpreters share only what the process has once: the
 * registry of interpreters and channels ({@link ProcessState}, the main interpreter's),
 * the descriptor table, the working directory, the environment and the hash key, all
 * passed as JDK objects. Data crosses as {@link CrossData}. Compare CPython 3.12
 * Modules/_xxsubinterpretersmodule.c.
 */
public final class Subinterpreters {

    private Subinterpreters() {}

    /**
     * Makes a subinterpreter from its configuration: installed by the cli layer at start-up
     * (the modules layer cannot start an interpreter). Only the main interpreter's is used.
     */
    public static volatile Function<Map<String, Object>, Function<Object[], Object>> factory;

    /** The process's registry: the main interpreter's own, or the one a subinterpreter was given. */
    private static Function<Object[], Object> process;
    /** This interpreter's id (0: the main one). */
    private static long selfId;
    /** Whether this pyvm is a subinterpreter (its registry was given, never remade). */
    private static boolean adopted;
    private static long madeInRun = -1;

    /** RunFailedError of this run's module. */
    private static volatile PyType runFailed;

    /** A subinterpreter's start: the registry it shares and its id. */
    public static synchronized void adopt(Object registry, long id) {
        @SuppressWarnings("unchecked")
        Function<Object[], Object> f = (Function<Object[], Object>) registry;
        process = f;
        selfId = id;
        adopted = true;
    }

    /** This interpreter's id. */
    public static long currentId() {
        return selfId;
    }

    /** The registry; the main interpreter makes a fresh one for each run in this JVM (in-process tests). */
    private static synchronized Function<Object[], Object> process() {
        if (!adopted && madeInRun != Interrupts.runCount()) {
            madeInRun = Interrupts.runCount();
            process = new ProcessState(config -> {
                Function<Map<String, Object>, Function<Object[], Object>> f = factory;
                if (f == null) {
                    throw new ProcessState.Failure("RuntimeError", "subinterpreters are not available in this pyvm");
                }
                return f.apply(config);
            });
        }
        return process;
    }

    /**
     * Asks the registry; its errors ("KIND\0text", see ProcessState) become Python exceptions.
     * CHANNELS: the channel module's exception classes for the channel kinds.
     */
    static Object call(Object... op) {
        try {
            return process().apply(op);
        } catch (IllegalStateException e) {
            String m = String.valueOf(e.getMessage());
            int z = m.indexOf('\0');
            if (z < 0) {
                throw PyErr.of(PyExc.SystemError, "subinterpreter failure: " + e);
            }
            String kind = m.substring(0, z);
            String text = m.substring(z + 1);
            PyType t = switch (kind) {
                case "ValueError" -> PyExc.ValueError;
                case "RuntimeError" -> PyExc.RuntimeError;
                default -> Channels.errorType(kind);
            };
            throw PyErr.of(t, text);
        }
    }

    /**
     * At the main interpreter's exit (Setup.finish): finalizes the subinterpreters left,
     * so that their threads end (a run inside a JVM that goes on, such as the tests', would
     * otherwise keep each one's copy of pyvm). Nothing in a subinterpreter or when none was made.
     */
    public static synchronized void finishRun() {
        if (adopted || process == null || madeInRun != Interrupts.runCount()) {
            return;
        }
        boolean released = Gil.release();
        try {
            process.apply(new Object[] {"destroyAll"});
        } catch (RuntimeException e) {
            // exit goes on
        } finally {
            Gil.reacquire(released);
        }
    }

    /** RuntimeError unless interpreter ID exists (_PyInterpreterState_LookUpID). */
    static void ensureExists(long id) {
        if (!(Boolean) call("exists", id)) {
            throw PyErr.runtimeError("unrecognized interpreter ID " + id);
        }
    }

    public static PyModule module() {
        PyModule m = new PyModule("_xxsubinterpreters");
        m.addFunctions(Subinterpreters.class);
        PyDict d = m.getDict();
        d.setStr("__doc__", PyStr.of("Low-level management of the interpreters of this process (pyvm)."));
        d.setStr("InterpreterID", InterpreterIdObject.TYPE);
        PyType e = Types.newException("_xxsubinterpreters", "RunFailedError", null, PyExc.RuntimeError);
        runFailed = e;
        d.setStr("RunFailedError", e);
        return m;
    }

    /** The configuration a new interpreter starts from: this one's, and the process's shared parts. */
    private static Map<String, Object> childConfig(int features, boolean ownGil) {
        Map<String, Object> c = new LinkedHashMap<>();
        SysConfig sc = SysConfig.current;
        if (sc != null) {
            for (java.lang.reflect.Field f : SysConfig.class.getFields()) {
                if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                try {
                    Object v = f.get(sc);
                    if (v == null || v instanceof String || v instanceof Integer || v instanceof Boolean) {
                        c.put("sys." + f.getName(), v);
                    } else if (v instanceof List<?> l) {
                        c.put("sys." + f.getName(), new java.util.ArrayList<Object>(l));
                    }
                } catch (IllegalAccessException ex) {
                    // public fields: not reached
                }
            }
        }
        // sys.path as it is now (the new interpreter finds the same modules; CPython's gets
        // the main interpreter's sys.path[0] too).
        PyObject path = PyRuntime.modules.getStr("sys") instanceof PyModule sys ? sys.getDict().getStr("path") : null;
        if (path instanceof PyList l) {
            java.util.List<Object> p = new java.util.ArrayList<>();
            for (PyObject o : Abstract.toArray(l)) {
                if (o instanceof PyStr s) {
                    p.add(s.value());
                }
            }
            // sys.path[0] goes in after site has run, as at start-up (site would make '' absolute);
            // with -P/-I there is none (the first entry is a search path like the others).
            if (!p.isEmpty() && (sc == null || !sc.safePath)) {
                c.put("path0", p.remove(0));
            }
            c.put("sys.path", p);
        }
        c.put("features", features);
        c.put("ownGil", ownGil);
        Object[] fds = org.pyvm.modules.posix.FdTable.exportTable();
        c.put("fdTable", fds[0]);
        c.put("fdInheritable", fds[1]);
        c.put("cwd", org.pyvm.runtime.WorkingDir.holder());
        c.put("environ", org.pyvm.modules.posix.Env.current());
        c.put("hashKey", org.pyvm.runtime.Hashing.key());
        c.put("syslogOpen", org.pyvm.modules.syslog.SyslogModule.processState());
        return c;
    }

    /** create(*, isolated=True): a new interpreter's id. Made with this interpreter's GIL released. */
    @ExposedMethod
    static PyObject create(PyObject[] args, String[] kw) {
        int nkw = Args.nkw(kw);
        if (args.length - nkw > 0) {
            throw PyErr.typeError("create() takes no positional arguments");
        }
        PyObject[] a = Args.parse("create", args, kw, 0, 0, "isolated");
        boolean isolated = a[0] == null || Abstract.isTrue(a[0]);
        return new InterpreterIdObject(make(isolated ? ISOLATED_FEATURES : LEGACY_FEATURES, isolated));
    }

    /**
     * _PyInterpreterConfig_INIT (create(isolated=True)): threads, but no daemon threads, fork
     * or exec, its own obmalloc and GIL, extensions checked. _PyInterpreterConfig_LEGACY_INIT
     * (Py_NewInterpreter, create(isolated=False)): everything allowed, the main GIL shared.
     */
    static final int ISOLATED_FEATURES = PyRuntime.RTFLAGS_THREADS | PyRuntime.RTFLAGS_MULTI_INTERP_EXTENSIONS;
    static final int LEGACY_FEATURES = PyRuntime.MAIN_FEATURES;

    /** A new interpreter with these settings; its id. Made with this interpreter's GIL released. */
    private static long make(int features, boolean ownGil) {
        Map<String, Object> config = childConfig(features, ownGil);
        boolean released = Gil.release();
        try {
            return (Long) call("create", config);
        } finally {
            Gil.reacquire(released);
        }
    }

    /**
     * Makes an interpreter with FEATURES (Py_RTFLAGS_* bits) and OWN_GIL, runs CODE in its
     * __main__ as PyRun_SimpleString does (an exception is printed to standard error there and
     * gives -1), then ends it (threading's non-daemon threads joined, atexit run): 0 or -1.
     * The caller's GIL is released meanwhile. A failure to make the interpreter is
     * RuntimeError. Compare _testcapimodule.c: run_in_subinterp, run_in_subinterp_with_config.
     */
    public static int runSimple(String code, int features, boolean ownGil) {
        long id = make(features, ownGil);
        boolean released = Gil.release();
        try {
            Object r;
            try {
                r = call("run", id, code, new Object[0], Boolean.TRUE);
            } finally {
                call("destroy", id, selfId);
            }
            return r == null ? 0 : -1;
        } finally {
            Gil.reacquire(released);
        }
    }

    /** destroy(id): finalizes and forgets the interpreter. Compare interp_destroy. */
    @ExposedMethod
    static void destroy(PyObject id) {
        long n = InterpreterIdObject.convert(id);
        boolean released = Gil.release();
        try {
            call("destroy", n, selfId);
        } finally {
            Gil.reacquire(released);
        }
    }

    @ExposedMethod
    static PyObject list_all() {
        long[] ids = (long[]) call("list");
        PyObject[] out = new PyObject[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = new InterpreterIdObject(ids[i]);
        }
        return new PyList(out);
    }

    /** The ids of all interpreters, oldest first (as list_all). */
    static long[] allIds() {
        return (long[]) call("list");
    }

    @ExposedMethod
    static PyObject get_current() {
        return new InterpreterIdObject(selfId);
    }

    @ExposedMethod
    static PyObject get_main() {
        return new InterpreterIdObject(0);
    }

    @ExposedMethod
    static boolean is_running(PyObject id) {
        return (Boolean) call("isRunning", InterpreterIdObject.convert(id));
    }

    @ExposedMethod
    static boolean is_shareable(PyObject o) {
        return CrossData.shareable(o);
    }

    /**
     * run_string(id, script, shared=None): runs SCRIPT in the interpreter's __main__ on this
     * thread, this interpreter's GIL released meanwhile; SHARED's items are set in __main__
     * first. An exception there is RunFailedError("<class 'T'>: message") here. Compare
     * interp_run_string, _run_script_in_interpreter, _sharedexception_bind/apply.
     */
    @ExposedMethod
    static void run_string(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("run_string", args, kw, 2, 3, "id", "script", "shared");
        long id = InterpreterIdObject.convert(a[0]);
        if (!(a[1] instanceof PyStr script)) {
            throw PyErr.typeError("run_string() argument 2 must be str, not " + a[1].type().getName());
        }
        Object[] shared = new Object[0];
        if (a[2] != null && a[2] != PyNone.NONE) {
            if (!(a[2] instanceof PyDict d)) {
                throw PyErr.typeError("run_string() argument 3 must be dict, not " + a[2].type().getName());
            }
            PyObject[] keys = Abstract.toArray(d);
            shared = new Object[keys.length * 2];
            for (int i = 0; i < keys.length; i++) {
                if (!(keys[i] instanceof PyStr k)) {
                    throw PyErr.typeError("bad argument type for built-in operation");
                }
                shared[2 * i] = k.value();
                shared[2 * i + 1] = CrossData.of(Abstract.getItem(d, keys[i]));
            }
        }
        boolean released = Gil.release();
        Object r;
        try {
            r = call("run", id, script.value(), shared);
        } finally {
            Gil.reacquire(released);
        }
        if (r instanceof String[] err) {
            throw PyErr.of(runFailed, err[0] == null ? err[1] : err[0] + ": " + err[1]);
        }
    }

    /**
     * _testinternalcapi.pending_identify(interpid): adds a pending call to interpreter ID and
     * waits, this interpreter's GIL released, until one of its threads has run it; the id it
     * reports. Compare _testinternalcapi.c: pending_identify, _pending_identify_callback.
     */
    public static long pendingIdentify(PyObject interpid) {
        long id = InterpreterIdObject.convert(interpid);
        ensureExists(id);
        Object f = call("pendingIdentify", id);
        boolean released = Gil.release();
        try {
            return ((Number) ((java.util.concurrent.Future<?>) f).get()).longValue();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw PyErr.of(PyExc.SystemError, "pending_identify: " + e);
        } finally {
            Gil.reacquire(released);
        }
    }

    /** Describes E as _sharedexception_bind does: {str(type(e)), str(e)}. */
    public static String[] describe(PyBaseException e) {
        String name;
        try {
            name = Abstract.str(e.type()).value();
        } catch (PyBaseException failed) {
            return new String[] {null, "unable to format exception type name"};
        }
        try {
            return new String[] {name, Abstract.str(e).value()};
        } catch (PyBaseException failed) {
            return new String[] {null, "unable to format exception message"};
        }
    }
}
