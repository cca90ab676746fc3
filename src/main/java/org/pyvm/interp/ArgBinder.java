package org.pyvm.interp;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.bytecode.CodeObject;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyFunction;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;

/**
 * Binds a call's arguments to a new frame's parameters: positional, defaults,
 * keyword-only, *args and **kwargs, with CPython's messages. Compare CPython
 * Python/ceval.c: initialize_locals.
 */
final class ArgBinder {

    private ArgBinder() {}

    static void bind(Frame fr, PyFunction f, PyObject[] args, String[] kwnames) {
        CodeObject co = f.code.raw;
        PyObject[] fast = fr.fast;
        int argcount = co.argcount();
        int kwonly = co.kwonlyargcount();
        int flags = co.flags();
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int total = argcount + kwonly;
        // Fast path: exactly the positional parameters, nothing else.
        if (nkw == 0 && npos == argcount && (flags & (CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS)) == 0
            && kwonly == 0) {
            for (int i = 0; i < npos; i++) {
                Eval.put(fast, i, args[i]);
            }
            return;
        }
        PyDict kwdict = null;
        int idx = total;
        if ((flags & CodeObject.CO_VARARGS) != 0) {
            idx++;
        }
        if ((flags & CodeObject.CO_VARKEYWORDS) != 0) {
            kwdict = new PyDict();
            fast[idx] = kwdict;
        }
        int n = Math.min(npos, argcount);
        System.arraycopy(args, 0, fast, 0, n);
        if ((flags & CodeObject.CO_VARARGS) != 0) {
            PyObject[] rest = new PyObject[Math.max(0, npos - argcount)];
            if (rest.length > 0) {
                System.arraycopy(args, argcount, rest, 0, rest.length);
            }
            fast[total] = PyTuple.of(rest);
        }
        String[] names = f.code.localsplusnames;
        int posonly = co.posonlyargcount();
        List<String> posonlyAsKw = null;
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            PyObject v = args[npos + k];
            int j = -1;
            for (int p = posonly; p < total; p++) {
                if (names[p].equals(name)) {
                    j = p;
                    break;
                }
            }
            if (j < 0) {
                if (kwdict != null) {
                    kwdict.setItem(PyStr.of(name), v);
                    continue;
                }
                boolean isPosonly = false;
                for (int p = 0; p < posonly; p++) {
                    isPosonly |= names[p].equals(name);
                }
                if (isPosonly) {
                    if (posonlyAsKw == null) {
                        posonlyAsKw = new ArrayList<>();
                    }
                    posonlyAsKw.add(name);
                    continue;
                }
                throw PyErr.typeError(f.qualname + "() got an unexpected keyword argument '" + name + "'");
            }
            if (fast[j] != null) {
                throw PyErr.typeError(f.qualname + "() got multiple values for argument '" + name + "'");
            }
            fast[j] = v;
        }
        if (posonlyAsKw != null) {
            throw PyErr.typeError(f.qualname + "() got some positional-only arguments passed as keyword arguments: '"
                + String.join(", ", posonlyAsKw) + "'");
        }
        if (npos > argcount && (flags & CodeObject.CO_VARARGS) == 0) {
            throw tooManyPositional(f, argcount, npos, fast, total);
        }
        PyObject[] defaults = f.defaults;
        int ndef = defaults == null ? 0 : defaults.length;
        if (npos < argcount) {
            int m = argcount - ndef;
            List<String> missing = new ArrayList<>();
            for (int i = npos; i < m; i++) {
                if (fast[i] == null) {
                    missing.add(names[i]);
                }
            }
            if (!missing.isEmpty()) {
                throw missingError(f, missing, "positional");
            }
            for (int i = Math.max(npos, m); i < argcount; i++) {
                if (fast[i] == null) {
                    fast[i] = defaults[i - m];
                }
            }
        }
        if (kwonly > 0) {
            List<String> missing = new ArrayList<>();
            for (int i = argcount; i < total; i++) {
                if (fast[i] != null) {
                    continue;
                }
                PyObject d = f.kwdefaults == null ? null : f.kwdefaults.get(PyStr.of(names[i]));
                if (d != null) {
                    fast[i] = d;
                } else {
                    missing.add(names[i]);
                }
            }
            if (!missing.isEmpty()) {
                throw missingError(f, missing, "keyword-only");
            }
        }
    }

    private static org.pyvm.runtime.PyBaseException tooManyPositional(PyFunction f, int argcount, int given,
                                                                      PyObject[] fast, int total) {
        int ndef = f.defaults == null ? 0 : f.defaults.length;
        int kwonlyGiven = 0;
        for (int i = argcount; i < total; i++) {
            if (fast[i] != null) {
                kwonlyGiven++;
            }
        }
        String sig = ndef > 0 ? "from " + (argcount - ndef) + " to " + argcount : String.valueOf(argcount);
        String plural = (ndef == 0 && argcount == 1) ? "" : "s";
        String kwPart = kwonlyGiven > 0 ? " positional argument" + (given == 1 ? "" : "s") + " (and " + kwonlyGiven
            + " keyword-only argument" + (kwonlyGiven == 1 ? "" : "s") + ")" : "";
        String were = given == 1 && kwonlyGiven == 0 ? "was" : "were";
        return PyErr.typeError(f.qualname + "() takes " + sig + " positional argument" + plural + " but " + given
            + kwPart + " " + were + " given");
    }

    private static org.pyvm.runtime.PyBaseException missingError(PyFunction f, List<String> missing, String kind) {
        StringBuilder names = new StringBuilder();
        int n = missing.size();
        for (int i = 0; i < n; i++) {
            names.append('\'').append(missing.get(i)).append('\'');
            if (n == 2 && i == 0) {
                names.append(" and ");
            } else if (n > 2 && i < n - 2) {
                names.append(", ");
            } else if (n > 2 && i == n - 2) {
                names.append(", and ");
            }
        }
        return PyErr.typeError(f.qualname + "() missing " + n + " required " + kind + " argument" + (n == 1 ? "" : "s")
            + ": " + names);
    }
}
