package org.pyvm.modules;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.Tracing;

/**
 * sys.settrace, sys.gettrace, sys.setprofile, sys.getprofile and sys.call_tracing: the
 * functions are kept per thread in {@link Tracing}; the interpreter reports the events
 * (interp.Tracer). threading.settrace/setprofile are pure Python over these.
 * Compare CPython Python/sysmodule.c: sys_settrace, sys_setprofile, sys_call_tracing.
 */
final class SysTrace {

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
        return f == null ? PyNone.NONE : f;
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
     * sys.monitoring (PEP 669) is not built: the namespace exists with its tool ids, and
     * each function raises NotImplementedError saying so (sys.settrace and sys.setprofile
     * work).
     */
    static org.pyvm.runtime.PyModule monitoring() {
        org.pyvm.runtime.PyModule m = new org.pyvm.runtime.PyModule("sys.monitoring");
        org.pyvm.runtime.PyDict d = m.getDict();
        d.setStr("DEBUGGER_ID", org.pyvm.runtime.PyInt.of(0));
        d.setStr("COVERAGE_ID", org.pyvm.runtime.PyInt.of(1));
        d.setStr("PROFILER_ID", org.pyvm.runtime.PyInt.of(2));
        d.setStr("OPTIMIZER_ID", org.pyvm.runtime.PyInt.of(5));
        m.addFunctions(Monitoring.class);
        return m;
    }

    static final class Monitoring {
        private Monitoring() {}

        private static PyObject missing(String fn) {
            throw PyErr.of(org.pyvm.runtime.PyExc.NotImplementedError,
                "sys.monitoring." + fn + ": sys.monitoring (PEP 669) is not implemented in pyvm; use sys.settrace or sys.setprofile");
        }

        @ExposedMethod
        static PyObject use_tool_id(PyObject[] a, String[] k) {
            return missing("use_tool_id");
        }

        @ExposedMethod
        static PyObject free_tool_id(PyObject[] a, String[] k) {
            return missing("free_tool_id");
        }

        @ExposedMethod
        static PyObject get_tool(PyObject[] a, String[] k) {
            return missing("get_tool");
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
