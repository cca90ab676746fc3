package org.pyvm.modules.tracemalloc;

import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;

/**
 * The _tracemalloc module of an interpreter that cannot trace allocations: pyvm's objects
 * are allocated by the JVM, which has no per-allocation hook to record a Python traceback
 * (CPython's come from wrapping its PyMem allocators). So tracing is never on: start()
 * checks its argument as CPython does, then raises NotImplementedError (a RuntimeError)
 * saying so; is_tracing() is False, there are no traces (_get_traces() is empty,
 * _get_object_traceback() None, get_traced_memory() (0, 0)), tracing uses no memory, and
 * stop/clear_traces/reset_peak do nothing, as CPython's do when tracing is off. The
 * tracemalloc module, warnings' "Object allocated at" lines and test.support work on it.
 * Compare CPython Modules/_tracemalloc.c and Python/tracemalloc.c.
 */
public final class TracemallocModule {

    private TracemallocModule() {}

    private static final int MAX_NFRAME = 65535;

    public static PyModule create() {
        PyModule m = new PyModule("_tracemalloc");
        m.addFunctions(TracemallocModule.class);
        return m;
    }

    private static void noArgs(String fn, PyObject[] args, String[] kw) {
        Args.noKeywords("_tracemalloc." + fn, kw);
        if (args.length != 0) {
            throw PyErr.typeError("_tracemalloc." + fn + "() takes no arguments (" + args.length + " given)");
        }
    }

    /** _tracemalloc.c: _tracemalloc_is_tracing_impl. */
    @ExposedMethod
    static PyObject is_tracing(PyObject[] args, String[] kw) {
        noArgs("is_tracing", args, kw);
        return org.pyvm.runtime.PyBool.FALSE;
    }

    /** _tracemalloc.c: _tracemalloc_start_impl / tracemalloc.c: _PyTraceMalloc_Start. */
    @ExposedMethod
    static PyObject start(PyObject[] args, String[] kw) {
        Args.noKeywords("_tracemalloc.start", kw);
        Args.positional("start", args.length, 0, 1);
        int nframe = args.length == 0 ? 1 : Abstract.index(args[0]).intValue();
        if (nframe < 1 || nframe > MAX_NFRAME) {
            throw PyErr.valueError("the number of frames must be in range [1; " + MAX_NFRAME + "]");
        }
        throw PyErr.of(PyExc.NotImplementedError, "pyvm cannot trace memory allocations: its objects are allocated "
            + "by the JVM, which has no allocation hook for tracemalloc");
    }

    /** _tracemalloc.c: _tracemalloc_stop_impl (nothing is traced). */
    @ExposedMethod
    static PyObject stop(PyObject[] args, String[] kw) {
        noArgs("stop", args, kw);
        return PyNone.NONE;
    }

    /** _tracemalloc.c: _tracemalloc_clear_traces_impl. */
    @ExposedMethod
    static PyObject clear_traces(PyObject[] args, String[] kw) {
        noArgs("clear_traces", args, kw);
        return PyNone.NONE;
    }

    /** _tracemalloc.c: _tracemalloc_reset_peak_impl. */
    @ExposedMethod
    static PyObject reset_peak(PyObject[] args, String[] kw) {
        noArgs("reset_peak", args, kw);
        return PyNone.NONE;
    }

    /** _tracemalloc.c: _tracemalloc_get_traceback_limit_impl: the default, 1, since tracing never starts. */
    @ExposedMethod
    static PyObject get_traceback_limit(PyObject[] args, String[] kw) {
        noArgs("get_traceback_limit", args, kw);
        return PyInt.of(1);
    }

    /** _tracemalloc.c: _tracemalloc_get_traced_memory_impl: (current, peak) of traced blocks. */
    @ExposedMethod
    static PyObject get_traced_memory(PyObject[] args, String[] kw) {
        noArgs("get_traced_memory", args, kw);
        return PyTuple.of(PyInt.of(0), PyInt.of(0));
    }

    /** _tracemalloc.c: _tracemalloc_get_tracemalloc_memory_impl: the memory used by traces (none). */
    @ExposedMethod
    static PyObject get_tracemalloc_memory(PyObject[] args, String[] kw) {
        noArgs("get_tracemalloc_memory", args, kw);
        return PyInt.of(0);
    }

    /** _tracemalloc.c: _tracemalloc__get_traces_impl. */
    @ExposedMethod
    static PyObject _get_traces(PyObject[] args, String[] kw) {
        noArgs("_get_traces", args, kw);
        return new PyList();
    }

    /** _tracemalloc.c: _tracemalloc__get_object_traceback (METH_O). */
    @ExposedMethod
    static PyObject _get_object_traceback(PyObject[] args, String[] kw) {
        Args.noKeywords("_tracemalloc._get_object_traceback", kw);
        if (args.length != 1) {
            throw PyErr.typeError("_tracemalloc._get_object_traceback() takes exactly one argument (" + args.length
                + " given)");
        }
        return PyNone.NONE;
    }
}
