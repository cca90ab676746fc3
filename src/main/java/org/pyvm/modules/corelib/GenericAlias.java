package org.pyvm.modules.corelib;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Ops;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyEllipsis;
import org.pyvm.runtime.PyNotImplemented;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The result of {@code deque[int]}, {@code chain[str]} ({@code __class_getitem__}):
 * CPython's types.GenericAlias, reduced to what these classes need: origin, args, repr,
 * equality, hashing and calling the origin. The runtime has no GenericAlias yet; this
 * one can be replaced by it. Compare CPython Objects/genericaliasobject.c.
 */
public final class GenericAlias implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("types", "GenericAlias", GenericAlias.class,
        GenericAlias.class));

    private final PyObject origin;
    private final PyTuple args;

    private GenericAlias(PyObject origin, PyTuple args) {
        this.origin = origin;
        this.args = args;
    }

    /** ORIGIN[ITEM]: ITEM a tuple gives several arguments. */
    public static PyObject of(PyObject origin, PyObject item) {
        return new GenericAlias(origin, item instanceof PyTuple t && t.getClass() == PyTuple.class ? t : PyTuple.of(item));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Compare genericaliasobject.c: ga_repr_item. */
    private static String reprItem(PyObject p) {
        if (p == PyEllipsis.ELLIPSIS) {
            return "...";
        }
        if (p instanceof PyType t) {
            PyObject mod = Abstract.lookupAttr(t, "__module__");
            PyObject qn = Abstract.lookupAttr(t, "__qualname__");
            if (qn instanceof PyStr q) {
                if (mod instanceof PyStr m && !m.toString().equals("builtins")) {
                    return m + "." + q;
                }
                return q.toString();
            }
        }
        return Abstract.repr(p).toString();
    }

    @ExposedMethod
    static String __repr__(GenericAlias self) {
        StringBuilder sb = new StringBuilder(reprItem(self.origin)).append('[');
        PyObject[] a = self.args.toArray();
        if (a.length == 0) {
            sb.append("()");
        }
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(reprItem(a[i]));
        }
        return sb.append(']').toString();
    }

    @ExposedMethod
    static PyObject __call__(GenericAlias self, PyObject[] args, String[] kw) {
        return Abstract.call(self.origin, args, kw);
    }

    @ExposedMethod
    static PyObject __eq__(GenericAlias self, PyObject o) {
        if (!(o instanceof GenericAlias g)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(Ops.eqBool(self.origin, g.origin) && Ops.eqBool(self.args, g.args));
    }

    @ExposedMethod
    static long __hash__(GenericAlias self) {
        return Abstract.hash(self.origin) ^ Abstract.hash(self.args);
    }

    @ExposedGetter
    static PyObject __origin__(GenericAlias self) {
        return self.origin;
    }

    @ExposedGetter
    static PyObject __args__(GenericAlias self) {
        return self.args;
    }
}
