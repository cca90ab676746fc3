package org.pyvm.runtime.typing;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/** Declares the types of {@code _typing} as CPython names them ("typing.TypeVar"). */
final class TypeParamTypes {

    private TypeParamTypes() {}

    /**
     * A final builtin type whose tp_name is typing.NAME: __name__ NAME, __module__
     * 'typing' (TypeMethods splits the dotted name, as CPython's type_name/type_module).
     */
    static PyType declare(String name, Class<?> cls) {
        PyType t = PyType.builtin("typing." + name, cls, cls).notSubclassable();
        // As a heap type from PyType_FromSpec: __module__ in the dict (instances find it there).
        if (t.getDict().getStr("__module__") == null) {
            // (TypeAliasType has its own __module__ getter and keeps it.)
            t.getDict().setStr("__module__", org.pyvm.runtime.PyStr.of("typing"));
        }
        return t.withQualname(name);
    }

    /** A clinic {@code bool} parameter: absent is False. */
    static boolean flag(PyObject o) {
        return o != null && Abstract.isTrue(o);
    }
}
