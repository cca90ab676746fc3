package org.pyvm.modules.sqlite3;

import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * sqlite3.PrepareProtocol: the protocol object of PEP 246 adaptation (register_adapter's
 * key and __conform__'s argument); instances carry nothing. Compare CPython 3.12
 * Modules/_sqlite/prepare_protocol.c.
 */
final class PrepareProtocolObject implements PyObject, HasDict {

    static final PyType TYPE = Types.finish(Types.builtin("sqlite3", "PrepareProtocol", PrepareProtocolObject.class,
        PrepareProtocolObject.class)).notSubclassable();

    private final PyType type;
    private PyDict dict;

    private PrepareProtocolObject(PyType type) {
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

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        return new PrepareProtocolObject(cls);
    }

    @ExposedMethod
    static void __init__(PyObject self, PyObject[] args, String[] kw) {
    }
}
