package org.pyvm.modules.testcapi;

import java.util.List;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.CodeRunner;
import org.pyvm.runtime.ExceptionGroups;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTraceback;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.Unraisable;

/**
 * _testcapi's error functions of test_capi.test_exceptions: setting the raised exception
 * (PyErr_SetRaisedException, PyErr_Restore with a type, value and traceback, PyErr_SetObject
 * with its normalisation, PyErr_SetString, PyErr_SetFromErrnoWithFilename), the handled one
 * (PyErr_SetHandledException, PyErr_SetExcInfo, through {@link CodeRunner#setHandledException}),
 * PyErr_WriteUnraisable and PyUnstable_Exc_PrepReraiseStar (the except* machinery's
 * {@link ExceptionGroups#prepReraiseStar}). None stands for C's NULL. Not offered: fatal_error
 * (Py_FatalError's dump of the C-level state). Compare CPython Modules/_testcapi/exceptions.c
 * and Python/errors.c.
 */
final class ExceptionFunctions {

    private ExceptionFunctions() {}

    static void addTo(PyModule m) {
        m.addFunctions(ExceptionFunctions.class);
    }

    private static boolean isExceptionClass(PyObject o) {
        return o instanceof PyType t && t.isSubtypeOf(PyExc.BaseException);
    }

    /** _PyErr_CreateException: TYPE called with no arguments (NULL, None), the tuple's, or VALUE. */
    private static PyBaseException create(PyObject type, PyObject value) {
        PyObject exc;
        if (value == null || value == PyNone.NONE) {
            exc = Abstract.call(type);
        } else if (value instanceof PyTuple t) {
            exc = Abstract.call(type, t.toArray(), null);
        } else {
            exc = Abstract.call(type, value);
        }
        if (!(exc instanceof PyBaseException e)) {
            throw PyErr.typeError("calling " + Abstract.repr(type) + " should have returned an instance of "
                + "BaseException, not " + exc.type().getName());
        }
        return e;
    }

    /**
     * The exception PyErr_SetObject(TYPE, VALUE) raises: VALUE itself when it is an instance
     * of TYPE, else TYPE made from it; when making it fails, that failure, with a note
     * naming the type and the value. Compare errors.c: _PyErr_SetObject.
     */
    private static PyBaseException setObject(PyObject type, PyObject value) {
        if (!isExceptionClass(type)) {
            return PyErr.of(PyExc.SystemError, "_PyErr_SetObject: exception " + Abstract.repr(type)
                + " is not a BaseException subclass");
        }
        if (value instanceof PyBaseException e) {
            if (Abstract.isSubclass(e.type(), type)) {
                return e;
            }
            return create(type, value);
        }
        try {
            return create(type, value);
        } catch (PyBaseException failure) {
            String args;
            try {
                args = Abstract.repr(value == null ? PyNone.NONE : value).value();
            } catch (PyBaseException reprFailed) {
                args = "<unknown>";
            }
            PyObject note = PyStr.of("Normalization failed: type=" + ((PyType) type).getName() + " args=" + args);
            try {
                Abstract.call(Abstract.getAttr(failure, "add_note"), note);
            } catch (PyBaseException ignored) {
                // errors in adding the note give way to the failure itself, as in C
            }
            return failure;
        }
    }

    /** fatal_error(message: bytes, release_gil: bool): Py_FatalError, which never returns. */
    @ExposedMethod
    static PyObject fatal_error(PyObject[] args, String[] kw) {
        List<PyObject> a = GetArgs.parseTuple(args, "y|p:fatal_error");
        String message = new String(((org.pyvm.runtime.PyBytes) a.get(0)).bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        org.pyvm.modules.faulthandler.FaulthandlerModule.fatalError("_testcapi_fatal_error_impl", message);
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject err_set_raised(PyObject exc) {
        if (!(exc instanceof PyBaseException e)) {
            throw PyErr.of(PyExc.SystemError, "pyvm: PyErr_SetRaisedException of a non-exception");
        }
        throw e;
    }

    /** PyErr_Restore(type, value, traceback): the exception normalised, TRACEBACK as its __traceback__. */
    @ExposedMethod
    static PyObject err_restore(PyObject[] args, String[] kw) {
        if (args.length < 1 || args.length > 3) {
            throw PyErr.typeError("wrong number of arguments");
        }
        PyObject type = args[0];
        PyObject value = args.length > 1 ? args[1] : null;
        PyObject tb = args.length > 2 ? args[2] : null;
        PyBaseException e = value instanceof PyBaseException v && v.type() == type ? v : create(type, value);
        if (tb != null && tb != PyNone.NONE) {
            if (!(tb instanceof PyTraceback t)) {
                throw PyErr.typeError("traceback must be a Traceback or None");
            }
            e.traceback = t;
        } else {
            e.traceback = null;
        }
        throw e;
    }

    @ExposedMethod
    static PyObject exc_set_object(PyObject type, PyObject value) {
        throw setObject(type, value);
    }

    /** PyErr_SetObject then PyErr_GetRaisedException: the exception that would be raised, returned. */
    @ExposedMethod
    static PyObject exc_set_object_fetch(PyObject type, PyObject value) {
        return setObject(type, value);
    }

    /** PyErr_SetString(exc, message): the C string decoded as UTF-8. */
    @ExposedMethod
    static PyObject err_setstring(PyObject[] args, String[] kw) {
        List<PyObject> a = GetArgs.parseTuple(args, "Oz#:err_setstring");
        PyObject msg = a.get(1) == PyNone.NONE ? PyNone.NONE
            : Abstract.call(Abstract.getAttr(a.get(1), "decode"), PyStr.of("utf-8"));
        throw setObject(a.get(0), msg);
    }

    /**
     * PyErr_SetFromErrnoWithFilename(exc, filename) after errno = ERRNO: EXC called with
     * (errno, strerror(errno)[, filename]), "Error" standing for the message of errno 0; the
     * file name decoded as os.fsdecode does.
     */
    @ExposedMethod
    static PyObject err_setfromerrnowithfilename(PyObject[] args, String[] kw) {
        List<PyObject> a = GetArgs.parseTuple(args, "iOz#:err_setfromerrnowithfilename");
        int errno = (int) ((PyInt) a.get(0)).longValue();
        PyObject exc = a.get(1);
        PyObject os = importModule("os");
        PyObject message = errno == 0 ? PyStr.of("Error") : Abstract.call(Abstract.getAttr(os, "strerror"), PyInt.of(errno));
        PyObject[] callArgs;
        if (a.get(2) == PyNone.NONE) {
            callArgs = new PyObject[] {PyInt.of(errno), message};
        } else {
            PyObject name = Abstract.call(Abstract.getAttr(os, "fsdecode"), a.get(2));
            callArgs = new PyObject[] {PyInt.of(errno), message, name};
        }
        throw setObject(exc, PyTuple.of(callArgs));
    }

    private static PyObject importModule(String name) {
        return Abstract.call(PyRuntime.builtins.getStr("__import__"), PyStr.of(name));
    }

    /** PyErr_WriteUnraisable(obj) with EXC raised: the unraisable hook gets it, a traceback of the caller's frame added. */
    @ExposedMethod
    static PyObject err_writeunraisable(PyObject exc, PyObject obj) {
        if (!(exc instanceof PyBaseException e)) {
            throw PyErr.of(PyExc.SystemError, "pyvm: PyErr_WriteUnraisable without an exception raised");
        }
        Unraisable.report(e, null, obj == PyNone.NONE ? null : obj);
        return PyNone.NONE;
    }

    /** PyErr_GetHandledException then PyErr_SetHandledException(exc): the one handled before. */
    @ExposedMethod
    static PyObject set_exception(PyObject exc) {
        CodeRunner r = CodeRunner.get();
        PyBaseException old = r.handledException();
        r.setHandledException(exc instanceof PyBaseException e ? e : null);
        if (old == null) {
            throw PyErr.of(PyExc.SystemError, "<built-in function set_exception> returned NULL without setting an "
                + "exception");
        }
        return old;
    }

    /** PyErr_GetExcInfo then PyErr_SetExcInfo(type, value, tb), which uses only the value: the old triple. */
    @ExposedMethod
    static PyObject set_exc_info(PyObject type, PyObject value, PyObject tb) {
        CodeRunner r = CodeRunner.get();
        PyBaseException old = r.handledException();
        r.setHandledException(value instanceof PyBaseException e ? e : null);
        if (old == null) {
            return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
        }
        return PyTuple.of(old.type(), old, old.traceback == null ? PyNone.NONE : old.traceback);
    }

    /**
     * PyUnstable_Exc_PrepReraiseStar(orig, excs): what an except* statement re-raises when
     * its clauses ended with EXCS (exceptions raised or re-raised, None for a clause that
     * raised nothing), ORIG being the group it caught (so it must have been raised).
     */
    @ExposedMethod
    static PyObject unstable_exc_prep_reraise_star(PyObject orig, PyObject excs) {
        if (!(orig instanceof PyBaseException o)) {
            throw PyErr.typeError("orig must be an exception instance");
        }
        if (!(excs instanceof PyList list)) {
            throw PyErr.typeError("excs must be a list of exception instances");
        }
        PyObject[] items = list.toArray();
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyBaseException) && items[i] != PyNone.NONE) {
                throw PyErr.typeError("item " + i + " of excs is not an exception");
            }
        }
        if (o.traceback == null) {
            throw PyErr.valueError("orig must be a raised exception");
        }
        return ExceptionGroups.prepReraiseStar(orig, list);
    }
}
