package org.pyvm.modules.testcapi;

import java.lang.reflect.Method;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.JavaMethod;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStaticMethod;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The _testcapi functions that report how a builtin was called, one per calling
 * convention of CPython's C functions, each as a module function, an instance method
 * (MethInstance), a class method (MethClass) and a static method (MethStatic); and the
 * pyobject_fastcall / pyobject_fastcalldict / pyobject_vectorcall entry points that call
 * an object with positional values, a keyword dict or keyword names. test_call checks
 * what each receives as self and arguments and the errors for wrong argument counts.
 * pyvm's builtins have no C calling conventions; each function here checks its arguments
 * as its CPython counterpart's convention does (METH_O and METH_NOARGS through pyvm's
 * fixed-arity builtins, whose messages are those of CPython's methodobject.c and
 * descrobject.c) and returns what the C function returns. Compare CPython
 * Modules/_testcapimodule.c: meth_varargs ... meth_fastcall_keywords, MethInstance_Type,
 * MethClass_Type, MethStatic_Type, and Modules/_testcapi/vectorcall.c.
 */
final class CallingConventions {

    private CallingConventions() {}

    /** The module the module-level functions report as their self (the latest _testcapi made). */
    private static PyObject module = PyNone.NONE;

    static void addTo(PyModule m) {
        module = m;
        m.addFunctions(CallingConventions.class);
        PyDict d = m.getDict();
        d.setStr("MethInstance", MethInstance.TYPE);
        d.setStr("MethClass", MethClass.TYPE);
        d.setStr("MethStatic", MethStatic.TYPE);
    }

    // ---- what the conventions give the C function, as the C function returns it ----

    private static int positional(PyObject[] args, String[] kw) {
        return args.length - (kw == null ? 0 : kw.length);
    }

    private static PyTuple posTuple(PyObject[] args, String[] kw) {
        PyObject[] a = new PyObject[positional(args, kw)];
        System.arraycopy(args, 0, a, 0, a.length);
        return PyTuple.of(a);
    }

    private static PyDict kwDict(PyObject[] args, String[] kw) {
        PyDict d = new PyDict();
        int n = positional(args, kw);
        for (int i = 0; kw != null && i < kw.length; i++) {
            d.setItem(PyStr.of(kw[i]), args[n + i]);
        }
        return d;
    }

    /** METH_VARARGS: (self, args); keywords refused with the bare name (methodobject.c: cfunction_call). */
    static PyObject varargs(PyObject self, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("meth_varargs() takes no keyword arguments");
        }
        return PyTuple.of(self, posTuple(args, kw));
    }

    /** METH_VARARGS | METH_KEYWORDS: (self, args, kwargs or None when there are none). */
    static PyObject varargsKeywords(PyObject self, PyObject[] args, String[] kw) {
        PyObject kwargs = kw == null || kw.length == 0 ? PyNone.NONE : kwDict(args, kw);
        return PyTuple.of(self, posTuple(args, kw), kwargs);
    }

    /** METH_FASTCALL: (self, args); keywords refused naming the function (descrobject.c: method_check_args). */
    static PyObject fastcall(PyObject self, String qualname, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError(qualname + "() takes no keyword arguments");
        }
        return PyTuple.of(self, posTuple(args, kw));
    }

    /** METH_FASTCALL | METH_KEYWORDS: (self, args, dict of the keywords, empty when none). */
    static PyObject fastcallKeywords(PyObject self, PyObject[] args, String[] kw) {
        return PyTuple.of(self, posTuple(args, kw), kwDict(args, kw));
    }

    // ---- module-level functions: self is the module ----

    @ExposedMethod
    static PyObject meth_varargs(PyObject[] args, String[] kw) {
        return varargs(module, args, kw);
    }

    @ExposedMethod
    static PyObject meth_varargs_keywords(PyObject[] args, String[] kw) {
        return varargsKeywords(module, args, kw);
    }

    @ExposedMethod
    static PyObject meth_o(PyObject arg) {
        return PyTuple.of(module, arg);
    }

    @ExposedMethod
    static PyObject meth_noargs() {
        return module;
    }

    @ExposedMethod
    static PyObject meth_fastcall(PyObject[] args, String[] kw) {
        return fastcall(module, "_testcapi.meth_fastcall", args, kw);
    }

    @ExposedMethod
    static PyObject meth_fastcall_keywords(PyObject[] args, String[] kw) {
        return fastcallKeywords(module, args, kw);
    }

    // ---- calling an object from "C" ----

    private static PyObject[] stack(PyObject args) {
        if (args == PyNone.NONE) {
            return new PyObject[0];
        }
        if (args instanceof PyTuple t) {
            return t.toArray();
        }
        throw PyErr.typeError("args must be None or a tuple");
    }

    /** pyobject_fastcall(func, args): func(*args). Compare vectorcall.c: test_pyobject_fastcall. */
    @ExposedMethod
    static PyObject pyobject_fastcall(PyObject func, PyObject args) {
        return Abstract.call(func, stack(args), null);
    }

    /** pyobject_fastcalldict(func, args, kwargs): func(*args, **kwargs). Compare test_pyobject_fastcalldict. */
    @ExposedMethod
    static PyObject pyobject_fastcalldict(PyObject func, PyObject args, PyObject kwargs) {
        PyObject[] pos = stack(args);
        if (kwargs == PyNone.NONE) {
            return Abstract.call(func, pos, null);
        }
        if (!(kwargs instanceof PyDict d)) {
            throw PyErr.typeError("kwnames must be None or a dict");
        }
        int n = d.size();
        PyObject[] all = new PyObject[pos.length + n];
        String[] names = new String[n];
        System.arraycopy(pos, 0, all, 0, pos.length);
        int i = 0;
        for (int p = d.nextEntry(0); p >= 0 && i < n; p = d.nextEntry(p + 1), i++) {
            if (!(d.keyAt(p) instanceof PyStr k)) {
                throw PyErr.typeError("keywords must be strings");
            }
            names[i] = k.value();
            all[pos.length + i] = d.valueAt(p);
        }
        return Abstract.call(func, all, names);
    }

    /**
     * pyobject_vectorcall(func, args, kwnames): the last len(kwnames) values of args are
     * the keyword arguments. Compare vectorcall.c: test_pyobject_vectorcall.
     */
    @ExposedMethod
    static PyObject pyobject_vectorcall(PyObject func, PyObject args, PyObject kwnames) {
        PyObject[] all = stack(args);
        if (kwnames == PyNone.NONE) {
            return Abstract.call(func, all, null);
        }
        if (!(kwnames instanceof PyTuple t)) {
            throw PyErr.typeError("kwnames must be None or a tuple");
        }
        PyObject[] ks = t.toArray();
        if (ks.length > all.length) {
            throw PyErr.valueError("kwnames longer than args");
        }
        String[] names = new String[ks.length];
        for (int i = 0; i < ks.length; i++) {
            if (!(ks[i] instanceof PyStr k)) {
                throw PyErr.typeError("keywords must be strings");
            }
            names[i] = k.value();
        }
        return Abstract.call(func, all, names.length == 0 ? null : names);
    }

    /** Refuses arguments to a type with object's __init__ only. Compare typeobject.c: object_init. */
    private static void noArgs(PyType cls, PyObject[] args) {
        if (args.length > 0) {
            throw PyErr.typeError(cls.getName() + "() takes no arguments");
        }
    }

    /** Class with normal (instance) methods to test calling conventions. */
    static final class MethInstance implements PyObject {
        static final PyType TYPE = PyType.builtin("MethInstance", MethInstance.class, MethInstance.class)
            .notSubclassable();

        @Override
        public PyType type() {
            return TYPE;
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            noArgs(cls, args);
            return new MethInstance();
        }

        @ExposedMethod
        static PyObject meth_varargs(PyObject self, PyObject[] args, String[] kw) {
            return varargs(self, args, kw);
        }

        @ExposedMethod
        static PyObject meth_varargs_keywords(PyObject self, PyObject[] args, String[] kw) {
            return varargsKeywords(self, args, kw);
        }

        @ExposedMethod
        static PyObject meth_o(PyObject self, PyObject arg) {
            return PyTuple.of(self, arg);
        }

        @ExposedMethod
        static PyObject meth_noargs(PyObject self) {
            return self;
        }

        @ExposedMethod
        static PyObject meth_fastcall(PyObject self, PyObject[] args, String[] kw) {
            return fastcall(self, "MethInstance.meth_fastcall", args, kw);
        }

        @ExposedMethod
        static PyObject meth_fastcall_keywords(PyObject self, PyObject[] args, String[] kw) {
            return fastcallKeywords(self, args, kw);
        }
    }

    /** Class with class methods to test calling conventions. */
    static final class MethClass implements PyObject {
        static final PyType TYPE = PyType.builtin("MethClass", MethClass.class, MethClass.class).notSubclassable();

        @Override
        public PyType type() {
            return TYPE;
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            noArgs(cls, args);
            return new MethClass();
        }

        @ExposedMethod(classMethod = true)
        static PyObject meth_varargs(PyType cls, PyObject[] args, String[] kw) {
            return varargs(cls, args, kw);
        }

        @ExposedMethod(classMethod = true)
        static PyObject meth_varargs_keywords(PyType cls, PyObject[] args, String[] kw) {
            return varargsKeywords(cls, args, kw);
        }

        @ExposedMethod(classMethod = true)
        static PyObject meth_o(PyType cls, PyObject arg) {
            return PyTuple.of(cls, arg);
        }

        @ExposedMethod(classMethod = true)
        static PyObject meth_noargs(PyType cls) {
            return cls;
        }

        @ExposedMethod(classMethod = true)
        static PyObject meth_fastcall(PyType cls, PyObject[] args, String[] kw) {
            return fastcall(cls, "MethClass.meth_fastcall", args, kw);
        }

        @ExposedMethod(classMethod = true)
        static PyObject meth_fastcall_keywords(PyType cls, PyObject[] args, String[] kw) {
            return fastcallKeywords(cls, args, kw);
        }
    }

    /** Class with static methods to test calling conventions. */
    static final class MethStatic implements PyObject {
        static final PyType TYPE = PyType.builtin("MethStatic", MethStatic.class, MethStatic.class).notSubclassable();

        static {
            // The static methods: functions without self, wrapped in staticmethod.
            for (Method m : StaticMethods.class.getDeclaredMethods()) {
                ExposedMethod em = m.getAnnotation(ExposedMethod.class);
                if (em != null) {
                    TYPE.getDict().setStr(m.getName(),
                        new PyStaticMethod(JavaMethod.function(m, em, m.getName(), TYPE)));
                }
            }
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            noArgs(cls, args);
            return new MethStatic();
        }
    }

    /** MethStatic's methods: self is NULL, which the C functions return as None. */
    static final class StaticMethods {
        private StaticMethods() {}

        @ExposedMethod
        static PyObject meth_varargs(PyObject[] args, String[] kw) {
            return varargs(PyNone.NONE, args, kw);
        }

        @ExposedMethod
        static PyObject meth_varargs_keywords(PyObject[] args, String[] kw) {
            return varargsKeywords(PyNone.NONE, args, kw);
        }

        @ExposedMethod
        static PyObject meth_o(PyObject arg) {
            return PyTuple.of(PyNone.NONE, arg);
        }

        @ExposedMethod
        static PyObject meth_noargs() {
            return PyNone.NONE;
        }

        @ExposedMethod
        static PyObject meth_fastcall(PyObject[] args, String[] kw) {
            return fastcall(PyNone.NONE, "MethStatic.meth_fastcall", args, kw);
        }

        @ExposedMethod
        static PyObject meth_fastcall_keywords(PyObject[] args, String[] kw) {
            return fastcallKeywords(PyNone.NONE, args, kw);
        }
    }
}
