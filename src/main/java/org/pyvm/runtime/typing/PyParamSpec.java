package org.pyvm.runtime.typing;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ArgParser;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.Ops;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyNotImplemented;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * typing.ParamSpec ({@code def f[**P]()}, INTRINSIC_PARAMSPEC, or {@code ParamSpec(name,
 * *, bound=, covariant=, contravariant=, infer_variance=)}) with its {@code P.args} and
 * {@code P.kwargs} (typing.ParamSpecArgs / ParamSpecKwargs). Compare CPython
 * Objects/typevarobject.c: paramspec_*, paramspecattr_*.
 */
public final class PyParamSpec implements PyObject, HasDict {

    public static final PyType TYPE = TypeParamTypes.declare("ParamSpec", PyParamSpec.class);

    final PyStr name;
    private final PyObject bound;
    private final boolean covariant;
    private final boolean contravariant;
    private final boolean inferVariance;
    private PyDict dict;

    private PyParamSpec(PyStr name, PyObject bound, boolean covariant, boolean contravariant, boolean inferVariance) {
        this.name = name;
        this.bound = bound;
        this.covariant = covariant;
        this.contravariant = contravariant;
        this.inferVariance = inferVariance;
    }

    /** INTRINSIC_PARAMSPEC. Compare typevarobject.c: _Py_make_paramspec. */
    public static PyParamSpec make(PyObject name) {
        return new PyParamSpec((PyStr) name, null, false, false, true);
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

    /** Compare typevarobject.c: paramspec_new_impl. */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        ArgParser p = new ArgParser("paramspec", args, kwnames, 0, 1, "name", "bound", "covariant", "contravariant",
            "infer_variance");
        PyObject name = p.get(0);
        if (name == null) {
            throw PyErr.typeError("paramspec() missing required argument 'name' (pos 1)");
        }
        if (!(name instanceof PyStr ns)) {
            throw PyErr.typeError("paramspec() argument 'name' must be str, not " + name.type().getName());
        }
        boolean co = TypeParamTypes.flag(p.get(2));
        boolean contra = TypeParamTypes.flag(p.get(3));
        boolean infer = TypeParamTypes.flag(p.get(4));
        if (co && contra) {
            throw PyErr.valueError("Bivariant types are not supported.");
        }
        if (infer && (co || contra)) {
            throw PyErr.valueError("Variance cannot be specified with infer_variance.");
        }
        PyObject bound = p.get(1);
        if (bound != null) {
            bound = TypingCalls.typeCheck(bound, "Bound must be a type.");
        }
        PyParamSpec ps = new PyParamSpec(ns, bound, co, contra, infer);
        ps.getDict().setStr("__module__", TypingCalls.caller());
        return ps;
    }

    @ExposedMethod
    static PyObject __repr__(PyParamSpec self) {
        return TypingCalls.varianceRepr(self.name, self.inferVariance, self.covariant, self.contravariant);
    }

    @ExposedGetter
    static PyObject __name__(PyParamSpec self) {
        return self.name;
    }

    @ExposedGetter
    static PyObject __bound__(PyParamSpec self) {
        return self.bound == null ? PyNone.NONE : self.bound;
    }

    @ExposedGetter
    static PyObject __covariant__(PyParamSpec self) {
        return PyBool.of(self.covariant);
    }

    @ExposedGetter
    static PyObject __contravariant__(PyParamSpec self) {
        return PyBool.of(self.contravariant);
    }

    @ExposedGetter
    static PyObject __infer_variance__(PyParamSpec self) {
        return PyBool.of(self.inferVariance);
    }

    @ExposedGetter
    static PyObject args(PyParamSpec self) {
        return new Attr(Attr.ARGS, self);
    }

    @ExposedGetter
    static PyObject kwargs(PyParamSpec self) {
        return new Attr(Attr.KWARGS, self);
    }

    @ExposedMethod
    static PyObject __typing_subst__(PyParamSpec self, PyObject arg) {
        return TypingCalls.call("_paramspec_subst", self, arg);
    }

    @ExposedMethod
    static PyObject __typing_prepare_subst__(PyParamSpec self, PyObject alias, PyObject args) {
        return TypingCalls.call("_paramspec_prepare_subst", self, alias, args);
    }

    @ExposedMethod
    static PyObject __reduce__(PyParamSpec self) {
        return self.name;
    }

    @ExposedMethod
    static PyObject __mro_entries__(PyParamSpec self, PyObject bases) {
        throw PyErr.typeError("Cannot subclass an instance of ParamSpec");
    }

    @ExposedMethod
    static PyObject __or__(PyParamSpec self, PyObject other) {
        return TypingCalls.call("_make_union", self, other);
    }

    @ExposedMethod
    static PyObject __ror__(PyParamSpec self, PyObject other) {
        return TypingCalls.call("_make_union", other, self);
    }

    /** P.args / P.kwargs. Compare typevarobject.c: paramspecattr_*. */
    public static final class Attr implements PyObject {
        public static final PyType ARGS = TypeParamTypes.declare("ParamSpecArgs", Attr.class);
        public static final PyType KWARGS = TypeParamTypes.declare("ParamSpecKwargs", Attr.class);

        private final PyType type;
        final PyObject origin;

        Attr(PyType type, PyObject origin) {
            this.type = type;
            this.origin = origin;
        }

        @Override
        public PyType type() {
            return type;
        }

        private String suffix() {
            return type == ARGS ? "args" : "kwargs";
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject origin) {
            return new Attr(cls == KWARGS ? KWARGS : ARGS, origin);
        }

        @ExposedMethod
        static PyObject __repr__(Attr self) {
            if (self.origin instanceof PyParamSpec ps) {
                return PyStr.of(ps.name.value() + "." + self.suffix());
            }
            return PyStr.of(Abstract.repr(self.origin).value() + "." + self.suffix());
        }

        @ExposedGetter
        static PyObject __origin__(Attr self) {
            return self.origin;
        }

        @ExposedMethod
        static PyObject __eq__(Attr self, PyObject other) {
            if (!(other instanceof Attr o) || o.type != self.type) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return Ops.richCompare(self.origin, o.origin, Ops.EQ);
        }

        @ExposedMethod
        static PyObject __ne__(Attr self, PyObject other) {
            if (!(other instanceof Attr o) || o.type != self.type) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return Ops.richCompare(self.origin, o.origin, Ops.NE);
        }

        @ExposedMethod
        static PyObject __mro_entries__(Attr self, PyObject bases) {
            throw PyErr.typeError("Cannot subclass an instance of " + (self.type == ARGS ? "ParamSpecArgs"
                : "ParamSpecKwargs"));
        }
    }
}
