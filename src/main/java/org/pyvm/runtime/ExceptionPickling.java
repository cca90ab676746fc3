package org.pyvm.runtime;

/**
 * BaseException.__reduce__ and __setstate__ and the overrides of ImportError, AttributeError
 * and OSError, as CPython's Objects/exceptions.c writes them (BaseException_reduce,
 * BaseException_setstate, ImportError_reduce/getstate, AttributeError_reduce/getstate,
 * OSError_reduce). pyvm keeps some attributes that CPython holds in C struct members in
 * the instance dict (ImportError's name/path, AttributeError's name/obj, SyntaxError's and
 * UnicodeError's fields); they are left out of the pickled state here, since CPython's
 * self->dict does not hold them.
 */
final class ExceptionPickling {

    private ExceptionPickling() {}

    private static final String[] SYNTAX_FIELDS = {"msg", "filename", "lineno", "offset", "text", "end_lineno",
        "end_offset", "print_file_and_line"};
    private static final String[] UNICODE_FIELDS = {"encoding", "object", "start", "end", "reason"};

    /** The instance dict as CPython's self->dict would be (null when there is none or it is empty). */
    private static PyDict userDict(PyBaseException self) {
        PyObject d0 = self.peekDict();
        if (!(d0 instanceof PyDict d) || d.size() == 0) {
            return null;
        }
        PyType t = self.type();
        String[] internal;
        if (t.isSubtypeOf(PyExc.ImportError)) {
            internal = new String[] {"name", "path", "name_from"};
        } else if (t.isSubtypeOf(PyExc.AttributeError)) {
            internal = new String[] {"name", "obj"};
        } else if (t.isSubtypeOf(PyExc.NameError)) {
            internal = new String[] {"name"};
        } else if (t.isSubtypeOf(PyExc.SyntaxError)) {
            internal = SYNTAX_FIELDS;
        } else if (t.isSubtypeOf(PyExc.UnicodeError)) {
            internal = UNICODE_FIELDS;
        } else if (t.isSubtypeOf(PyExc.BaseExceptionGroup)) {
            internal = new String[] {"__exceptions__"};
        } else {
            return d;
        }
        PyDict copy = null;
        for (String k : internal) {
            if (d.getStr(k) != null) {
                if (copy == null) {
                    copy = d.copy();
                }
                copy.delItem(PyStr.of(k));
            }
        }
        PyDict r = copy == null ? d : copy;
        return r.size() == 0 ? null : r;
    }

    static PyObject reduce(PyBaseException self) {
        PyType t = self.type();
        PyObject args = self.args;
        if (t.isSubtypeOf(PyExc.ImportError)) {
            // ImportError_getstate: the dict plus name, path and name_from when set.
            PyDict d = userDict(self);
            PyDict state = d == null ? new PyDict() : d.copy();
            PyDict own = self.peekDict() instanceof PyDict od ? od : null;
            for (String k : new String[] {"name", "path", "name_from"}) {
                PyObject v = own == null ? null : own.getStr(k);
                if (v != null && v != PyNone.NONE) {
                    state.setStr(k, v);
                }
            }
            return state.size() == 0 ? PyTuple.of(t, args) : PyTuple.of(t, args, state);
        }
        if (t.isSubtypeOf(PyExc.AttributeError)) {
            // AttributeError_getstate: the dict plus name (when set) and args, always.
            PyDict d = userDict(self);
            PyDict state = d == null ? new PyDict() : d.copy();
            PyDict own = self.peekDict() instanceof PyDict od ? od : null;
            PyObject name = own == null ? null : own.getStr("name");
            if (name != null && name != PyNone.NONE) {
                state.setStr("name", name);
            }
            state.setStr("args", args);
            return PyTuple.of(t, args, state);
        }
        PyObject[] files;
        if (t.isSubtypeOf(PyExc.OSError) && self.args.size() == 2
            && (files = PyExc.OSErrorMethods.reduceFields(self)) != null) {
            // OSError_reduce: (errno, strerror, filename[, winerror None, filename2]).
            args = files[1] != null
                ? PyTuple.of(self.args.get(0), self.args.get(1), files[0], PyNone.NONE, files[1])
                : PyTuple.of(self.args.get(0), self.args.get(1), files[0]);
        }
        PyDict d = userDict(self);
        return d == null ? PyTuple.of(t, args) : PyTuple.of(t, args, d);
    }

    /** Sets each item of STATE as an attribute. Compare exceptions.c: BaseException_setstate. */
    static void setstate(PyBaseException self, PyObject state) {
        if (state == PyNone.NONE) {
            return;
        }
        if (!(state instanceof PyDict d)) {
            throw PyErr.typeError("state is not a dictionary");
        }
        for (int pos = d.nextEntry(0); pos >= 0; pos = d.nextEntry(pos + 1)) {
            PyObject k = d.keyAt(pos);
            if (!(k instanceof PyStr ks)) {
                throw PyErr.typeError("attribute name must be string, not '" + k.type().getName() + "'");
            }
            Abstract.setAttr(self, ks, d.valueAt(pos));
        }
    }
}
