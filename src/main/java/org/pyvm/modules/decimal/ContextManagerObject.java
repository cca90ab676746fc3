package org.pyvm.modules.decimal;

import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * decimal.ContextManager, what localcontext() returns: entering makes the local context
 * current, leaving restores the context that was current when it was made. Compare
 * _decimal.c: ctxmanager_new, ctxmanager_set_local, ctxmanager_restore_global.
 */
final class ContextManagerObject implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("decimal", "ContextManager", ContextManagerObject.class,
        ContextManagerObject.class)).notSubclassable();

    private final ContextObject local;
    private final ContextObject global;

    ContextManagerObject(ContextObject local, ContextObject global) {
        this.local = local;
        this.global = global;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @ExposedMethod
    static PyObject __enter__(ContextManagerObject self) {
        DecimalModule.set(self.local);
        return self.local;
    }

    @ExposedMethod
    static PyObject __exit__(ContextManagerObject self, PyObject[] args, String[] kw) {
        DecimalModule.set(self.global);
        return org.pyvm.runtime.PyNone.NONE;
    }
}
