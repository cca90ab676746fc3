package org.pyvm.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The run-time half of {@code except*}: matching an exception (group) against a clause,
 * and combining what the clauses raised and re-raised at the end. Compare CPython
 * Python/ceval.c: exception_group_match and Objects/exceptions.c: _PyExc_PrepReraiseStar.
 */
public final class ExceptionGroups {

    private ExceptionGroups() {}

    /** {match, rest}, each an exception or None. */
    public static PyObject[] match(PyObject exc, PyObject type, PyFrame frame) {
        if (exc == PyNone.NONE) {
            return new PyObject[] {PyNone.NONE, PyNone.NONE};
        }
        PyBaseException e = (PyBaseException) exc;
        if (Abstract.isInstance(e, type)) {
            if (e.matches(PyExc.BaseExceptionGroup)) {
                return new PyObject[] {e, PyNone.NONE};
            }
            // A naked exception is wrapped in a group for the handler.
            PyBaseException wrapped = (PyBaseException) Abstract.call(PyExc.BaseExceptionGroup, PyStr.EMPTY,
                PyTuple.of(e));
            wrapped.traceback = frame == null ? null : new PyTraceback(null, frame, frame.lasti());
            return new PyObject[] {wrapped, PyNone.NONE};
        }
        if (e.matches(PyExc.BaseExceptionGroup)) {
            PyObject pair = Abstract.call(Abstract.getAttr(e, "split"), type);
            return new PyObject[] {((PyTuple) pair).get(0), ((PyTuple) pair).get(1)};
        }
        return new PyObject[] {PyNone.NONE, e};
    }

    private static void leaves(PyBaseException e, Set<PyBaseException> out) {
        if (e.matches(PyExc.BaseExceptionGroup)) {
            for (PyObject o : ExceptionGroupMethods.exceptions(e).items()) {
                leaves((PyBaseException) o, out);
            }
        } else {
            out.add(e);
        }
    }

    /** Whether E is ORIG re-raised (or a part of it): same metadata objects. */
    private static boolean sameMetadata(PyBaseException a, PyBaseException b) {
        return a.getDict().getStr("__notes__") == b.getDict().getStr("__notes__") && a.traceback == b.traceback
            && a.cause == b.cause && a.context == b.context;
    }

    /** Compare exceptions.c: _PyExc_PrepReraiseStar. */
    public static PyObject prepReraiseStar(PyObject orig, PyList excs) {
        if (excs.size() == 0) {
            return PyNone.NONE;
        }
        if (!(orig instanceof PyBaseException o) || !o.matches(PyExc.BaseExceptionGroup)) {
            return excs.get(0);
        }
        List<PyObject> raised = new ArrayList<>();
        List<PyBaseException> reraised = new ArrayList<>();
        for (PyObject x : excs.toArray()) {
            if (x == PyNone.NONE) {
                continue;
            }
            PyBaseException e = (PyBaseException) x;
            if (sameMetadata(e, o)) {
                reraised.add(e);
            } else {
                raised.add(e);
            }
        }
        PyObject reraisedEg = PyNone.NONE;
        if (!reraised.isEmpty()) {
            Set<PyBaseException> keep = Collections.newSetFromMap(new IdentityHashMap<>());
            for (PyBaseException e : reraised) {
                leaves(e, keep);
            }
            PyObject pred = new Predicate(keep);
            PyObject pair = Abstract.call(Abstract.getAttr(o, "split"), pred);
            reraisedEg = ((PyTuple) pair).get(0);
        }
        if (raised.isEmpty()) {
            return reraisedEg;
        }
        if (reraisedEg != PyNone.NONE) {
            raised.add(reraisedEg);
        }
        if (raised.size() == 1) {
            return raised.get(0);
        }
        return Abstract.call(PyExc.BaseExceptionGroup, PyStr.EMPTY, new PyList(raised));
    }

    /** The split predicate "is one of these leaf exceptions". */
    private static final class Predicate implements PyObject, Callable {
        private final Set<PyBaseException> keep;

        Predicate(Set<PyBaseException> keep) {
            this.keep = keep;
        }

        @Override
        public PyType type() {
            return BoundJavaMethod.TYPE;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            PyBaseException e = (PyBaseException) args[0];
            if (e.matches(PyExc.BaseExceptionGroup)) {
                return PyBool.FALSE;
            }
            return PyBool.of(keep.contains(e));
        }
    }
}
