package org.pyvm.modules.corelib;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.Ops;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyNotImplemented;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * types.SimpleNamespace: an object that is only its attribute dictionary; the type of
 * sys.implementation, from which Lib/types.py takes it. Compare CPython
 * Objects/namespaceobject.c: namespace_new, namespace_init, namespace_repr,
 * namespace_richcompare, namespace_reduce.
 */
public final class SimpleNamespace implements PyObject, HasDict {

    public static final PyType TYPE = Types.finish(Types.builtin("types", "SimpleNamespace",
        SimpleNamespace.class, SimpleNamespace.class));

    static {
        TYPE.getDict().setStr("__doc__", PyStr.of("A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)"));
    }

    private final PyType type;
    private final PyDict dict = new PyDict();

    private SimpleNamespace(PyType type) {
        this.type = type;
    }

    /** A namespace of the exact type holding the given NAMES and VALUES, in that order (sys.implementation). */
    public static SimpleNamespace of(String[] names, PyObject... values) {
        SimpleNamespace ns = new SimpleNamespace(TYPE);
        for (int i = 0; i < names.length; i++) {
            ns.dict.setStr(names[i], values[i]);
        }
        return ns;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    /** Any arguments are accepted here; __init__ checks them. Compare namespace_new. */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new SimpleNamespace(cls);
    }

    /** SimpleNamespace(**kwargs): keyword arguments only. Compare namespace_init. */
    @ExposedMethod
    static void __init__(SimpleNamespace self, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos != 0) {
            throw PyErr.typeError("no positional arguments expected");
        }
        for (int k = 0; k < nkw; k++) {
            self.dict.setStr(kwnames[k], args[npos + k]);
        }
    }

    /** The instance dictionary, a read-only attribute (a T_OBJECT READONLY member in CPython). */
    @ExposedGetter(name = "__dict__")
    static PyObject dict(SimpleNamespace self) {
        return self.dict;
    }

    /**
     * "namespace(a=1, b=2)" for the exact type, the type's name for a subclass; the
     * non-empty string keys only; "namespace(...)" inside itself.
     */
    @ExposedMethod
    static String __repr__(SimpleNamespace self) {
        String name = self.type == TYPE ? "namespace" : Types.shortName(self.type);
        return ReprGuard.guarded(self, name + "(...)", () -> {
            StringBuilder sb = new StringBuilder(name).append('(');
            boolean first = true;
            // A snapshot of the keys, as namespace_repr takes PyDict_Keys: a value's
            // repr may change the dictionary.
            PyObject[] keys = self.dict.keysArray();
            for (PyObject key : keys) {
                if (!(key instanceof PyStr s) || s.value().isEmpty()) {
                    continue;
                }
                PyObject value = self.dict.get(key);
                if (value == null) {
                    continue;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(s.value()).append('=').append(Abstract.repr(value));
            }
            return sb.append(')').toString();
        });
    }

    /** Compares the dictionaries when both sides are namespaces. Compare namespace_richcompare. */
    private static PyObject compare(SimpleNamespace self, PyObject other, int op) {
        if (other instanceof SimpleNamespace o) {
            return Ops.richCompare(self.dict, o.dict, op);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __eq__(SimpleNamespace self, PyObject o) {
        return compare(self, o, Ops.EQ);
    }

    @ExposedMethod
    static PyObject __ne__(SimpleNamespace self, PyObject o) {
        return compare(self, o, Ops.NE);
    }

    @ExposedMethod
    static PyObject __lt__(SimpleNamespace self, PyObject o) {
        return compare(self, o, Ops.LT);
    }

    @ExposedMethod
    static PyObject __le__(SimpleNamespace self, PyObject o) {
        return compare(self, o, Ops.LE);
    }

    @ExposedMethod
    static PyObject __gt__(SimpleNamespace self, PyObject o) {
        return compare(self, o, Ops.GT);
    }

    @ExposedMethod
    static PyObject __ge__(SimpleNamespace self, PyObject o) {
        return compare(self, o, Ops.GE);
    }

    /** (type(self), (), self.__dict__): pickling recreates the namespace and restores its dictionary. */
    @ExposedMethod
    static PyObject __reduce__(SimpleNamespace self) {
        return PyTuple.of(self.type, PyTuple.of(), self.dict);
    }
}
