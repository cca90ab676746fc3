package org.pyvm.modules.contextvars;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyObject;

/**
 * The C API of contexts for other modules (_asyncio): CPython's PyContext_CopyCurrent,
 * PyContext_Enter and PyContext_Exit (Python/context.c).
 */
public final class Contexts {

    private Contexts() {}

    /** A new context holding the current context's values (contextvars.copy_context()). */
    public static PyObject copyCurrent() {
        return new ContextObject(ContextObject.current().vars);
    }

    /**
     * The current context's mapping. Mappings are never changed once installed (set and
     * reset install a copy), so the same object always maps a variable to the same value:
     * _decimal caches its lookup of the current decimal context on it.
     */
    public static Object currentVars() {
        return ContextObject.current().vars;
    }

    /** The value of VAR in the current context, or null. Compare CPython PyContextVar_Get. */
    public static PyObject lookup(PyObject var) {
        return ContextObject.current().vars.find(var);
    }

    /** Makes CTX the current context. Compare context.c: _PyContext_Enter. */
    public static void enter(PyObject ctx) {
        ContextObject c = check(ctx);
        if (c.entered) {
            throw PyErr.runtimeError("cannot enter context: " + Abstract.repr(c).value() + " is already entered");
        }
        c.prev = ContextObject.current();
        c.entered = true;
        ContextObject.setCurrent(c);
    }

    /** Restores the context CTX was entered from. Compare context.c: _PyContext_Exit. */
    public static void exit(PyObject ctx) {
        ContextObject c = check(ctx);
        if (!c.entered) {
            throw PyErr.runtimeError("cannot exit context: " + Abstract.repr(c).value() + " has not been entered");
        }
        if (ContextObject.current() != c) {
            throw PyErr.runtimeError("cannot exit context: thread state references a different context object");
        }
        ContextObject.setCurrent(c.prev);
        c.prev = null;
        c.entered = false;
    }

    private static ContextObject check(PyObject ctx) {
        if (!(ctx instanceof ContextObject c)) {
            throw PyErr.typeError("an instance of Context was expected");
        }
        return c;
    }
}
