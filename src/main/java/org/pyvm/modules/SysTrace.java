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
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("sys.settrace");
        }
        Tracing.setTrace(f == PyNone.NONE ? null : f);
    }

    @ExposedMethod
    static PyObject gettrace() {
        PyObject f = Tracing.hooks().trace;
        return f == null ? PyNone.NONE : f;
    }

    @ExposedMethod
    static void setprofile(PyObject f) {
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("sys.setprofile");
        }
        Tracing.setProfile(f == PyNone.NONE ? null : f);
    }

    /** sys._settraceallthreads(f): settrace in every thread (threading.settrace_all_threads). */
    @ExposedMethod
    static void _settraceallthreads(PyObject f) {
        Tracing.setAllThreads(f == PyNone.NONE ? null : f, true,
            () -> org.pyvm.runtime.Audit.event("sys.settrace"));
    }

    /** sys._setprofileallthreads(f): setprofile in every thread (threading.setprofile_all_threads). */
    @ExposedMethod
    static void _setprofileallthreads(PyObject f) {
        Tracing.setAllThreads(f == PyNone.NONE ? null : f, false,
            () -> org.pyvm.runtime.Audit.event("sys.setprofile"));
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
     * which cProfile uses to claim PROFILER_ID), callbacks, global and per-code event sets,
     * restart_events, the events namespace and MISSING/DISABLE. The state lives in
     * runtime.Monitoring, the interpreter reports the events (interp.Monitor). Compare
     * Python/instrumentation.c.
     */
    static org.pyvm.runtime.PyModule monitoring() {
        org.pyvm.runtime.PyModule m = new org.pyvm.runtime.PyModule("sys.monitoring");
        org.pyvm.runtime.PyDict d = m.getDict();
        d.setStr("DEBUGGER_ID", org.pyvm.runtime.PyInt.of(0));
        d.setStr("COVERAGE_ID", org.pyvm.runtime.PyInt.of(1));
        d.setStr("PROFILER_ID", org.pyvm.runtime.PyInt.of(2));
        d.setStr("OPTIMIZER_ID", org.pyvm.runtime.PyInt.of(5));
        String[] names = new String[org.pyvm.runtime.Monitoring.EVENTS + 1];
        PyObject[] values = new PyObject[names.length];
        for (int i = 0; i < org.pyvm.runtime.Monitoring.EVENTS; i++) {
            names[i] = org.pyvm.runtime.Monitoring.NAMES[i];
            values[i] = org.pyvm.runtime.PyInt.of(1 << i);
        }
        names[names.length - 1] = "NO_EVENTS";
        values[names.length - 1] = org.pyvm.runtime.PyInt.ZERO;
        d.setStr("events", org.pyvm.modules.corelib.SimpleNamespace.of(names, values));
        org.pyvm.runtime.Monitoring.reset();
        d.setStr("MISSING", org.pyvm.runtime.Monitoring.missing);
        d.setStr("DISABLE", org.pyvm.runtime.Monitoring.disable);
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

        /** The names of the tools in use, by id (interp->monitoring_tool_names). */
        static final PyObject[] TOOLS = org.pyvm.runtime.Monitoring.TOOL_NAMES;

        private static int toolId(PyObject o) {
            return org.pyvm.runtime.Monitoring.toolId(o);
        }

        private static org.pyvm.runtime.PyCode code(PyObject o) {
            if (!(o instanceof org.pyvm.runtime.PyCode c)) {
                throw PyErr.typeError("code must be a code object");
            }
            return c;
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

        /** register_callback(tool_id, event, func, /): the previous callback or None. Compare monitoring_register_callback_impl. */
        @ExposedMethod
        static PyObject register_callback(PyObject[] a, String[] k) {
            org.pyvm.modules.corelib.Args.exact("register_callback", a, k, 3);
            int id = toolId(a[0]);
            int event = Abstract.asCInt(a[1]);
            if (Integer.bitCount(event) != 1) {
                throw PyErr.valueError("The callback can only be set for one event at a time");
            }
            int e = 31 - Integer.numberOfLeadingZeros(event);
            if (e >= org.pyvm.runtime.Monitoring.EVENTS) {
                throw PyErr.valueError("invalid event " + event);
            }
            PyObject old = org.pyvm.runtime.Monitoring.registerCallback(id, e, a[2] == PyNone.NONE ? null : a[2]);
            return old == null ? PyNone.NONE : old;
        }

        /** get_events(tool_id, /). */
        @ExposedMethod
        static PyObject get_events(PyObject[] a, String[] k) {
            org.pyvm.modules.corelib.Args.exact("get_events", a, k, 1);
            return org.pyvm.runtime.PyInt.of(org.pyvm.runtime.Monitoring.getEvents(toolId(a[0])));
        }

        /** set_events(tool_id, event_set, /). */
        @ExposedMethod
        static PyObject set_events(PyObject[] a, String[] k) {
            org.pyvm.modules.corelib.Args.exact("set_events", a, k, 2);
            int id = toolId(a[0]);
            org.pyvm.runtime.Monitoring.setEvents(id, Abstract.asCInt(a[1]));
            return PyNone.NONE;
        }

        /** get_local_events(tool_id, code, /). */
        @ExposedMethod
        static PyObject get_local_events(PyObject[] a, String[] k) {
            org.pyvm.modules.corelib.Args.exact("get_local_events", a, k, 2);
            org.pyvm.runtime.PyCode c = code(a[1]);
            return org.pyvm.runtime.PyInt.of(org.pyvm.runtime.Monitoring.getLocalEvents(toolId(a[0]), c));
        }

        /** set_local_events(tool_id, code, event_set, /). */
        @ExposedMethod
        static PyObject set_local_events(PyObject[] a, String[] k) {
            org.pyvm.modules.corelib.Args.exact("set_local_events", a, k, 3);
            org.pyvm.runtime.PyCode c = code(a[1]);
            int id = toolId(a[0]);
            org.pyvm.runtime.Monitoring.setLocalEvents(id, c, Abstract.asCInt(a[2]));
            return PyNone.NONE;
        }

        /** restart_events(): locations turned off by DISABLE report again. */
        @ExposedMethod
        static PyObject restart_events(PyObject[] a, String[] k) {
            if (a.length != 0 || (k != null && k.length != 0)) {
                throw PyErr.typeError("sys.monitoring.restart_events() takes no arguments (" + a.length + " given)");
            }
            org.pyvm.runtime.Monitoring.restartEvents();
            return PyNone.NONE;
        }

        /** _all_events(): {event name: bit set of the tools with it on globally}. */
        @ExposedMethod
        static PyObject _all_events(PyObject[] a, String[] k) {
            org.pyvm.modules.corelib.Args.exact("_all_events", a, k, 0);
            return org.pyvm.runtime.Monitoring.allEvents();
        }
    }
}
