package org.pyvm.modules.contextvars;

import org.pyvm.runtime.PyGenericAlias;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * contextvars.Token: what ContextVar.set returns, for ContextVar.reset; old_value is
 * Token.MISSING when the variable had no value. Compare CPython Python/context.c:
 * token_new, token_repr, token_get_old_value.
 */
final class TokenObject implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("_contextvars", "Token", TokenObject.class,
        TokenObject.class)).notSubclassable();

    /** Token.MISSING: {@code <Token.MISSING>}. */
    static final class Missing implements PyObject {
        static final PyType TYPE = Types.finish(Types.builtin("_contextvars", "Token.MISSING", Missing.class,
            Missing.class)).notSubclassable();
        static final Missing INSTANCE = new Missing();

        @Override
        public PyType type() {
            return TYPE;
        }

        @ExposedMethod
        static String __repr__(Missing self) {
            return "<Token.MISSING>";
        }
    }

    static {
        TYPE.getDict().setStr("MISSING", Missing.INSTANCE);
    }

    final ContextObject ctx;
    final ContextVarObject var;
    /** Null: MISSING. */
    final PyObject old;
    boolean used;

    TokenObject(ContextObject ctx, ContextVarObject var, PyObject old) {
        this.ctx = ctx;
        this.var = var;
        this.old = old;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        throw PyErr.runtimeError("Tokens can only be created by ContextVars");
    }

    @ExposedGetter
    static PyObject var(TokenObject self) {
        return self.var;
    }

    @ExposedGetter
    static PyObject old_value(TokenObject self) {
        return self.old == null ? Missing.INSTANCE : self.old;
    }

    @ExposedMethod
    static String __repr__(TokenObject self) {
        return "<Token" + (self.used ? " used" : "") + " var=" + Abstract.repr(self.var).value() + " at 0x"
            + Abstract.idHex(self) + ">";
    }

    @ExposedMethod(classMethod = true)
    static PyObject __class_getitem__(PyObject cls, PyObject item) {
        return PyGenericAlias.classGetItem(cls, item);
    }
}
