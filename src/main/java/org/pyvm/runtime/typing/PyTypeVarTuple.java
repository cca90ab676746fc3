package org.pyvm.runtime.typing;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ArgParser;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * typing.TypeVarTuple ({@code def f[*Ts]()}, INTRINSIC_TYPEVARTUPLE, or
 * {@code TypeVarTuple(name)}); iterating it gives {@code typing.Unpack[Ts]} (what
 * {@code *Ts} means in a subscript). Compare CPython Objects/typevarobject.c: typevartuple_*.
 */
public final class PyTypeVarTuple implements PyObject, HasDict {

    public static final PyType TYPE = TypeParamTypes.declare("TypeVarTuple", PyTypeVarTuple.class);

    final PyStr name;
    private PyDict dict;

    private PyTypeVarTuple(PyStr name) {
        this.name = name;
    }

    /** INTRINSIC_TYPEVARTUPLE. Compare typevarobject.c: _Py_make_typevartuple. */
    public static PyTypeVarTuple make(PyObject name) {
        return new PyTypeVarTuple((PyStr) name);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        ArgParser p = new ArgParser("typevartuple", args, kwnames, 0, 1, "name");
        PyObject name = p.get(0);
        if (name == null) {
            throw PyErr.typeError("typevartuple() missing required argument 'name' (pos 1)");
        }
        if (!(name instanceof PyStr ns)) {
            throw PyErr.typeError("typevartuple() argument 'name' must be str, not " + name.type().getName());
        }
        PyTypeVarTuple t = new PyTypeVarTuple(ns);
        t.getDict().setStr("__module__", TypingCalls.caller());
        return t;
    }

    /** typing.Unpack[self]. Compare typevarobject.c: typevartuple_unpack. */
    static PyObject unpack(PyObject tvt) {
        PyObject unpack = Abstract.getAttr(TypingCalls.typing("unpacking a TypeVarTuple"), "Unpack");
        return Abstract.getItem(unpack, tvt);
    }

    /** Replaces each TypeVarTuple of PARAMS by Unpack[it]. Compare typevarobject.c: unpack_typevartuples. */
    static PyTuple unpackAll(PyTuple params) {
        PyObject[] items = params.toArray();
        boolean any = false;
        for (int i = 0; i < items.length; i++) {
            if (items[i] instanceof PyTypeVarTuple) {
                items[i] = unpack(items[i]);
                any = true;
            }
        }
        return any ? PyTuple.of(items) : params;
    }

    @ExposedMethod
    static PyObject __iter__(PyTypeVarTuple self) {
        return Abstract.iter(PyTuple.of(unpack(self)));
    }

    @ExposedMethod
    static PyObject __repr__(PyTypeVarTuple self) {
        return self.name;
    }

    @ExposedGetter
    static PyObject __name__(PyTypeVarTuple self) {
        return self.name;
    }

    @ExposedMethod
    static PyObject __typing_subst__(PyTypeVarTuple self, PyObject arg) {
        throw PyErr.typeError("Substitution of bare TypeVarTuple is not supported");
    }

    @ExposedMethod
    static PyObject __typing_prepare_subst__(PyTypeVarTuple self, PyObject alias, PyObject args) {
        return TypingCalls.call("_typevartuple_prepare_subst", self, alias, args);
    }

    @ExposedMethod
    static PyObject __reduce__(PyTypeVarTuple self) {
        return self.name;
    }

    @ExposedMethod
    static PyObject __mro_entries__(PyTypeVarTuple self, PyObject bases) {
        throw PyErr.typeError("Cannot subclass an instance of TypeVarTuple");
    }
}
