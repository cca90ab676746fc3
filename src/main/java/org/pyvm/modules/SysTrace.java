package org.pyvm.modules;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.Tracing;

/**
 * sys.settrace, sys.gettrace, sys.setprofile, sys.getprofile and sys.call_tracing: the
 * functions are kept per thread in {@link Tracing}; the interpreter reports the events
 * (interp.Tracer). threading.settrace/setprofile are pure Python over these.
 * Compare CPython Python/sysmodule.c: sys_settrace, sys_setprofile, sys_call_tracing.
 */
public final class SysTrace {

    private SysTrace() {}

    @ExposedMethod
    static void settrace(PyObject f) {
        SysExtras.audit(new PyObject[] {org.pyvm.runtime.PyStr.of("sys.settrace")}, null);
        Tracing.setTrace(f == PyNone.NONE ? null : f);
    }

    @ExposedMethod
    static PyObject gettrace() {
        PyObject f = Tracing.hooks().trace;
        return f == null ? PyNone.NONE : f;
    }

    @ExposedMethod
    static void setprofile(PyObject f) {
        SysExtras.audit(new PyObject[] {org.pyvm.runtime.PyStr.of("sys.setprofile")}, null);
        Tracing.setProfile(f == PyNone.NONE ? null : f);
    }

    /** sys._settraceallthreads(f): settrace in every thread (threading.settrace_all_threads). */
    @ExposedMethod
    static void _settraceallthreads(PyObject f) {
        Tracing.setAllThreads(f == PyNone.NONE ? null : f, true,
            () -> SysExtras.audit(new PyObject[] {org.pyvm.runtime.PyStr.of("sys.settrace")}, null));
    }

    /** sys._setprofileallthreads(f): setprofile in every thread (threading.setprofile_all_threads). */
    @ExposedMethod
    static void _setprofileallthreads(PyObject f) {
        Tracing.setAllThreads(f == PyNone.NONE ? null : f, false,
            () -> SysExtras.audit(new PyObject[] {org.pyvm.runtime.PyStr.of("sys.setprofile")}, null));
    }

    @ExposedMethod
    static PyObject getprofile() {
        PyObject f = Tracing.hooks().profile;
        return f == null || f instanceof Tracing.MonitorHook ? PyNone.NONE : f;
    }

    /**
     * call_tracing(func, args): calls func(*args) with tracing on even inside a trace
     * function (a debugger debugging itself). Compare sysmodule.c: sys_call_tracing.
     */
    @ExposedMethod
    static PyObject call_tracing(PyObject func, PyObject args) {
        if (!(args instanceof PyTuple t)) {
            throw PyErr.typeError("call_tracing() argument 2 must be tuple, not " + args.type().getName());
        }
        Tracing.Hooks h = Tracing.hooks();
        int saved = h.busy;
        h.busy = 0;
        try {
            return Abstract.call(func, t.toArray());
        } finally {
            h.busy = saved;
        }
    }

    /**
     * sys.monitoring (PEP 669): the tool-id registry (use_tool_id, free_tool_id, get_tool,
     * which cProfile uses to claim PROFILER_ID), the events namespace and MISSING/DISABLE
     * are built; events themselves are not: the functions that register callbacks or turn
     * events on raise NotImplementedError saying so (sys.settrace and sys.setprofile work).
     * Compare Python/instrumentation.c.
     */
    static org.pyvm.runtime.PyModule monitoring() {
        org.pyvm.runtime.PyModule m = new org.pyvm.runtime.PyModule("sys.monitoring");
        org.pyvm.runtime.PyDict d = m.getDict();
        d.setStr("DEBUGGER_ID", org.pyvm.runtime.PyInt.of(0));
        d.setStr("COVERAGE_ID", org.pyvm.runtime.PyInt.of(1));
        d.setStr("PROFILER_ID", org.pyvm.runtime.PyInt.of(2));
        d.setStr("OPTIMIZER_ID", org.pyvm.runtime.PyInt.of(5));
        String[] names = {"PY_START", "PY_RESUME", "PY_RETURN", "PY_YIELD", "CALL", "LINE", "INSTRUCTION", "JUMP",
            "BRANCH", "STOP_ITERATION", "RAISE", "EXCEPTION_HANDLED", "PY_UNWIND", "PY_THROW", "RERAISE", "C_RETURN",
            "C_RAISE", "NO_EVENTS"};
        PyObject[] values = new PyObject[names.length];
        for (int i = 0; i < names.length - 1; i++) {
            values[i] = org.pyvm.runtime.PyInt.of(1 << i);
        }
        values[names.length - 1] = org.pyvm.runtime.PyInt.ZERO;
        d.setStr("events", org.pyvm.modules.corelib.SimpleNamespace.of(names, values));
        d.setStr("MISSING", org.pyvm.runtime.Abstract.call(org.pyvm.runtime.PyType.OBJECT));
        d.setStr("DISABLE", org.pyvm.runtime.Abstract.call(org.pyvm.runtime.PyType.OBJECT));
        java.util.Arrays.fill(Monitoring.TOOLS, null);
        m.addFunctions(Monitoring.class);
        return m;
    }

    /** Claims tool ID for NAME, as sys.monitoring.use_tool_id; false when it is taken (_lsprof's enable). */
    public static boolean claimTool(int id, String name) {
        synchronized (Monitoring.TOOLS) {
            if (Monitoring.TOOLS[id] != null) {
                return false;
            }
            Monitoring.TOOLS[id] = PyStr.of(name);
            return true;
        }
    }

    /** Frees tool ID, as sys.monitoring.free_tool_id. */
    public static void freeTool(int id) {
        synchronized (Monitoring.TOOLS) {
            Monitoring.TOOLS[id] = null;
        }
    }

    static final class Monitoring {
        private Monitoring() {}

        private static PyObject missing(String fn) {
            throw PyErr.of(org.pyvm.runtime.PyExc.NotImplementedError,
                "sys.monitoring." + fn + ": sys.monitoring (PEP 669) is not implemented in pyvm; use sys.settrace or sys.setprofile");
        }

        /** The names of the tools in use, by id (interp->monitoring_tool_names). */
        static final PyObject[] TOOLS = new PyObject[6];

        /** A tool id argument: ValueError outside 0..5. Compare instrumentation.c: check_valid_tool. */
        private static int toolId(PyObject o) {
            long id = org.pyvm.runtime.Abstract.index(o).longValue();
            if (id < 0 || id > 5) {
                throw PyErr.valueError("invalid tool " + id + " (must be between 0 and 5)");
            }
            return (int) id;
        }

        /** use_tool_id(tool_id, name, /). Compare monitoring_use_tool_id_impl. */
        @ExposedMethod
        static PyObject use_tool_id(PyObject[] a, String[] k) {
            org.pyvm.modules.corelib.Args.exact("use_tool_id", a, k, 2);
            int id = toolId(a[0]);
            if (!(a[1] instanceof PyStr)) {
                throw PyErr.valueError("tool name must be a str");
            }
            synchronized (TOOLS) {
                if (TOOLS[id] != null) {
                    throw PyErr.valueError("tool " + id + " is already in use");
                }
                TOOLS[id] = a[1];
            }
            return PyNone.NONE;
        }

        /** free_tool_id(tool_id, /). */
        @ExposedMethod
        static PyObject free_tool_id(PyObject[] a, String[] k) {
            org.pyvm.modules.corelib.Args.exact("free_tool_id", a, k, 1);
            int id = toolId(a[0]);
            synchronized (TOOLS) {
                TOOLS[id] = null;
            }
            return PyNone.NONE;
        }

        /** get_tool(tool_id, /): its name, or None. */
        @ExposedMethod
        static PyObject get_tool(PyObject[] a, String[] k) {
            org.pyvm.modules.corelib.Args.exact("get_tool", a, k, 1);
            int id = toolId(a[0]);
            synchronized (TOOLS) {
                return TOOLS[id] == null ? PyNone.NONE : TOOLS[id];
            }
        }

        @ExposedMethod
        static PyObject register_callback(PyObject[] a, String[] k) {
            return missing("register_callback");
        }

        @ExposedMethod
        static PyObject get_events(PyObject[] a, String[] k) {
            return missing("get_events");
        }

        @ExposedMethod
        static PyObject set_events(PyObject[] a, String[] k) {
            return missing("set_events");
        }

        @ExposedMethod
        static PyObject get_local_events(PyObject[] a, String[] k) {
            return missing("get_local_events");
        }

        @ExposedMethod
        static PyObject set_local_events(PyObject[] a, String[] k) {
            return missing("set_local_events");
        }

        @ExposedMethod
        static PyObject restart_events(PyObject[] a, String[] k) {
            return missing("restart_events");
        }
    }
}
