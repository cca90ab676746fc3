package org.pyvm.modules.contextvars;

import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.PyGenericAlias;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * contextvars.ContextVar: a key into the current context, with an optional default.
 * Compare CPython Python/context.c: contextvar_new, contextvar_get, contextvar_set,
 * contextvar_reset, contextvar_repr.
 */
final class ContextVarObject implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("_contextvars", "ContextVar", ContextVarObject.class,
        ContextVarObject.class)).notSubclassable();

    private final PyStr name;
    /** Null when there is no default. */
    private final PyObject dflt;

    private ContextVarObject(PyStr name, PyObject dflt) {
        this.name = name;
        this.dflt = dflt;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * ContextVar(name, /, *, default): argument checks (and their messages) of CPython's
     * PyArg_ParseTupleAndKeywords with "O|$O:ContextVar". Compare context.c: contextvar_tp_new.
     */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        int nkw = Args.nkw(kw);
        int npos = args.length - nkw;
        if (args.length > 2) {
            throw PyErr.typeError("ContextVar() takes at most 2 arguments (" + args.length + " given)");
        }
        if (npos < 1) {
            throw PyErr.typeError("ContextVar() takes exactly 1 positional argument (" + npos + " given)");
        }
        if (npos > 1) {
            throw PyErr.typeError("ContextVar() takes at most 1 positional argument (" + npos + " given)");
        }
        PyObject dflt = null;
        for (int k = 0; k < nkw; k++) {
            if (!kw[k].equals("default")) {
                throw PyErr.typeError("'" + kw[k] + "' is an invalid keyword argument for ContextVar()");
            }
            dflt = args[npos + k];
        }
        if (!(args[0] instanceof PyStr n)) {
            throw PyErr.typeError("context variable name must be a str");
        }
        return new ContextVarObject(n, dflt);
    }

    @ExposedGetter
    static PyObject name(ContextVarObject self) {
        return self.name;
    }

    /** get([default]): the value in the current context, else default, else the var's default, else LookupError. */
    @ExposedMethod
    static PyObject get(ContextVarObject self, PyObject[] args, String[] kw) {
        Args.noKeywords("get", kw);
        Args.positional("get", args.length, 0, 1);
        PyObject v = ContextObject.current().vars.find(self);
        if (v != null) {
            return v;
        }
        if (args.length == 1) {
            return args[0];
        }
        if (self.dflt != null) {
            return self.dflt;
        }
        throw PyErr.of(PyExc.LookupError, self);
    }

    @ExposedMethod
    static PyObject set(ContextVarObject self, PyObject value) {
        ContextObject ctx = ContextObject.current();
        PyObject old = ctx.vars.find(self);
        ctx.vars = ctx.vars.assoc(self, value);
        return new TokenObject(ctx, self, old);
    }

    @ExposedMethod
    static void reset(ContextVarObject self, PyObject token) {
        if (!(token instanceof TokenObject t)) {
            throw PyErr.typeError("expected an instance of Token, got " + Abstract.repr(token).value());
        }
        if (t.used) {
            throw PyErr.runtimeError(Abstract.repr(t).value() + " has already been used once");
        }
        if (t.var != self) {
            throw PyErr.valueError(Abstract.repr(t).value() + " was created by a different ContextVar");
        }
        ContextObject ctx = ContextObject.current();
        if (t.ctx != ctx) {
            throw PyErr.valueError(Abstract.repr(t).value() + " was created in a different Context");
        }
        t.used = true;
        ctx.vars = t.old == null ? ctx.vars.without(self) : ctx.vars.assoc(self, t.old);
    }

    @ExposedMethod
    static String __repr__(ContextVarObject self) {
        StringBuilder sb = new StringBuilder("<ContextVar name=").append(Abstract.repr(self.name).value());
        if (self.dflt != null) {
            sb.append(" default=").append(Abstract.repr(self.dflt).value());
        }
        return sb.append(" at 0x").append(Abstract.idHex(self)).append('>').toString();
    }

    @ExposedMethod
    static long __hash__(ContextVarObject self) {
        return Abstract.id(self) >> 4;
    }

    @ExposedMethod(classMethod = true)
    static PyObject __class_getitem__(PyObject cls, PyObject item) {
        return PyGenericAlias.classGetItem(cls, item);
    }

    static PyObject noneIfNull(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }
}
