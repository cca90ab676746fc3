package org.pyvm.modules.corelib;

import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyObject;

/**
 * Argument checks with the messages of CPython's Argument Clinic helpers
 * (Python/getargs.c: _PyArg_CheckPositional, _PyArg_NoKeywords) for functions written
 * in the general {@code (PyObject[] args, String[] kwnames)} form.
 */
public final class Args {

    private Args() {}

    public static int nkw(String[] kwnames) {
        return kwnames == null ? 0 : kwnames.length;
    }

    /** "NAME() takes no keyword arguments" when any keyword was passed. */
    /**
     * Keyword arguments to a constructor that takes none: refused by the exact type EXACT and
     * by a subclass that keeps its __init__; a subclass with an __init__ of its own may take
     * them (they are left out here). Compare CPython itertoolsmodule.c: cycle_new's test
     * "type == cycle_type || type->tp_init == cycle_type->tp_init".
     */
    public static PyObject[] dropKeywords(String name, org.pyvm.runtime.PyType cls, org.pyvm.runtime.PyType exact,
                                          PyObject[] args, String[] kwnames) {
        int nkw = nkw(kwnames);
        if (nkw == 0) {
            return args;
        }
        if (cls == exact || cls.lookup("__init__") == exact.lookup("__init__")) {
            throw PyErr.typeError(name + "() takes no keyword arguments");
        }
        return java.util.Arrays.copyOf(args, args.length - nkw);
    }

    public static void noKeywords(String name, String[] kwnames) {
        if (nkw(kwnames) > 0) {
            throw PyErr.typeError(name + "() takes no keyword arguments");
        }
    }

    /** Checks MIN <= positional count <= MAX; "NAME expected N arguments, got M" otherwise. */
    public static void positional(String name, int n, int min, int max) {
        if (n >= min && n <= max) {
            return;
        }
        throw countError(name, n, min, max);
    }

    public static PyBaseException countError(String name, int n, int min, int max) {
        if (min == max) {
            return PyErr.typeError(name + " expected " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n < min) {
            return PyErr.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s")
                + ", got " + n);
        }
        return PyErr.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
    }

    /** The positional arguments exactly, with no keywords: the common "f(a, b, /)" form. */
    public static PyObject[] exact(String name, PyObject[] args, String[] kwnames, int n) {
        noKeywords(name, kwnames);
        positional(name, args.length, n, n);
        return args;
    }

    /**
     * Keyword parsing of Argument Clinic for "f(a, b=..., *, c=...)": NAMES are all
     * parameters, the first MAXPOS may be positional, the first MIN are required.
     * Messages: "'x' is an invalid keyword argument for f()", "f() missing required
     * argument 'a' (pos 1)", "f() takes at most N arguments (M given)".
     */
    public static PyObject[] parse(String fn, PyObject[] args, String[] kwnames, int min, int maxpos,
                                   String... names) {
        int nkw = nkw(kwnames);
        int npos = args.length - nkw;
        if (npos > maxpos) {
            if (maxpos == names.length) {
                throw PyErr.typeError(fn + "() takes at most " + maxpos + " argument" + (maxpos == 1 ? "" : "s")
                    + " (" + npos + " given)");
            }
            throw PyErr.typeError(fn + "() takes at most " + maxpos + " positional argument"
                + (maxpos == 1 ? "" : "s") + " (" + npos + " given)");
        }
        PyObject[] out = new PyObject[names.length];
        System.arraycopy(args, 0, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int idx = -1;
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(kwnames[k])) {
                    idx = i;
                }
            }
            if (idx < 0) {
                throw PyErr.typeError("'" + kwnames[k] + "' is an invalid keyword argument for " + fn + "()");
            }
            if (out[idx] != null) {
                throw PyErr.typeError("argument for " + fn + "() given by name ('" + kwnames[k] + "') and position ("
                    + (idx + 1) + ")");
            }
            out[idx] = args[npos + k];
        }
        for (int i = 0; i < min; i++) {
            if (out[i] == null) {
                throw PyErr.typeError(fn + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return out;
    }
}
