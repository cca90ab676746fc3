package org.pyvm.runtime.typing;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.CodeRunner;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFrame;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;

/**
 * Where CPython's C code for PEP 695 calls into Lib/typing.py (typing._type_check,
 * _make_union, _GenericAlias, _generic_class_getitem, ...), and the caller's module for
 * the constructors. Compare CPython Objects/typevarobject.c: call_typing_func_object,
 * caller.
 */
final class TypingCalls {

    private TypingCalls() {}

    /** typing (imported as PyImport_ImportModule does, through builtins.__import__). */
    static PyObject typing(String forWhat) {
        PyObject imp = PyRuntime.builtins.getStr("__import__");
        try {
            return Abstract.call(imp, PyStr.of("typing"));
        } catch (PyBaseException e) {
            if (e.matches(PyExc.ImportError)) {
                // CPython's own C code needs Lib/typing.py here too; say what is missing.
                PyBaseException r = PyErr.of(PyExc.NotImplementedError, "pyvm: " + forWhat
                    + " needs the typing module of CPython's Lib, which cannot be imported ("
                    + Abstract.str(e).value() + ")");
                r.cause = e;
                throw r;
            }
            throw e;
        }
    }

    /** typing.NAME(*args). */
    static PyObject call(String name, PyObject... args) {
        return Abstract.call(Abstract.getAttr(typing("typing." + name + "()"), name), args);
    }

    /** typing.NAME(*args, **kw) in the vectorcall layout. */
    static PyObject call(String name, PyObject[] args, String[] kwnames) {
        return Abstract.call(Abstract.getAttr(typing("typing." + name + "()"), name), args, kwnames);
    }

    /** Compare typevarobject.c: type_check (None is NoneType without asking typing). */
    static PyObject typeCheck(PyObject arg, String msg) {
        if (arg == org.pyvm.runtime.PyNone.NONE) {
            return org.pyvm.runtime.PyNone.TYPE;
        }
        return call("_type_check", arg, PyStr.of(msg));
    }

    /** The module of the function running now, or None. Compare typevarobject.c: caller. */
    static PyObject caller() {
        // The frame's function's __module__ is its globals' __name__ when it was made
        // (module code runs as a function too in CPython 3.12).
        PyFrame f = CodeRunner.get().currentFrame();
        PyObject m = f == null ? null : f.globals().getStr("__name__");
        return m == null ? org.pyvm.runtime.PyNone.NONE : m;
    }

    /**
     * repr of a TypeVar or ParamSpec: the bare name when its variance is inferred, else
     * the name after '+', '-' or '~'. Compare Objects/typevarobject.c: typevar_repr and
     * paramspec_repr.
     */
    static PyObject varianceRepr(PyStr name, boolean infer, boolean covariant, boolean contravariant) {
        if (infer) {
            return name;
        }
        return PyStr.of((covariant ? "+" : contravariant ? "-" : "~") + name.value());
    }
}
