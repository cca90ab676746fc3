package org.pyvm.modules.functools;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.Callable;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Ops;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * What cmp_to_key(mycmp) returns, and what calling that returns: one type,
 * functools.KeyWrapper, whose instances either wrap an object (a sort key) or not
 * (the factory). Keys compare by the sign of mycmp(a, b). Compare CPython
 * Modules/_functoolsmodule.c: keyobject_call, keyobject_richcompare.
 */
final class KeyWrapper implements PyObject, Callable {

    static final PyType TYPE = Types.finish(Types.builtin("functools", "KeyWrapper", KeyWrapper.class,
        KeyWrapper.class).notSubclassable());

    static {
        TYPE.getDict().setStr("__hash__", PyNone.NONE);
    }

    private final PyObject cmp;
    /** The wrapped object, or null for the factory cmp_to_key returned. */
    private final PyObject obj;

    KeyWrapper(PyObject cmp, PyObject obj) {
        this.cmp = cmp;
        this.obj = obj;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject[] a = Args.parse("K", args, kwnames, 1, 1, "obj");
        return new KeyWrapper(cmp, a[0]);
    }

    @ExposedMethod
    static PyObject __call__(KeyWrapper self, PyObject[] args, String[] kw) {
        return self.call(args, kw);
    }

    private static PyObject compare(KeyWrapper self, PyObject other, int op) {
        if (!(other instanceof KeyWrapper o)) {
            throw PyErr.typeError("other argument must be K instance");
        }
        if (self.obj == null || o.obj == null) {
            throw PyErr.attributeError("object");
        }
        PyObject r = Abstract.call(self.cmp, self.obj, o.obj);
        return Ops.richCompare(r, PyInt.ZERO, op);
    }

    @ExposedMethod
    static PyObject __lt__(KeyWrapper self, PyObject o) {
        return compare(self, o, Ops.LT);
    }

    @ExposedMethod
    static PyObject __le__(KeyWrapper self, PyObject o) {
        return compare(self, o, Ops.LE);
    }

    @ExposedMethod
    static PyObject __eq__(KeyWrapper self, PyObject o) {
        return compare(self, o, Ops.EQ);
    }

    @ExposedMethod
    static PyObject __ne__(KeyWrapper self, PyObject o) {
        return compare(self, o, Ops.NE);
    }

    @ExposedMethod
    static PyObject __gt__(KeyWrapper self, PyObject o) {
        return compare(self, o, Ops.GT);
    }

    @ExposedMethod
    static PyObject __ge__(KeyWrapper self, PyObject o) {
        return compare(self, o, Ops.GE);
    }

    @ExposedGetter
    static PyObject obj(KeyWrapper self) {
        if (self.obj == null) {
            throw PyErr.attributeError("obj");
        }
        return self.obj;
    }
}
