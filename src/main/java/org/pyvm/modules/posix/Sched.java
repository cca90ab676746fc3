package org.pyvm.modules.posix;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.PyStructSeq;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyObject;

/**
 * The scheduling calls of posix (sched_getscheduler, sched_setscheduler, sched_getparam,
 * sched_setparam, sched_get_priority_min/max, sched_rr_get_interval) on the C library
 * through java.lang.foreign, and the sched_param type. As in the kernel, pid 0 is the
 * calling thread (here the JVM thread running the interpreter). Compare CPython
 * Modules/posixmodule.c: os_sched_param_impl, convert_sched_param, os_sched_*_impl.
 */
final class Sched {

    private Sched() {}

    static final PyStructSeq.Spec SCHED_PARAM = PyStructSeq.define("posix", "sched_param", 1, "sched_priority")
        .constructor(Sched::newParam);

    static {
        SCHED_PARAM.type().getDict().setStr("__doc__", org.pyvm.runtime.PyStr.of(
            "sched_param(sched_priority): a process's scheduling parameters (pyvm's own wording)."));
    }

    private static final class Handles {
        static final MethodHandle PRIO_MAX = fn("sched_get_priority_max", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
        static final MethodHandle PRIO_MIN = fn("sched_get_priority_min", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
        static final MethodHandle GETSCHEDULER = fn("sched_getscheduler", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
        static final MethodHandle SETSCHEDULER = fn("sched_setscheduler", FunctionDescriptor.of(JAVA_INT, JAVA_INT,
            JAVA_INT, ADDRESS));
        static final MethodHandle GETPARAM = fn("sched_getparam", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
        static final MethodHandle SETPARAM = fn("sched_setparam", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
        static final MethodHandle RR_INTERVAL = fn("sched_rr_get_interval", FunctionDescriptor.of(JAVA_INT, JAVA_INT,
            ADDRESS));

        private static MethodHandle fn(String name, FunctionDescriptor fd) {
            return Libc.function(name, fd);
        }
    }

    /** Runs a call; its result, or the OSError of the errno it left (posix_error: no file name). */
    private static int call(MethodHandle h, String what, Libc.Call c) {
        Libc.Result r = Libc.call(h, what, c);
        if (r.value() == -1) {
            throw OsErrors.of(r.errno());
        }
        return (int) r.value();
    }

    /** convert_sched_param: the priority of a sched_param as a C int. */
    static int priorityOf(PyObject param) {
        if (!param.type().isSubtypeOf(SCHED_PARAM.type())) {
            throw PyErr.typeError("must have a sched_param object");
        }
        PyInt p = Abstract.index(((PyStructSeq) param).get(0));
        if (p.isBig() || p.longValue() > Integer.MAX_VALUE || p.longValue() < Integer.MIN_VALUE) {
            throw PyErr.overflowError("sched_priority out of range");
        }
        return (int) p.longValue();
    }

    /** sched_param(sched_priority): the type's constructor, in place of structseq_new. */
    static PyObject newParam(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("sched_param", args, kw, 1, 1, "sched_priority");
        return SCHED_PARAM.make(a[0]);
    }

    @ExposedMethod
    static PyObject sched_get_priority_max(PyObject[] args, String[] kw) {
        int policy = PosixModule.fd(Args.parse("sched_get_priority_max", args, kw, 1, 1, "policy")[0]);
        return PyInt.of(call(Handles.PRIO_MAX, "sched_get_priority_max",
            (st, a) -> (int) Handles.PRIO_MAX.invokeExact(st, policy)));
    }

    @ExposedMethod
    static PyObject sched_get_priority_min(PyObject[] args, String[] kw) {
        int policy = PosixModule.fd(Args.parse("sched_get_priority_min", args, kw, 1, 1, "policy")[0]);
        return PyInt.of(call(Handles.PRIO_MIN, "sched_get_priority_min",
            (st, a) -> (int) Handles.PRIO_MIN.invokeExact(st, policy)));
    }

    @ExposedMethod
    static PyObject sched_getscheduler(PyObject[] args, String[] kw) {
        int pid = PosixModule.fd(Args.exact("sched_getscheduler", args, kw, 1)[0]);
        return PyInt.of(call(Handles.GETSCHEDULER, "sched_getscheduler",
            (st, a) -> (int) Handles.GETSCHEDULER.invokeExact(st, pid)));
    }

    @ExposedMethod
    static void sched_setscheduler(PyObject[] args, String[] kw) {
        PyObject[] x = Args.exact("sched_setscheduler", args, kw, 3);
        int pid = PosixModule.fd(x[0]);
        int policy = PosixModule.fd(x[1]);
        int prio = priorityOf(x[2]);
        call(Handles.SETSCHEDULER, "sched_setscheduler", (st, a) -> {
            MemorySegment p = a.allocate(JAVA_INT);
            p.set(JAVA_INT, 0, prio);
            return (int) Handles.SETSCHEDULER.invokeExact(st, pid, policy, p);
        });
    }

    @ExposedMethod
    static PyObject sched_getparam(PyObject[] args, String[] kw) {
        int pid = PosixModule.fd(Args.exact("sched_getparam", args, kw, 1)[0]);
        int[] out = new int[1];
        call(Handles.GETPARAM, "sched_getparam", (st, a) -> {
            MemorySegment p = a.allocate(JAVA_INT);
            int r = (int) Handles.GETPARAM.invokeExact(st, pid, p);
            out[0] = p.get(JAVA_INT, 0);
            return r;
        });
        return SCHED_PARAM.make(PyInt.of(out[0]));
    }

    @ExposedMethod
    static void sched_setparam(PyObject[] args, String[] kw) {
        PyObject[] x = Args.exact("sched_setparam", args, kw, 2);
        int pid = PosixModule.fd(x[0]);
        int prio = priorityOf(x[1]);
        call(Handles.SETPARAM, "sched_setparam", (st, a) -> {
            MemorySegment p = a.allocate(JAVA_INT);
            p.set(JAVA_INT, 0, prio);
            return (int) Handles.SETPARAM.invokeExact(st, pid, p);
        });
    }

    @ExposedMethod
    static PyObject sched_rr_get_interval(PyObject[] args, String[] kw) {
        int pid = PosixModule.fd(Args.exact("sched_rr_get_interval", args, kw, 1)[0]);
        long[] ts = new long[2];
        call(Handles.RR_INTERVAL, "sched_rr_get_interval", (st, a) -> {
            MemorySegment p = a.allocate(16, 8);
            int r = (int) Handles.RR_INTERVAL.invokeExact(st, pid, p);
            ts[0] = p.get(JAVA_LONG, 0);
            ts[1] = p.get(JAVA_LONG, 8);
            return r;
        });
        return PyFloat.of(ts[0] + ts[1] * 1e-9);
    }
}
