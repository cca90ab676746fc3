package org.pyvm.modules.sqlite3;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyNotImplemented;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PySlice;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * sqlite3.Row: a row indexable by position and by case-insensitive column name. Compare
 * CPython 3.12 Modules/_sqlite/row.c.
 */
final class RowObject implements PyObject, HasDict {

    static final PyType TYPE = Types.finish(Types.builtin("sqlite3", "Row", RowObject.class, RowObject.class));

    private final PyType type;
    private PyDict dict;
    PyTuple data;
    PyObject description;

    private RowObject(PyType type) {
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

    /** Row(cursor, data, /). Compare row.c: pysqlite_row_new. */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        Args.noKeywords("Row", kw);
        if (args.length != 2) {
            throw PyErr.typeError("Row expected 2 arguments, got " + args.length);
        }
        if (!(args[0] instanceof CursorObject c)) {
            throw PyErr.typeError("Row() argument 1 must be sqlite3.Cursor, not " + SqliteModule.badArgName(args[0]));
        }
        if (!(args[1] instanceof PyTuple t)) {
            throw PyErr.typeError("Row() argument 2 must be tuple, not " + SqliteModule.badArgName(args[1]));
        }
        RowObject r = new RowObject(cls);
        r.data = t;
        r.description = c.description;
        return r;
    }

    private static RowObject self(PyObject o) {
        return (RowObject) o;
    }

    /** Compare row.c: equal_ignore_case. */
    private static boolean equalIgnoreCase(PyObject left, PyObject right) {
        if (org.pyvm.runtime.Ops.eqBool(left, right)) {
            return true;
        }
        if (!(left instanceof PyStr l) || !(right instanceof PyStr r)) {
            return false;
        }
        String a = l.value(), b = r.value();
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x >= 0x80 || y >= 0x80) {
                return false;
            }
            if (Character.toLowerCase(x) != Character.toLowerCase(y)) {
                return false;
            }
        }
        return true;
    }

    /** Compare row.c: pysqlite_row_subscript. */
    @ExposedMethod
    static PyObject __getitem__(PyObject self, PyObject idx) {
        RowObject r = self(self);
        if (idx instanceof PyStr) {
            if (r.description != PyNone.NONE) {
                long n = Abstract.len(r.description);
                for (int i = 0; i < n; i++) {
                    PyObject d = Abstract.getItem(r.description, org.pyvm.runtime.PyInt.of(i));
                    PyObject name = Abstract.getItem(d, org.pyvm.runtime.PyInt.of(0));
                    if (equalIgnoreCase(idx, name)) {
                        return Abstract.getItem(r.data, org.pyvm.runtime.PyInt.of(i));
                    }
                }
            }
            throw PyErr.indexError("No item with that key");
        }
        if (Abstract.hasIndex(idx) || idx instanceof PySlice) {
            return Abstract.getItem(r.data, idx);
        }
        throw PyErr.indexError("Index must be int or string");
    }

    @ExposedMethod
    static long __len__(PyObject self) {
        return self(self).data.size();
    }

    @ExposedMethod
    static PyObject __iter__(PyObject self) {
        return Abstract.iter(self(self).data);
    }

    @ExposedMethod
    static PyObject keys(PyObject self) {
        RowObject r = self(self);
        PyList out = new PyList();
        if (r.description != PyNone.NONE) {
            long n = Abstract.len(r.description);
            for (int i = 0; i < n; i++) {
                PyObject d = Abstract.getItem(r.description, org.pyvm.runtime.PyInt.of(i));
                out.append(Abstract.getItem(d, org.pyvm.runtime.PyInt.of(0)));
            }
        }
        return out;
    }

    @ExposedMethod
    static long __hash__(PyObject self) {
        RowObject r = self(self);
        long h = Abstract.hash(r.description) ^ Abstract.hash(r.data);
        return h == -1 ? -2 : h;
    }

    private static PyObject compare(PyObject self, PyObject other, boolean eq) {
        if (!(other instanceof RowObject o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        RowObject r = self(self);
        boolean same = org.pyvm.runtime.Ops.eqBool(r.description, o.description)
            && org.pyvm.runtime.Ops.eqBool(r.data, o.data);
        return PyBool.of(eq == same);
    }

    @ExposedMethod
    static PyObject __eq__(PyObject self, PyObject other) {
        return compare(self, other, true);
    }

    @ExposedMethod
    static PyObject __ne__(PyObject self, PyObject other) {
        return compare(self, other, false);
    }

    @ExposedMethod
    static PyObject __lt__(PyObject self, PyObject other) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __le__(PyObject self, PyObject other) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __gt__(PyObject self, PyObject other) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __ge__(PyObject self, PyObject other) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }
}
