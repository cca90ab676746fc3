package org.pyvm.runtime;

/**
 * A Python exception instance, which is also the Java exception that carries it up the
 * Java stack. It has no Java stack trace ({@code writableStackTrace} false), so raising is
 * cheap; the Python traceback is {@link #traceback}. Compare CPython
 * Objects/exceptions.c: PyBaseExceptionObject.
 */
public class PyBaseException extends RuntimeException implements PyObject, HasDict {

    private PyType type;
    public PyTuple args;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;
    public PyTraceback traceback;
    private PyDict dict;

    /**
     * OSError's errno, strerror, filename and filename2 (CPython's struct members; null
     * where unset), or null for other exceptions. See PyExc.OSErrorMethods.
     */
    PyObject[] osFields;

    /**
     * StopIteration.value, SystemExit.code, ImportError.msg: the struct member that the
     * class's __init__ sets from args (settable afterwards, independently of args). Null
     * for an exception made in Java without __init__ (a generator's return, an import
     * failure), whose member is then read from args as __init__ would have set it. See
     * PyExc.initMember.
     */
    PyObject initMember;

    public PyBaseException(PyType type, PyTuple args) {
        this(type, args, true);
    }

    /** PARSE: OSError's arguments are taken apart now (OSError_new), not by a subclass's __init__. */
    PyBaseException(PyType type, PyTuple args, boolean parse) {
        super(null, null, false, false);
        this.type = type;
        this.args = args;
        PyType os = PyExc.OSError;
        if (parse && os != null && type != null && type != PyExc.StopIteration && type.isSubtypeOf(os)) {
            PyExc.OSErrorMethods.parse(this, args);
        }
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The instance dict if one was made, else null (no dict is made). */
    PyDict peekDict() {
        return dict;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }

    @Override
    public boolean setType(PyType t) {
        type = t;
        return true;
    }

    /** Whether this exception is an instance of T (for except clauses written in Java). */
    public boolean matches(PyType t) {
        return type.isSubtypeOf(t);
    }

    /** The first argument, or null: StopIteration.value, SystemExit.code. */
    public PyObject firstArg() {
        return args.size() > 0 ? args.get(0) : null;
    }

    @Override
    public String getMessage() {
        try {
            return type.getName() + ": " + Abstract.str(this);
        } catch (RuntimeException e) {
            return type.getName();
        }
    }
}
