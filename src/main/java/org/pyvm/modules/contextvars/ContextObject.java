package org.pyvm.modules.contextvars;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyNotImplemented;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * contextvars.Context: a mapping of ContextVars to values, an immutable {@link Hamt}:
 * ContextVar.set puts a new one in the current context, sharing structure with the old
 * one, so copying a context is free. Each thread has its own current context. Compare CPython
 * Python/context.c: context_run, _PyContext_Enter/Exit, the PyContext mapping methods.
 */
final class ContextObject implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("_contextvars", "Context", ContextObject.class,
        ContextObject.class)).notSubclassable();

    private static final ThreadLocal<ContextObject> CURRENT = new ThreadLocal<>();

    /** Variable -> value; replaced, never mutated. */
    Hamt vars;
    ContextObject prev;
    boolean entered;

    ContextObject(Hamt vars) {
        this.vars = vars;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Forgets this thread's context of a previous run in this JVM. */
    static void resetCurrent() {
        CURRENT.remove();
    }

    static void setCurrent(ContextObject c) {
        CURRENT.set(c);
    }

    /** This thread's current context (an empty one at first). */
    static ContextObject current() {
        ContextObject c = CURRENT.get();
        if (c == null) {
            c = new ContextObject(Hamt.empty());
            CURRENT.set(c);
        }
        return c;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        if (args.length > 0) {
            throw PyErr.typeError("Context() does not accept any arguments");
        }
        return new ContextObject(Hamt.empty());
    }

    /** run(callable, *args, **kwargs) in this context. */
    @ExposedMethod
    static PyObject run(ContextObject self, PyObject[] args, String[] kw) {
        if (args.length - Args.nkw(kw) < 1) {
            throw PyErr.typeError("run() missing 1 required positional argument");
        }
        if (self.entered) {
            throw PyErr.runtimeError("cannot enter context: " + Abstract.repr(self).value() + " is already entered");
        }
        self.prev = current();
        self.entered = true;
        CURRENT.set(self);
        try {
            PyObject[] rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return Abstract.call(args[0], rest, kw);
        } finally {
            CURRENT.set(self.prev);
            self.prev = null;
            self.entered = false;
        }
    }

    private static ContextVarObject key(PyObject k) {
        if (!(k instanceof ContextVarObject v)) {
            throw PyErr.typeError("a ContextVar key was expected, got " + Abstract.repr(k).value());
        }
        return v;
    }

    @ExposedMethod
    static PyObject __getitem__(ContextObject self, PyObject k) {
        PyObject v = self.vars.find(key(k));
        if (v == null) {
            throw PyErr.keyError(k);
        }
        return v;
    }

    @ExposedMethod
    static PyObject get(ContextObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("get", args, kw, 1, 2, "key", "default");
        PyObject v = self.vars.find(key(a[0]));
        return v != null ? v : a[1] == null ? PyNone.NONE : a[1];
    }

    @ExposedMethod
    static boolean __contains__(ContextObject self, PyObject k) {
        return self.vars.find(key(k)) != null;
    }

    @ExposedMethod
    static long __len__(ContextObject self) {
        return self.vars.size();
    }

    @ExposedMethod
    static PyObject __iter__(ContextObject self) {
        return Hamt.keys(self.vars);
    }

    /** The variables, as an iterator with a length (CPython returns the HAMT's views too). */
    @ExposedMethod
    static PyObject keys(ContextObject self) {
        return Hamt.keys(self.vars);
    }

    @ExposedMethod
    static PyObject values(ContextObject self) {
        return Hamt.values(self.vars);
    }

    @ExposedMethod
    static PyObject items(ContextObject self) {
        return Hamt.items(self.vars);
    }

    @ExposedMethod
    static PyObject copy(ContextObject self) {
        return new ContextObject(self.vars);
    }

    @ExposedMethod
    static PyObject __eq__(ContextObject self, PyObject other) {
        if (!(other instanceof ContextObject o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(Hamt.equal(self.vars, o.vars));
    }

    @ExposedMethod
    static PyObject __ne__(ContextObject self, PyObject other) {
        if (!(other instanceof ContextObject o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(!Hamt.equal(self.vars, o.vars));
    }

    /** Contexts are mutable mappings in appearance only, but CPython leaves them unhashable. */
    @ExposedMethod
    static PyObject __hash__(ContextObject self) {
        throw PyErr.typeError("unhashable type: '" + self.type().getName() + "'");
    }
}
