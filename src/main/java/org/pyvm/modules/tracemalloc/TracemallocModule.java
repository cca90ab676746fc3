package org.pyvm.modules.tracemalloc;

import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.Tracemalloc;

/**
 * The _tracemalloc module over {@link Tracemalloc}, which keeps the traces of the Python
 * objects pyvm's constructors report while tracing is on (see there for which objects, and
 * how frees are found without reference counts). Compare CPython Modules/_tracemalloc.c.
 */
public final class TracemallocModule {

    private TracemallocModule() {}

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
        return PyBool.of(Tracemalloc.tracing);
    }

    /** _tracemalloc.c: _tracemalloc_start_impl / tracemalloc.c: _PyTraceMalloc_Start. */
    @ExposedMethod
    static PyObject start(PyObject[] args, String[] kw) {
        Args.noKeywords("_tracemalloc.start", kw);
        Args.positional("start", args.length, 0, 1);
        PyInt n = args.length == 0 ? PyInt.of(1) : Abstract.index(args[0]);
        // An int beyond C int is an OverflowError first (the "i" converter).
        Tracemalloc.start(n.intValue());
        return PyNone.NONE;
    }

    /** _tracemalloc.c: _tracemalloc_stop_impl. */
    @ExposedMethod
    static PyObject stop(PyObject[] args, String[] kw) {
        noArgs("stop", args, kw);
        Tracemalloc.stop();
        return PyNone.NONE;
    }

    /** _tracemalloc.c: _tracemalloc_clear_traces_impl. */
    @ExposedMethod
    static PyObject clear_traces(PyObject[] args, String[] kw) {
        noArgs("clear_traces", args, kw);
        Tracemalloc.clearTraces();
        return PyNone.NONE;
    }

    /** _tracemalloc.c: _tracemalloc_reset_peak_impl. */
    @ExposedMethod
    static PyObject reset_peak(PyObject[] args, String[] kw) {
        noArgs("reset_peak", args, kw);
        Tracemalloc.resetPeak();
        return PyNone.NONE;
    }

    /** _tracemalloc.c: _tracemalloc_get_traceback_limit_impl. */
    @ExposedMethod
    static PyObject get_traceback_limit(PyObject[] args, String[] kw) {
        noArgs("get_traceback_limit", args, kw);
        return PyInt.of(Tracemalloc.tracebackLimit());
    }

    /** _tracemalloc.c: _tracemalloc_get_traced_memory_impl: (current, peak) of traced blocks. */
    @ExposedMethod
    static PyObject get_traced_memory(PyObject[] args, String[] kw) {
        noArgs("get_traced_memory", args, kw);
        long[] m = Tracemalloc.tracedMemory();
        return PyTuple.of(PyInt.of(m[0]), PyInt.of(m[1]));
    }

    /** _tracemalloc.c: _tracemalloc_get_tracemalloc_memory_impl: the memory the traces take. */
    @ExposedMethod
    static PyObject get_tracemalloc_memory(PyObject[] args, String[] kw) {
        noArgs("get_tracemalloc_memory", args, kw);
        return PyInt.of(Tracemalloc.tablesMemory());
    }

    /** _tracemalloc.c: _tracemalloc__get_traces_impl. */
    @ExposedMethod
    static PyObject _get_traces(PyObject[] args, String[] kw) {
        noArgs("_get_traces", args, kw);
        return Tracemalloc.traces();
    }

    /** _tracemalloc.c: _tracemalloc__get_object_traceback (METH_O). */
    @ExposedMethod
    static PyObject _get_object_traceback(PyObject[] args, String[] kw) {
        Args.noKeywords("_tracemalloc._get_object_traceback", kw);
        if (args.length != 1) {
            throw PyErr.typeError("_tracemalloc._get_object_traceback() takes exactly one argument (" + args.length
                + " given)");
        }
        PyTuple tb = Tracemalloc.objectTraceback(args[0]);
        return tb == null ? PyNone.NONE : tb;
    }
}
