package org.pyvm.runtime;

/**
 * Parses the general calling form (positional values then keyword values) of a Java
 * method against parameter names, with CPython's messages. Compare CPython
 * Python/getargs.c: vgetargskeywords.
 */
public final class ArgParser {

    private final String fn;
    private final PyObject[] values;
    private final String[] names;
    private final int npos;

    /** FN(args) accepting MIN..MAX positionals; NAMES name every parameter (positional ones first). */
    public ArgParser(String fn, PyObject[] args, String[] kwnames, int min, int max, String... names) {
        this.fn = fn;
        this.names = names;
        int nkw = kwnames == null ? 0 : kwnames.length;
        this.npos = args.length - nkw;
        this.values = new PyObject[names.length];
        if (npos > max) {
            throw PyErr.typeError(fn + "() takes at most " + max + " argument" + (max == 1 ? "" : "s") + " (" + npos
                + " given)");
        }
        if (npos < min && nkw == 0) {
            throw PyErr.typeError(fn + "() takes at least " + min + " argument" + (min == 1 ? "" : "s") + " (" + npos
                + " given)");
        }
        System.arraycopy(args, 0, values, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int idx = -1;
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(kwnames[k])) {
                    idx = i;
                }
            }
            if (idx < 0 || names[idx].isEmpty()) {
                // getargs.c: vgetargskeywords words it this way.
                throw PyErr.typeError("'" + kwnames[k] + "' is an invalid keyword argument for " + fn + "()");
            }
            if (values[idx] != null) {
                throw PyErr.typeError("argument for " + fn + "() given by name ('" + kwnames[k] + "') and position ("
                    + (idx + 1) + ")");
            }
            values[idx] = args[npos + k];
        }
        // With keywords given, a required parameter may still be missing.
        for (int i = npos; i < min; i++) {
            if (values[i] == null) {
                if (names[i].isEmpty()) {
                    throw PyErr.typeError(fn + "() takes at least " + min + " positional argument" + (min == 1 ? "" : "s")
                        + " (" + npos + " given)");
                }
                throw PyErr.typeError(fn + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
    }

    /** Requires that no positional arguments were given (keyword-only parameters). */
    public void kwOnly() {
        if (npos > 0) {
            throw PyErr.typeError(fn + "() takes no positional arguments");
        }
    }

    public PyObject get(int i) {
        return values[i];
    }

    public PyObject getOr(int i, PyObject dflt) {
        return values[i] == null ? dflt : values[i];
    }

    public int positionalCount() {
        return npos;
    }
}
