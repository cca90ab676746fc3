package org.pyvm.modules;

import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.typing.Generic;
import org.pyvm.runtime.typing.PyParamSpec;
import org.pyvm.runtime.typing.PyTypeAlias;
import org.pyvm.runtime.typing.PyTypeVar;
import org.pyvm.runtime.typing.PyTypeVarTuple;

/**
 * {@code _typing}: the PEP 695 types written in Java, which Lib/typing.py imports.
 * Compare CPython Modules/_typingmodule.c.
 */
final class TypingModule {

    private TypingModule() {}

    static PyModule create() {
        PyModule m = new PyModule("_typing");
        m.addFunctions(TypingModule.class);
        PyDict d = m.getDict();
        d.setStr("__doc__", PyStr.of("Primitives and accelerators for the typing module.\n"));
        d.setStr("TypeVar", PyTypeVar.TYPE);
        d.setStr("ParamSpec", PyParamSpec.TYPE);
        d.setStr("ParamSpecArgs", PyParamSpec.Attr.ARGS);
        d.setStr("ParamSpecKwargs", PyParamSpec.Attr.KWARGS);
        d.setStr("TypeVarTuple", PyTypeVarTuple.TYPE);
        d.setStr("TypeAliasType", PyTypeAlias.TYPE);
        d.setStr("Generic", Generic.TYPE);
        return m;
    }

    /**
     * typing's identity helper, NewType's __call__: a builtin function does not bind, so
     * UserId(5) calls it with 5 alone. Compare _typingmodule.c: _typing__idfunc (METH_O).
     */
    @ExposedMethod(name = "_idfunc")
    static PyObject idfunc(PyObject x) {
        return x;
    }
}
