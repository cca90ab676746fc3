package org.pyvm.runtime.typing;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ArgParser;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * typing.TypeVar: made by {@code def f[T]()} (INTRINSIC_TYPEVAR, with a lazily evaluated
 * bound or constraints for {@code [T: int]} / {@code [T: (str, bytes)]}) or by calling
 * {@code TypeVar(name, *constraints, bound=, covariant=, contravariant=, infer_variance=)}.
 * Compare CPython Objects/typevarobject.c: typevar_*.
 */
public final class PyTypeVar implements PyObject, HasDict {

    public static final PyType TYPE = TypeParamTypes.declare("TypeVar", PyTypeVar.class);

    final PyStr name;
    private PyObject bound;
    private PyObject evaluateBound;
    private PyObject constraints;
    private PyObject evaluateConstraints;
    private final boolean covariant;
    private final boolean contravariant;
    private final boolean inferVariance;
    private PyDict dict;

    private PyTypeVar(PyStr name, PyObject bound, PyObject evaluateBound, PyObject constraints,
                      PyObject evaluateConstraints, boolean covariant, boolean contravariant, boolean inferVariance) {
        this.name = name;
        this.bound = bound;
        this.evaluateBound = evaluateBound;
        this.constraints = constraints;
        this.evaluateConstraints = evaluateConstraints;
        this.covariant = covariant;
        this.contravariant = contravariant;
        this.inferVariance = inferVariance;
    }

    /**
     * INTRINSIC_TYPEVAR (both null), INTRINSIC_TYPEVAR_WITH_BOUND and _WITH_CONSTRAINTS
     * (the function computing them). Compare typevarobject.c: _Py_make_typevar.
     */
    public static PyTypeVar make(PyObject name, PyObject evaluateBound, PyObject evaluateConstraints) {
        return new PyTypeVar((PyStr) name, null, evaluateBound, null, evaluateConstraints, false, false, true);
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

    /** Compare typevarobject.c: typevar_new_impl. */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        PyObject[] named = args;
        PyObject[] cons = new PyObject[0];
        if (npos > 1) {
            // name, then *constraints: only the first positional is a named parameter.
            named = new PyObject[1 + nkw];
            named[0] = args[0];
            System.arraycopy(args, npos, named, 1, nkw);
            cons = java.util.Arrays.copyOfRange(args, 1, npos);
        }
        ArgParser p = new ArgParser("typevar", named, kwnames, 0, 1, "name", "bound", "covariant", "contravariant",
            "infer_variance");
        if (p.get(0) == null) {
            throw PyErr.typeError("typevar() missing required argument 'name' (pos 1)");
        }
        PyObject name = p.get(0);
        if (!(name instanceof PyStr ns)) {
            throw PyErr.typeError("typevar() argument 'name' must be str, not " + name.type().getName());
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
        if (bound == PyNone.NONE) {
            bound = null;
        }
        if (bound != null) {
            bound = TypingCalls.typeCheck(bound, "Bound must be a type.");
        }
        PyObject constraints = null;
        if (cons.length == 1) {
            throw PyErr.typeError("A single constraint is not allowed");
        } else if (cons.length > 0) {
            if (bound != null) {
                throw PyErr.typeError("Constraints cannot be combined with bound=...");
            }
            constraints = PyTuple.of(cons);
        }
        PyObject module = TypingCalls.caller();
        PyTypeVar tv = new PyTypeVar(ns, bound, null, constraints, null, co, contra, infer);
        tv.getDict().setStr("__module__", module);
        return tv;
    }

    @ExposedMethod
    static PyObject __repr__(PyTypeVar self) {
        return TypingCalls.varianceRepr(self.name, self.inferVariance, self.covariant, self.contravariant);
    }

    @ExposedGetter
    static PyObject __name__(PyTypeVar self) {
        return self.name;
    }

    @ExposedGetter
    static PyObject __covariant__(PyTypeVar self) {
        return PyBool.of(self.covariant);
    }

    @ExposedGetter
    static PyObject __contravariant__(PyTypeVar self) {
        return PyBool.of(self.contravariant);
    }

    @ExposedGetter
    static PyObject __infer_variance__(PyTypeVar self) {
        return PyBool.of(self.inferVariance);
    }

    /** Evaluated on first use, then kept. Compare typevarobject.c: typevar_bound. */
    @ExposedGetter
    static PyObject __bound__(PyTypeVar self) {
        if (self.bound != null) {
            return self.bound;
        }
        if (self.evaluateBound == null) {
            return PyNone.NONE;
        }
        self.bound = Abstract.call(self.evaluateBound);
        return self.bound;
    }

    @ExposedGetter
    static PyObject __constraints__(PyTypeVar self) {
        if (self.constraints != null) {
            return self.constraints;
        }
        if (self.evaluateConstraints == null) {
            return PyTuple.EMPTY;
        }
        self.constraints = Abstract.call(self.evaluateConstraints);
        return self.constraints;
    }

    @ExposedMethod
    static PyObject __typing_subst__(PyTypeVar self, PyObject arg) {
        return TypingCalls.call("_typevar_subst", self, arg);
    }

    @ExposedMethod
    static PyObject __reduce__(PyTypeVar self) {
        return self.name;
    }

    @ExposedMethod
    static PyObject __mro_entries__(PyTypeVar self, PyObject bases) {
        throw PyErr.typeError("Cannot subclass an instance of TypeVar");
    }

    /** A typing.Union, as CPython asks typing for (string forward references stay allowed). */
    @ExposedMethod
    static PyObject __or__(PyTypeVar self, PyObject other) {
        return TypingCalls.call("_make_union", self, other);
    }

    @ExposedMethod
    static PyObject __ror__(PyTypeVar self, PyObject other) {
        return TypingCalls.call("_make_union", other, self);
    }
}
