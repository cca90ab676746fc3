package org.pyvm.modules.bisect;

import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.Ops;

/**
 * The _bisect module: bisect_left/right and insort_left/right with lo, hi and key.
 * Compare CPython Modules/_bisectmodule.c: internal_bisect_right, internal_bisect_left.
 */
public final class BisectModule {

    private BisectModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_bisect");
        m.addFunctions(BisectModule.class);
        return m;
    }

    private static final String[] NAMES = {"a", "x", "lo", "hi", "key"};

    private static long bisect(PyObject a, PyObject x, PyObject loArg, PyObject hiArg, PyObject key, boolean right) {
        long lo = loArg == null ? 0 : Abstract.index(loArg).longValue();
        long hi = hiArg == null || hiArg == PyNone.NONE ? -1 : Abstract.index(hiArg).longValue();
        if (lo < 0) {
            throw PyErr.valueError("lo must be non-negative");
        }
        if (hi == -1) {
            hi = Abstract.len(a);
        }
        boolean useKey = key != null && key != PyNone.NONE;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            PyObject item = a instanceof PyList l && l.getClass() == PyList.class && mid < l.size() ? l.get((int) mid)
                : Abstract.getItem(a, PyInt.of(mid));
            if (useKey) {
                item = Abstract.call(key, item);
            }
            boolean goLeft = right ? Ops.lessThan(x, item) : !Ops.lessThan(item, x);
            if (goLeft) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static PyObject[] parse(String fn, PyObject[] args, String[] kw) {
        return Args.parse(fn, args, kw, 2, 4, NAMES);
    }

    @ExposedMethod
    static PyObject bisect_right(PyObject[] args, String[] kw) {
        PyObject[] a = parse("bisect_right", args, kw);
        return PyInt.of(bisect(a[0], a[1], a[2], a[3], a[4], true));
    }

    @ExposedMethod
    static PyObject bisect_left(PyObject[] args, String[] kw) {
        PyObject[] a = parse("bisect_left", args, kw);
        return PyInt.of(bisect(a[0], a[1], a[2], a[3], a[4], false));
    }

    private static PyObject insort(String fn, PyObject[] args, String[] kw, boolean right) {
        PyObject[] a = parse(fn, args, kw);
        PyObject x = a[1];
        PyObject key = a[4];
        PyObject kx = key == null || key == PyNone.NONE ? x : Abstract.call(key, x);
        long index = bisect(a[0], kx, a[2], a[3], key, right);
        if (a[0].type() == PyList.TYPE) {
            Abstract.callDescr(PyList.TYPE.getDict().getStr("insert"), a[0], PyInt.of(index), x);
        } else {
            Abstract.call(Abstract.getAttr(a[0], "insert"), PyInt.of(index), x);
        }
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject insort_right(PyObject[] args, String[] kw) {
        return insort("insort_right", args, kw, true);
    }

    @ExposedMethod
    static PyObject insort_left(PyObject[] args, String[] kw) {
        return insort("insort_left", args, kw, false);
    }
}
