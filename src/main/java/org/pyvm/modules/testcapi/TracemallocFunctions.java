package org.pyvm.modules.testcapi;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.Tracemalloc;

/**
 * tracemalloc's C API as _testcapi offers it to test_tracemalloc: PyTraceMalloc_Track and
 * PyTraceMalloc_Untrack of a block by domain and address, and _PyTraceMalloc_GetTraceback.
 * Compare CPython Modules/_testcapimodule.c: tracemalloc_track, tracemalloc_untrack,
 * tracemalloc_get_traceback.
 */
final class TracemallocFunctions {

    private TracemallocFunctions() {}

    static void addTo(PyModule m) {
        m.addFunctions(TracemallocFunctions.class);
    }

    /** The "I" converter: an unsigned int, masked without overflow checking. */
    private static long domain(PyObject o) {
        return Abstract.index(o).bigValue().longValue() & 0xffffffffL;
    }

    /** tracemalloc_track(domain, ptr, size, release_gil=0): the GIL makes no difference to the tables here. */
    @ExposedMethod(min = 3)
    static PyObject tracemalloc_track(PyObject domain, PyObject ptr, PyObject size, PyObject releaseGil) {
        long d = domain(domain);
        long p = Abstract.index(ptr).longValue();
        long n = Abstract.index(size).longValue();
        if (releaseGil != null) {
            Abstract.index(releaseGil).intValue();
        }
        if (!Tracemalloc.track(d, p, n)) {
            throw PyErr.runtimeError("PyTraceMalloc_Track error");
        }
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject tracemalloc_untrack(PyObject domain, PyObject ptr) {
        if (!Tracemalloc.untrack(domain(domain), Abstract.index(ptr).longValue())) {
            throw PyErr.runtimeError("PyTraceMalloc_Untrack error");
        }
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject tracemalloc_get_traceback(PyObject domain, PyObject ptr) {
        PyTuple tb = Tracemalloc.rawTraceback(domain(domain), Abstract.index(ptr).longValue());
        return tb == null ? PyNone.NONE : tb;
    }
}
