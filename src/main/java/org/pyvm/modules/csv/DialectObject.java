package org.pyvm.modules.csv;

import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * _csv.Dialect: the checked, immutable settings of a reader or writer. Characters are code
 * points, {@link #NOT_SET} for None. Compare CPython 3.12 Modules/_csv.c: dialect_new and
 * the _set_* helpers.
 */
final class DialectObject implements PyObject, HasDict {

    static final PyType TYPE = Types.finish(Types.builtin("_csv", "Dialect", DialectObject.class,
        DialectObject.class));

    static final int NOT_SET = -1;
    static final int QUOTE_MINIMAL = 0;
    static final int QUOTE_ALL = 1;
    static final int QUOTE_NONNUMERIC = 2;
    static final int QUOTE_NONE = 3;
    static final int QUOTE_STRINGS = 4;
    static final int QUOTE_NOTNULL = 5;

    private final PyType type;
    private PyDict dict;
    boolean doublequote;
    boolean skipinitialspace;
    boolean strict;
    int quoting;
    int delimiter;
    int quotechar;
    int escapechar;
    PyStr lineterminator;

    private DialectObject(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    private static final String[] KWS = {"dialect", "delimiter", "doublequote", "escapechar", "lineterminator",
        "quotechar", "quoting", "skipinitialspace", "strict"};

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        return make(cls, args, kw);
    }

    /** Dialect(dialect=None, **settings): reuses a Dialect given alone. Compare dialect_new. */
    static PyObject make(PyType cls, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos > KWS.length) {
            throw PyErr.typeError("function takes at most " + KWS.length + " arguments (" + (npos + nkw) + " given)");
        }
        PyObject[] v = new PyObject[KWS.length];
        System.arraycopy(args, 0, v, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int idx = -1;
            for (int i = 0; i < KWS.length; i++) {
                if (KWS[i].equals(kw[k])) {
                    idx = i;
                }
            }
            if (idx < 0) {
                throw PyErr.typeError("'" + kw[k] + "' is an invalid keyword argument for this function");
            }
            if (v[idx] != null) {
                throw PyErr.typeError("argument for function given by name ('" + kw[k] + "') and position ("
                    + (idx + 1) + ")");
            }
            v[idx] = args[npos + k];
        }
        PyObject dialect = v[0];
        if (dialect != null) {
            if (dialect instanceof PyStr) {
                dialect = CsvModule.registered(dialect);
            }
            boolean none = true;
            for (int i = 1; i < v.length; i++) {
                none &= v[i] == null;
            }
            if (none && dialect.type().isSubtypeOf(TYPE)) {
                return dialect;
            }
            for (int i = 1; i < v.length; i++) {
                if (v[i] == null) {
                    v[i] = Abstract.lookupAttr(dialect, KWS[i]);
                }
            }
        }
        DialectObject d = new DialectObject(cls);
        d.delimiter = charArg("delimiter", v[1], ',', false);
        d.doublequote = v[2] == null || Abstract.isTrue(v[2]);
        d.escapechar = charArg("escapechar", v[3], NOT_SET, true);
        if (v[4] == null) {
            d.lineterminator = PyStr.of("\r\n");
        } else if (v[4] == PyNone.NONE) {
            d.lineterminator = null;
        } else if (v[4] instanceof PyStr s) {
            d.lineterminator = s;
        } else {
            throw PyErr.typeError("\"lineterminator\" must be a string");
        }
        d.quotechar = charArg("quotechar", v[5], '"', true);
        d.quoting = intArg("quoting", v[6], QUOTE_MINIMAL);
        d.skipinitialspace = v[7] != null && Abstract.isTrue(v[7]);
        d.strict = v[8] != null && Abstract.isTrue(v[8]);
        if (d.quoting < QUOTE_MINIMAL || d.quoting > QUOTE_NOTNULL) {
            throw PyErr.typeError("bad \"quoting\" value");
        }
        if (v[5] == PyNone.NONE && v[6] == null) {
            d.quoting = QUOTE_NONE;
        }
        if (d.quoting != QUOTE_NONE && d.quotechar == NOT_SET) {
            throw PyErr.typeError("quotechar must be set if quoting enabled");
        }
        if (d.lineterminator == null) {
            throw PyErr.typeError("lineterminator must be set");
        }
        return d;
    }

    /** Compare _set_char / _set_char_or_none. */
    private static int charArg(String name, PyObject src, int dflt, boolean noneOk) {
        if (src == null) {
            return dflt;
        }
        if (noneOk && src == PyNone.NONE) {
            return NOT_SET;
        }
        if (!(src instanceof PyStr s)) {
            throw PyErr.typeError("\"" + name + "\" must be string" + (noneOk ? " or None" : "") + ", not "
                + src.type().getName());
        }
        String t = s.value();
        if (t.isEmpty() || t.codePointCount(0, t.length()) != 1) {
            throw PyErr.typeError("\"" + name + "\" must be a 1-character string");
        }
        return t.codePointAt(0);
    }

    /** Compare _set_int: an exact int that fits a C int. */
    private static int intArg(String name, PyObject src, int dflt) {
        if (src == null) {
            return dflt;
        }
        if (src.type() != PyInt.TYPE) {
            throw PyErr.typeError("\"" + name + "\" must be an integer");
        }
        PyInt i = (PyInt) src;
        if (i.isBig() || i.longValue() != (int) i.longValue()) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    private static PyObject charOrNone(int c) {
        return c == NOT_SET ? PyNone.NONE : PyStr.ofCodePoint(c);
    }

    @ExposedGetter
    static PyObject delimiter(DialectObject self) {
        return charOrNone(self.delimiter);
    }

    @ExposedGetter
    static PyObject escapechar(DialectObject self) {
        return charOrNone(self.escapechar);
    }

    @ExposedGetter
    static PyObject quotechar(DialectObject self) {
        return charOrNone(self.quotechar);
    }

    @ExposedGetter
    static PyObject lineterminator(DialectObject self) {
        return self.lineterminator;
    }

    @ExposedGetter
    static PyObject quoting(DialectObject self) {
        return PyInt.of(self.quoting);
    }

    @ExposedGetter
    static PyObject doublequote(DialectObject self) {
        return PyBool.of(self.doublequote);
    }

    @ExposedGetter
    static PyObject skipinitialspace(DialectObject self) {
        return PyBool.of(self.skipinitialspace);
    }

    @ExposedGetter
    static PyObject strict(DialectObject self) {
        return PyBool.of(self.strict);
    }

    /** Dialects are not picklable. Compare Dialect_reduce. */
    @ExposedMethod
    static PyObject __reduce__(PyObject self) {
        throw PyErr.typeError("cannot pickle '" + Types.shortName(self.type()) + "' instances");
    }

    @ExposedMethod
    static PyObject __reduce_ex__(PyObject self, PyObject proto) {
        return __reduce__(self);
    }
}
