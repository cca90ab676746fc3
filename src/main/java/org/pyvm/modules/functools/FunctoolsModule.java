package org.pyvm.modules.functools;

import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;

/**
 * The _functools module: reduce, cmp_to_key, partial ({@link Partial}) and
 * _lru_cache_wrapper ({@link LruCache}); functools.py imports each of these when
 * present. Compare CPython Modules/_functoolsmodule.c.
 */
public final class FunctoolsModule {

    private FunctoolsModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_functools");
        m.addFunctions(FunctoolsModule.class);
        PyDict d = m.getDict();
        d.setStr("__doc__", PyStr.of("Tools that operate on functions."));
        d.setStr("partial", Partial.TYPE);
        d.setStr("_lru_cache_wrapper", LruCache.TYPE);
        return m;
    }

    /** reduce(function, iterable[, initial]). Compare functools_reduce. */
    @ExposedMethod
    static PyObject reduce(PyObject[] args, String[] kw) {
        Args.noKeywords("reduce", kw);
        Args.positional("reduce", args.length, 2, 3);
        PyObject func = args[0];
        PyObject it;
        try {
            it = Abstract.iter(args[1]);
        } catch (PyBaseException e) {
            if (e.matches(PyExc.TypeError)) {
                throw PyErr.typeError("reduce() arg 2 must support iteration");
            }
            throw e;
        }
        PyObject result = args.length == 3 ? args[2] : null;
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            result = result == null ? v : Abstract.call(func, result, v);
        }
        if (result == null) {
            throw PyErr.typeError("reduce() of empty iterable with no initial value");
        }
        return result;
    }

    /** cmp_to_key(mycmp). Compare functools_cmp_to_key_impl. */
    @ExposedMethod
    static PyObject cmp_to_key(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("cmp_to_key", args, kw, 1, 1, "mycmp");
        return new KeyWrapper(a[0], null);
    }
}
