package org.pyvm.modules.csv;

import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The _csv module: reader, writer, Dialect, the dialect registry, field_size_limit and
 * Error, as csv.py uses them. Compare CPython 3.12 Modules/_csv.c.
 */
public final class CsvModule {

    private CsvModule() {}

    /** The largest field the reader accepts (field_size_limit), reset with each new module. */
    static long fieldLimit = 128 * 1024;

    public static PyModule create() {
        PyModule m = new PyModule("_csv");
        m.addFunctions(CsvModule.class);
        PyDict d = m.getDict();
        d.setStr("__version__", PyStr.of("1.0"));
        d.setStr("__doc__", PyStr.of(DOC));
        String[] names = {"QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "QUOTE_STRINGS",
            "QUOTE_NOTNULL"};
        for (int i = 0; i < names.length; i++) {
            d.setStr(names[i], PyInt.of(i));
        }
        d.setStr("Dialect", DialectObject.TYPE);
        d.setStr("Reader", ReaderObject.TYPE);
        d.setStr("Writer", WriterObject.TYPE);
        d.setStr("_dialects", new PyDict());
        PyDict ns = new PyDict();
        ns.setStr("__module__", PyStr.of("_csv"));
        d.setStr("Error", Abstract.call(PyType.TYPE, PyStr.of("Error"), PyTuple.of(PyExc.Exception), ns));
        fieldLimit = 128 * 1024;
        return m;
    }

    private static PyDict module() {
        return PyRuntime.builtinModule("_csv").getDict();
    }

    static PyBaseException error(String msg) {
        return PyErr.of((PyType) module().getStr("Error"), msg);
    }

    private static PyDict dialects() {
        return (PyDict) module().getStr("_dialects");
    }

    /** The registered dialect NAME, or Error "unknown dialect". Compare get_dialect_from_registry. */
    static PyObject registered(PyObject name) {
        PyObject d = dialects().get(name);
        if (d == null) {
            throw error("unknown dialect");
        }
        return d;
    }

    /** PyArg_UnpackTuple(args, "", min, max) with keyword arguments kept for the dialect. */
    private static int positional(PyObject[] args, String[] kw, int min, int max) {
        int n = args.length - Args.nkw(kw);
        if (n < min) {
            throw PyErr.typeError(" expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            throw PyErr.typeError(" expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
        }
        return n;
    }

    /** Dialect(dialect, **kwargs) from a call's trailing arguments. Compare _call_dialect. */
    private static DialectObject dialectOf(PyObject[] args, String[] kw, int npos, int at) {
        int nkw = Args.nkw(kw);
        PyObject[] a = new PyObject[(npos > at ? 1 : 0) + nkw];
        int k = 0;
        if (npos > at) {
            a[k++] = args[at];
        }
        System.arraycopy(args, npos, a, k, nkw);
        return (DialectObject) DialectObject.make(DialectObject.TYPE, a, nkw == 0 ? null : kw);
    }

    /** reader(iterable, dialect='excel', **fmtparams). Compare csv_reader. */
    @ExposedMethod
    static PyObject reader(PyObject[] args, String[] kw) {
        int n = positional(args, kw, 1, 2);
        PyObject it = Abstract.iter(args[0]);
        return new ReaderObject(it, dialectOf(args, kw, n, 1));
    }

    /** writer(fileobj, dialect='excel', **fmtparams). Compare csv_writer. */
    @ExposedMethod
    static PyObject writer(PyObject[] args, String[] kw) {
        int n = positional(args, kw, 1, 2);
        PyObject write = Abstract.lookupAttr(args[0], "write");
        if (write == null || !(write instanceof org.pyvm.runtime.Callable || write instanceof PyType
            || write.type().slot(org.pyvm.runtime.Slot.CALL) != null)) {
            throw PyErr.typeError("argument 1 must have a \"write\" method");
        }
        return new WriterObject(write, dialectOf(args, kw, n, 1));
    }

    @ExposedMethod
    static PyObject register_dialect(PyObject[] args, String[] kw) {
        int n = positional(args, kw, 1, 2);
        if (!(args[0] instanceof PyStr)) {
            throw PyErr.typeError("dialect name must be a string");
        }
        DialectObject d = dialectOf(args, kw, n, 1);
        dialects().setItem(args[0], d);
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject unregister_dialect(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("unregister_dialect", args, kw, 1, 1, "name");
        if (dialects().get(a[0]) == null) {
            throw error("unknown dialect");
        }
        dialects().delItem(a[0]);
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject get_dialect(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("get_dialect", args, kw, 1, 1, "name");
        return registered(a[0]);
    }

    @ExposedMethod
    static PyObject list_dialects() {
        PyList out = new PyList();
        PyDict d = dialects();
        for (int pos = d.nextEntry(0); pos >= 0; pos = d.nextEntry(pos + 1)) {
            out.append(d.keyAt(pos));
        }
        return out;
    }

    /** field_size_limit([new_limit]): the old limit. Compare _csv_field_size_limit_impl. */
    @ExposedMethod
    static PyObject field_size_limit(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("field_size_limit", args, kw, 0, 1, "new_limit");
        long old = fieldLimit;
        if (a[0] != null) {
            if (a[0].type() != PyInt.TYPE) {
                throw PyErr.typeError("limit must be an integer");
            }
            PyInt v = (PyInt) a[0];
            if (v.isBig()) {
                throw PyErr.overflowError("Python int too large to convert to C long");
            }
            fieldLimit = v.longValue();
        }
        return PyInt.of(old);
    }

    private static final String DOC = "CSV parsing and writing.\n";
}
