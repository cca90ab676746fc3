package org.pyvm.runtime.typing;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ArgParser;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyFunction;
import org.pyvm.runtime.PyGenericAlias;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyNotImplemented;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * typing.TypeAliasType: what a {@code type X[T] = ...} statement makes
 * (INTRINSIC_TYPEALIAS with (name, type_params, compute_value)), its value computed on
 * first use of {@code __value__}; also {@code TypeAliasType(name, value, *, type_params=)}.
 * Compare CPython Objects/typevarobject.c: typealias_*.
 */
public final class PyTypeAlias implements PyObject {

    public static final PyType TYPE = TypeParamTypes.declare("TypeAliasType", PyTypeAlias.class);

    private final PyStr name;
    /** null when not generic. */
    private final PyTuple typeParams;
    private final PyObject computeValue;
    private PyObject value;
    private final PyObject module;

    private PyTypeAlias(PyStr name, PyTuple typeParams, PyObject computeValue, PyObject value, PyObject module) {
        this.name = name;
        this.typeParams = typeParams;
        this.computeValue = computeValue;
        this.value = value;
        this.module = module;
    }

    /** INTRINSIC_TYPEALIAS: ARGS is (name, type_params or None, compute_value). */
    public static PyTypeAlias make(PyObject args) {
        PyTuple t = (PyTuple) args;
        PyObject tp = t.get(1);
        return new PyTypeAlias((PyStr) t.get(0), tp == PyNone.NONE ? null : (PyTuple) tp, t.get(2), null, null);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Compare typevarobject.c: typealias_new_impl. */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        ArgParser p = new ArgParser("typealias", args, kwnames, 0, 2, "name", "value", "type_params");
        if (p.positionalCount() > 2) {
            throw PyErr.typeError("typealias() takes at most 2 positional arguments (" + p.positionalCount()
                + " given)");
        }
        if (p.get(0) == null) {
            throw PyErr.typeError("typealias() missing required argument 'name' (pos 1)");
        }
        if (p.get(1) == null) {
            throw PyErr.typeError("typealias() missing required argument 'value' (pos 2)");
        }
        if (!(p.get(0) instanceof PyStr ns)) {
            throw PyErr.typeError("typealias() argument 'name' must be str, not " + p.get(0).type().getName());
        }
        PyObject tp = p.get(2);
        if (tp != null && !(tp instanceof PyTuple)) {
            throw PyErr.typeError("type_params must be a tuple");
        }
        return new PyTypeAlias(ns, (PyTuple) tp, null, p.get(1), TypingCalls.caller());
    }

    @ExposedMethod
    static PyObject __repr__(PyTypeAlias self) {
        return self.name;
    }

    @ExposedGetter
    static PyObject __name__(PyTypeAlias self) {
        return self.name;
    }

    /** Computed once, on first use. Compare typevarobject.c: typealias_get_value. */
    @ExposedGetter
    static PyObject __value__(PyTypeAlias self) {
        if (self.value == null) {
            self.value = Abstract.call(self.computeValue);
        }
        return self.value;
    }

    @ExposedGetter
    static PyObject __type_params__(PyTypeAlias self) {
        return self.typeParams == null ? PyTuple.EMPTY : self.typeParams;
    }

    @ExposedGetter
    static PyObject __parameters__(PyTypeAlias self) {
        return self.typeParams == null ? PyTuple.EMPTY : PyTypeVarTuple.unpackAll(self.typeParams);
    }

    @ExposedGetter
    static PyObject __module__(PyTypeAlias self) {
        if (self.module != null) {
            return self.module;
        }
        if (self.computeValue instanceof PyFunction f && f.module != null) {
            return f.module;
        }
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject __reduce__(PyTypeAlias self) {
        return self.name;
    }

    /** Only a generic alias can be subscripted: a types.GenericAlias. Compare typealias_subscript. */
    @ExposedMethod
    static PyObject __getitem__(PyTypeAlias self, PyObject args) {
        if (self.typeParams == null) {
            throw PyErr.typeError("Only generic type aliases are subscriptable");
        }
        return PyGenericAlias.classGetItem(self, args);
    }

    @ExposedMethod
    static PyObject __or__(PyTypeAlias self, PyObject other) {
        PyObject r = PyGenericAlias.unionOf(self, other);
        return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
    }

    @ExposedMethod
    static PyObject __ror__(PyTypeAlias self, PyObject other) {
        PyObject r = PyGenericAlias.unionOf(other, self);
        return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
    }
}
