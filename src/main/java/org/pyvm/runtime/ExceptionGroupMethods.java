package org.pyvm.runtime;

/**
 * BaseExceptionGroup and ExceptionGroup: message, exceptions, subgroup, split, derive.
 * The group's args are (message, exceptions-tuple... as given). Compare CPython
 * Objects/exceptions.c: BaseExceptionGroup_new, exceptiongroup_split_recursive.
 */
final class ExceptionGroupMethods {

    private ExceptionGroupMethods() {}

    static PyObject message(PyBaseException self) {
        return self.args.size() > 0 ? self.args.get(0) : PyStr.EMPTY;
    }

    static PyTuple exceptions(PyBaseException self) {
        PyObject v = self.getDict().getStr("__exceptions__");
        return v instanceof PyTuple t ? t : PyTuple.EMPTY;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        if (args.length != 2) {
            throw PyErr.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + args.length + " given)");
        }
        if (!(args[0] instanceof PyStr)) {
            throw PyErr.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + args[0].type().getName());
        }
        PyObject seq = args[1];
        if (!(seq instanceof PyList || seq instanceof PyTuple) && seq.type().slot(Slot.GETITEM) == null) {
            throw PyErr.typeError("second argument (exceptions) must be a sequence");
        }
        PyObject[] excs = Abstract.toArray(seq);
        if (excs.length == 0) {
            throw PyErr.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean allExceptions = true;
        for (int i = 0; i < excs.length; i++) {
            if (!(excs[i] instanceof PyBaseException e)) {
                throw PyErr.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            allExceptions &= e.matches(PyExc.Exception);
        }
        PyType t = cls;
        if (cls == PyExc.BaseExceptionGroup && allExceptions) {
            t = PyExc.ExceptionGroup;
        } else if (cls.isSubtypeOf(PyExc.Exception) && !allExceptions) {
            throw PyErr.typeError(cls == PyExc.ExceptionGroup ? "Cannot nest BaseExceptions in an ExceptionGroup"
                : "Cannot nest BaseExceptions in '" + cls.getName() + "'");
        }
        PyBaseException g = new PyBaseException(t, PyTuple.of(args[0], seq));
        g.getDict().setStr("__exceptions__", PyTuple.of(excs));
        return g;
    }

    @ExposedMethod
    static void __init__(PyBaseException self, PyObject[] args, String[] kw) {
        // The arguments were taken by __new__.
    }

    @ExposedMethod
    static PyObject __str__(PyBaseException self) {
        int n = exceptions(self).size();
        return PyStr.of(message(self) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")");
    }

    @ExposedMethod
    static String __repr__(PyBaseException self) {
        return self.type().getName() + "(" + Abstract.repr(message(self)) + ", " + Abstract.repr(self.args.get(1)) + ")";
    }

    @ExposedGetter(name = "message", member = true)
    static PyObject message_(PyBaseException self) {
        return message(self);
    }

    @ExposedGetter(name = "exceptions", member = true)
    static PyObject exceptions_(PyBaseException self) {
        return exceptions(self);
    }

    /** Whether E matches CONDITION: an exception type, a tuple of them, or a predicate. */
    private static boolean matches(PyBaseException e, PyObject condition) {
        if (condition instanceof PyType || condition instanceof PyTuple) {
            return Abstract.isInstance(e, condition);
        }
        return Abstract.isTrue(Abstract.call(condition, e));
    }

    private static void checkCondition(PyObject condition) {
        if (condition instanceof PyType t && t.isSubtypeOf(PyExc.BaseException)) {
            return;
        }
        if (condition instanceof PyTuple tu) {
            for (PyObject o : tu.items()) {
                if (!(o instanceof PyType t) || !t.isSubtypeOf(PyExc.BaseException)) {
                    throw PyErr.typeError("expected an exception type, a tuple of exception types, or a callable (other than a class)");
                }
            }
            return;
        }
        if (condition instanceof PyType || !(condition instanceof Callable || condition.type().slot(Slot.CALL) != null)) {
            throw PyErr.typeError("expected an exception type, a tuple of exception types, or a callable (other than a class)");
        }
    }

    /** {match, rest} (either may be null). Compare exceptions.c: exceptiongroup_split_recursive. */
    private static PyBaseException[] split(PyBaseException self, PyObject condition, boolean wantRest) {
        CRecursion depth = CRecursion.enter(" in exceptiongroup_split_recursive");
        try {
            return splitRecursive(self, condition, wantRest);
        } finally {
            CRecursion.leave(depth);
        }
    }

    private static PyBaseException[] splitRecursive(PyBaseException self, PyObject condition, boolean wantRest) {
        if (matches(self, condition)) {
            return new PyBaseException[] {self, null};
        }
        if (!self.matches(PyExc.BaseExceptionGroup)) {
            return new PyBaseException[] {null, self};
        }
        java.util.List<PyObject> match = new java.util.ArrayList<>();
        java.util.List<PyObject> rest = new java.util.ArrayList<>();
        for (PyObject o : exceptions(self).items()) {
            PyBaseException[] r = split((PyBaseException) o, condition, wantRest);
            if (r[0] != null) {
                match.add(r[0]);
            }
            if (r[1] != null) {
                rest.add(r[1]);
            }
        }
        return new PyBaseException[] {derived(self, match), wantRest ? derived(self, rest) : null};
    }

    private static PyBaseException derived(PyBaseException self, java.util.List<PyObject> excs) {
        if (excs.isEmpty()) {
            return null;
        }
        PyObject d = Abstract.call(Abstract.getAttr(self, "derive"), new PyList(excs));
        if (!(d instanceof PyBaseException g) || !g.matches(PyExc.BaseExceptionGroup)) {
            throw PyErr.typeError("derive must return an instance of BaseExceptionGroup");
        }
        g.traceback = self.traceback;
        g.cause = self.cause;
        g.context = self.context;
        g.suppressContext = self.suppressContext;
        // Each part gets its own copy of a sequence of notes; anything else is not copied.
        // Compare exceptions.c: exceptiongroup_subset.
        PyObject notes = Abstract.lookupAttr(self, "__notes__");
        if (notes != null && notes.type().slot(Slot.GETITEM) != null && !(notes instanceof PyDict)) {
            Abstract.setAttr(g, "__notes__", new PyList(Abstract.toArray(notes)));
        }
        return g;
    }

    @ExposedMethod
    static PyObject subgroup(PyBaseException self, PyObject condition) {
        checkCondition(condition);
        PyBaseException m = split(self, condition, false)[0];
        return m == null ? PyNone.NONE : m;
    }

    @ExposedMethod(name = "split")
    static PyObject split_(PyBaseException self, PyObject condition) {
        checkCondition(condition);
        PyBaseException[] r = split(self, condition, true);
        return PyTuple.of(r[0] == null ? PyNone.NONE : r[0], r[1] == null ? PyNone.NONE : r[1]);
    }

    @ExposedMethod
    static PyObject derive(PyBaseException self, PyObject excs) {
        return Abstract.call(PyExc.BaseExceptionGroup, message(self), excs);
    }
}
