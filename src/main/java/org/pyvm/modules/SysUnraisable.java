package org.pyvm.modules;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyStructSeq;
import org.pyvm.runtime.TracebackPrinter;

/**
 * sys.unraisablehook (and sys.__unraisablehook__): reports an exception that cannot be
 * raised (in a finalizer, a weakref callback...) on sys.stderr. {@link #report} builds
 * the UnraisableHookArgs and calls the hook sys holds now. Compare CPython
 * Python/errors.c: PyErr_WriteUnraisable, write_unraisable_exc_file.
 */
final class SysUnraisable {

    private SysUnraisable() {}

    private static final String[] FIELDS = {"exc_type", "exc_value", "exc_traceback", "err_msg", "object"};

    static PyStructSeq args(PyBaseException e, String errMsg, PyObject obj) {
        return PyStructSeq.builtinsType("UnraisableHookArgs", FIELDS).make(e.type(), e,
            e.traceback == null ? PyNone.NONE : e.traceback, errMsg == null ? PyNone.NONE : PyStr.of(errMsg),
            obj == null ? PyNone.NONE : obj);
    }

    /** Reports E through sys.unraisablehook; when the hook itself fails, the default output. */
    static void report(PyBaseException e, String errMsg, PyObject obj) {
        PyStructSeq a = args(e, errMsg, obj);
        PyObject hook = PyRuntime.builtinModule("sys").getDict().getStr("unraisablehook");
        try {
            if (org.pyvm.runtime.Audit.on()) {
                org.pyvm.runtime.Audit.event("sys.unraisablehook", hook == null ? PyNone.NONE : hook, a);
            }
        } catch (PyBaseException denied) {
            // Compare errors.c: _PyErr_WriteUnraisableMsg, "in audit hook".
            a = args(denied, "Exception ignored in audit hook", null);
            hook = null;
        }
        if (hook != null && hook != PyNone.NONE) {
            try {
                Abstract.call(hook, a);
                return;
            } catch (PyBaseException failed) {
                // The hook's own error is what the default hook then reports; the
                // original one is lost (errors.c: _PyErr_WriteUnraisableMsg).
                if (failed.traceback == null) {
                    org.pyvm.runtime.PyFrame f = org.pyvm.runtime.CodeRunner.get().currentFrame();
                    if (f != null) {
                        failed.traceback = new org.pyvm.runtime.PyTraceback(null, f, f.lasti());
                    }
                }
                a = args(failed, "Exception ignored in sys.unraisablehook", hook);
            }
        }
        try {
            unraisablehook(a);
        } catch (PyBaseException ignored) {
            // (the default hook's failure is ignored)
        }
    }

    /** Compare errors.c: write_unraisable_exc_file. */
    @ExposedMethod
    static void unraisablehook(PyObject unraisable) {
        if (!(unraisable instanceof PyStructSeq s) || !s.type().getName().equals("UnraisableHookArgs")) {
            throw PyErr.typeError("sys.unraisablehook argument type must be UnraisableHookArgs");
        }
        PyObject[] v = s.items();
        PyObject errMsg = v[3];
        PyObject obj = v[4];
        StringBuilder sb = new StringBuilder();
        if (obj != PyNone.NONE) {
            sb.append(errMsg != PyNone.NONE ? Abstract.str(errMsg).value() : "Exception ignored in").append(": ");
            String what;
            try {
                what = Abstract.repr(obj).value();
            } catch (PyBaseException ignored) {
                what = "<object repr() failed>";
            }
            sb.append(what).append('\n');
        } else if (errMsg != PyNone.NONE) {
            sb.append(Abstract.str(errMsg).value()).append(":\n");
        }
        // The traceback of the exception alone (no cause or context), then "Type: value".
        if (v[2] instanceof org.pyvm.runtime.PyTraceback tb) {
            sb.append(TracebackPrinter.traceback(tb));
        }
        PyObject type = v[0];
        if (type != PyNone.NONE) {
            PyObject mod = null;
            try {
                mod = Abstract.lookupAttr(type, "__module__");
            } catch (PyBaseException ignored) {
                // written as <unknown>
            }
            if (!(mod instanceof PyStr m)) {
                sb.append("<unknown>");
            } else if (!m.value().equals("builtins") && !m.value().equals("__main__")) {
                sb.append(m.value()).append('.');
            }
            sb.append(type instanceof org.pyvm.runtime.PyType t ? t.getQualname() : "<unknown>");
            if (v[1] != PyNone.NONE) {
                String text;
                try {
                    text = Abstract.str(v[1]).value();
                } catch (PyBaseException ignored) {
                    text = "<exception str() failed>";
                }
                sb.append(": ").append(text);
            }
            sb.append('\n');
        }
        Sys.writeErr(sb.toString());
        // ... and flushes the file, as the C hook does.
        PyObject err = PyRuntime.builtinModule("sys").getDict().getStr("stderr");
        if (err != null && err != PyNone.NONE) {
            try {
                PyObject flush = Abstract.lookupAttr(err, "flush");
                if (flush != null) {
                    Abstract.call(flush);
                }
            } catch (PyBaseException ignored) {
                // (a failing flush is not reported)
            }
        }
    }
}
