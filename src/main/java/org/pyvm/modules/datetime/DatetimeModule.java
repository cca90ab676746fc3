package org.pyvm.modules.datetime;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.CodeRunner;
import org.pyvm.runtime.PyCode;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyType;

/**
 * The {@code _datetime} module. CPython writes it in C (Modules/_datetimemodule.c); pyvm
 * has no Java version yet, so this module is the standard library's pure-Python
 * implementation, Lib/_pydatetime.py, run afresh under the name {@code _datetime} (its
 * classes say they belong to {@code datetime}, as the C types do). It is found by path, not
 * through sys.modules, so that test.support.import_fresh_module can block
 * {@code _pydatetime} and still get a working {@code _datetime}, as test_datetime expects
 * of an interpreter with both. Behaviour is the pure implementation's, not the C one's
 * (for instance the extra module-level names of _pydatetime are visible here).
 */
public final class DatetimeModule {

    private DatetimeModule() {}

    /** The first import's namespace in this run (see {@link #create}), and the run. */
    private static PyDict first;
    private static long firstRun = -1;

    public static synchronized PyModule create() {
        if (first != null && firstRun == org.pyvm.runtime.Interrupts.runCount()) {
            // CPython 3.12's _datetime is a single-phase module with static types: importing
            // it again (import_fresh_module, as test_datetime's _Fast tests do) gives a new
            // module with a copy of the first one's namespace, the same date, datetime,
            // timezone.utc... objects. The _datetime C API sees those types too.
            PyModule again = new PyModule("_datetime");
            for (int i = first.nextEntry(0); i >= 0; i = first.nextEntry(i + 1)) {
                again.getDict().setItem(first.keyAt(i), first.valueAt(i));
            }
            return again;
        }
        // Asks the finders of sys.meta_path directly: importlib.util.find_spec would look
        // in sys.modules first, where import_fresh_module may have put None.
        PyObject spec = PyNone.NONE;
        PyObject metaPath = Abstract.getAttr(PyRuntime.builtinModule("sys"), "meta_path");
        for (PyObject finder : Abstract.toArray(metaPath)) {
            PyObject find = Abstract.lookupAttr(finder, "find_spec");
            if (find != null) {
                spec = Abstract.call(find, PyStr.of("_pydatetime"), PyNone.NONE);
                if (spec != PyNone.NONE) {
                    break;
                }
            }
        }
        if (spec == PyNone.NONE) {
            throw PyErr.of(PyExc.ImportError,
                "pyvm's _datetime runs the standard library's _pydatetime.py, which was not found");
        }
        PyObject code = Abstract.call(Abstract.getAttr(Abstract.getAttr(spec, "loader"), "get_code"),
            PyStr.of("_pydatetime"));
        PyModule m = new PyModule("_datetime");
        PyDict d = m.getDict();
        CodeRunner.get().exec((PyCode) code, d, d);
        for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
            PyObject v = d.valueAt(i);
            if (v instanceof PyType t && t.isHeapType() && t.getDict().getStr("__module__") instanceof PyStr s
                && s.value().equals("_datetime")) {
                t.getDict().setStr("__module__", PyStr.of("datetime"));
            }
        }
        first = d.copy();  // a snapshot, as m_copy: later changes to this module stay its own
        firstRun = org.pyvm.runtime.Interrupts.runCount();
        return m;
    }
}
