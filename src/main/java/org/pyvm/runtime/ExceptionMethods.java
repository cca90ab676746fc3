package org.pyvm.runtime;

/** The methods of BaseException. Compare CPython Objects/exceptions.c: BaseException_*. */
final class ExceptionMethods {

    private ExceptionMethods() {}

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        PyObject[] pos = java.util.Arrays.copyOf(args, args.length - nkw);
        if (cls.javaClass != PyBaseException.class && !PyBaseException.class.isAssignableFrom(cls.javaClass)) {
            throw PyErr.typeError(cls.getName() + " is not a subtype of BaseException");
        }
        if (nkw > 0 && cls.isSubtypeOf(PyExc.OSError) && !PyExc.OSErrorMethods.useInit(cls)) {
            // OSError_new parses the arguments itself unless __init__ will (oserror_use_init).
            throw PyErr.typeError(cls.getName() + "() takes no keyword arguments");
        }
        if (cls == PyExc.OSError && pos.length >= 2 && pos[0] instanceof PyInt errno) {
            cls = PyExc.errnoType((int) errno.value);
        }
        if (PyExc.OSErrorMethods.useInit(cls)) {
            // Its __init__ parses (OSError_new: args stay empty until then).
            return new PyBaseException(cls, PyTuple.EMPTY, false);
        }
        PyBaseException e = new PyBaseException(cls, PyTuple.of(pos));
        if (PyExc.hasInitMember(cls)) {
            // NULL in CPython until __init__ runs (a subclass may not call it): reads None.
            e.initMember = PyNone.NONE;
        }
        return e;
    }

    /** Keyword arguments some builtin exceptions accept (name=, obj=, path=). Compare exceptions.c. */
    private static boolean acceptsKeyword(PyType t, String k) {
        if (t.isSubtypeOf(PyExc.AttributeError)) {
            return k.equals("name") || k.equals("obj");
        }
        if (t.isSubtypeOf(PyExc.NameError)) {
            return k.equals("name");
        }
        if (t.isSubtypeOf(PyExc.ImportError)) {
            return k.equals("name") || k.equals("path");
        }
        return false;
    }

    /** The builtin whose __init__ takes keywords (its name is in the error message), or null. */
    private static String keywordFamily(PyType t) {
        if (t.isSubtypeOf(PyExc.AttributeError)) {
            return "AttributeError";
        }
        if (t.isSubtypeOf(PyExc.NameError)) {
            return "NameError";
        }
        if (t.isSubtypeOf(PyExc.ImportError)) {
            return "ImportError";
        }
        return null;
    }

    @ExposedMethod
    static void __init__(PyBaseException self, PyObject[] args, String[] kw) {
        int nkw0 = kw == null ? 0 : kw.length;
        for (int k = 0; k < nkw0; k++) {
            PyType builtin = self.type();
            while (builtin.isHeapType()) {
                builtin = builtin.getBase();
            }
            if (acceptsKeyword(builtin, kw[k])) {
                self.getDict().setStr(kw[k], args[args.length - nkw0 + k]);
            } else if (keywordFamily(builtin) != null) {
                // ImportError_init, AttributeError_init, NameError_init parse "|$OO:ImportError"
                String fam = keywordFamily(builtin);
                int max = fam.equals("NameError") ? 1 : 2;
                if (nkw0 > max) {
                    throw PyErr.typeError(fam + "() takes at most " + max + " keyword argument" + (max == 1 ? "" : "s")
                        + " (" + nkw0 + " given)");
                }
                throw PyErr.typeError("'" + kw[k] + "' is an invalid keyword argument for " + fam + "()");
            } else if (!self.type().isHeapType() || builtin.getBase() != null) {
                if (builtin == PyExc.BaseException || builtin == PyExc.Exception || !self.type().isHeapType()) {
                    throw PyErr.typeError(self.type().getName() + "() takes no keyword arguments");
                }
                throw PyErr.typeError(builtin.getName() + "() got an unexpected keyword argument '" + kw[k] + "'");
            }
        }
        int nkw = kw == null ? 0 : kw.length;
        self.args = PyTuple.of(java.util.Arrays.copyOf(args, args.length - nkw));
    }

    @ExposedMethod
    static PyObject __str__(PyBaseException self) {
        return switch (self.args.size()) {
            case 0 -> PyStr.EMPTY;
            case 1 -> Abstract.str(self.args.get(0));
            default -> Abstract.str(self.args);
        };
    }

    @ExposedMethod
    static String __repr__(PyBaseException self) {
        String name = self.type().getName();
        if (self.args.size() == 1) {
            return name + "(" + Abstract.repr(self.args.get(0)) + ")";
        }
        return name + Abstract.repr(self.args);
    }

    /** Compare exceptions.c: BaseException_get_dict, BaseException_set_dict. */
    @ExposedGetter(setter = "setDict")
    static PyObject __dict__(PyBaseException self) {
        return self.getDict();
    }

    static void setDict(PyBaseException self, PyObject value) {
        if (value == null) {
            throw PyErr.typeError("__dict__ may not be deleted");
        }
        if (!(value instanceof PyDict d)) {
            throw PyErr.typeError("__dict__ must be a dictionary");
        }
        self.setDict(d);
    }

    @ExposedGetter
    static PyObject args(PyBaseException self) {
        return self.args;
    }

    @ExposedGetter
    static PyObject __traceback__(PyBaseException self) {
        return self.traceback == null ? PyNone.NONE : self.traceback;
    }

    @ExposedGetter
    static PyObject __cause__(PyBaseException self) {
        return self.cause == null ? PyNone.NONE : self.cause;
    }

    @ExposedGetter
    static PyObject __context__(PyBaseException self) {
        return self.context == null ? PyNone.NONE : self.context;
    }

    @ExposedGetter
    static PyObject __suppress_context__(PyBaseException self) {
        return PyBool.of(self.suppressContext);
    }

    @ExposedMethod
    static PyObject with_traceback(PyBaseException self, PyObject tb) {
        self.traceback = tb instanceof PyTraceback t ? t : null;
        return self;
    }

    /** Compare exceptions.c: BaseException_reduce (and its subclasses' overrides). */
    @ExposedMethod
    static PyObject __reduce__(PyBaseException self) {
        return ExceptionPickling.reduce(self);
    }

    @ExposedMethod
    static PyObject __setstate__(PyBaseException self, PyObject state) {
        ExceptionPickling.setstate(self, state);
        return PyNone.NONE;
    }

    @ExposedMethod
    static void add_note(PyBaseException self, PyObject note) {
        if (!(note instanceof PyStr)) {
            throw PyErr.typeError("note must be a str, not '" + note.type().getName() + "'");
        }
        PyObject notes = self.getDict().getStr("__notes__");
        if (notes == null) {
            notes = new PyList();
            self.getDict().setStr("__notes__", notes);
        }
        if (!(notes instanceof PyList l)) {
            throw PyErr.typeError("Cannot add note: __notes__ is not a list");
        }
        l.append(note);
    }

    /**
     * Setting the special attributes; everything else goes to the instance dict.
     * Compare exceptions.c: BaseException_getset.
     */
    static boolean setSpecial(PyBaseException self, String name, PyObject v) {
        if (v == null && (name.equals("args") || name.equals("__traceback__") || name.equals("__cause__")
            || name.equals("__context__"))) {
            // Compare exceptions.c: BaseException_set_args, _set_tb, _set_cause, _set_context.
            throw PyErr.typeError(name + " may not be deleted");
        }
        switch (name) {
            case "args" -> self.args = v == null ? PyTuple.EMPTY : PyTuple.of(Abstract.toArray(v));
            case "__traceback__" -> {
                if (v != null && v != PyNone.NONE && !(v instanceof PyTraceback)) {
                    throw PyErr.typeError("__traceback__ must be a traceback or None");
                }
                self.traceback = v instanceof PyTraceback t ? t : null;
            }
            case "__cause__" -> {
                if (v != null && v != PyNone.NONE && !(v instanceof PyBaseException)) {
                    throw PyErr.typeError("exception cause must be None or derive from BaseException");
                }
                self.cause = v instanceof PyBaseException b ? b : null;
                self.suppressContext = true;
            }
            case "__context__" -> {
                if (v != null && v != PyNone.NONE && !(v instanceof PyBaseException)) {
                    throw PyErr.typeError("exception context must be None or derive from BaseException");
                }
                self.context = v instanceof PyBaseException b ? b : null;
            }
            case "__suppress_context__" -> self.suppressContext = v != null && Abstract.isTrue(v);
            default -> {
                return false;
            }
        }
        return true;
    }
}
