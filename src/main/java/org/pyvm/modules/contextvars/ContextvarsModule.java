package org.pyvm.modules.contextvars;

import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;

/**
 * The _contextvars module (contextvars.py re-exports it): Context, ContextVar, Token,
 * copy_context. Compare CPython Modules/_contextvarsmodule.c and Python/context.c.
 */
public final class ContextvarsModule {

    private ContextvarsModule() {}

    public static PyModule create() {
        ContextObject.resetCurrent();
        PyModule m = new PyModule("_contextvars");
        m.addFunctions(ContextvarsModule.class);
        PyDict d = m.getDict();
        d.setStr("Context", ContextObject.TYPE);
        d.setStr("ContextVar", ContextVarObject.TYPE);
        d.setStr("Token", TokenObject.TYPE);
        return m;
    }

    /** A new context holding the current context's values. */
    @ExposedMethod
    static PyObject copy_context() {
        return new ContextObject(ContextObject.current().vars);
    }
}
