package org.pyvm.modules.thread;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * _thread._local (threading.local): an object whose attributes are per thread. Each
 * thread sees its own dict; a thread other than the creator that first touches the
 * object gets a fresh dict and, for a subclass, a call of its __init__ with the
 * arguments the object was made with. Compare CPython Modules/_threadmodule.c:
 * local_new, _ldict.
 */
final class LocalObject implements PyObject, HasDict {

    static final PyType TYPE = Types.finish(Types.builtin("_thread", "_local", LocalObject.class, LocalObject.class));

    private final PyType type;
    private final PyObject[] args;
    private final String[] kwnames;
    private final ThreadLocal<PyDict> dicts = new ThreadLocal<>();

    private LocalObject(PyType type, PyObject[] args, String[] kwnames) {
        this.type = type;
        this.args = args;
        this.kwnames = kwnames;
        dicts.set(new PyDict());
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        PyDict d = dicts.get();
        if (d == null) {
            d = new PyDict();
            dicts.set(d);
            PyObject init = type.lookup("__init__");
            if (init != null && init != PyType.OBJECT.lookup("__init__")) {
                Abstract.call(Abstract.bindDescr(init, this, type), args, kwnames);
            }
        }
        return d;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        if (args.length > 0 && cls.lookup("__init__") == PyType.OBJECT.lookup("__init__")) {
            throw PyErr.typeError("Initialization arguments are not supported");
        }
        Args.nkw(kw);
        return new LocalObject(cls, args.clone(), kw);
    }
}
