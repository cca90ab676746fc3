package org.pyvm.modules.testcapi;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyBoundMethod;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The PEP 590 (vectorcall) types and functions of _testcapi that test_call uses. pyvm calls
 * nothing through vectorcall; what these show is the part Python code can see: the
 * Py_TPFLAGS_HAVE_VECTORCALL and Py_TPFLAGS_METHOD_DESCRIPTOR bits of the types
 * ({@link PyType#withCallFlags}: inherited by classes as CPython's inherit_slots does, lost by
 * a class and its subclasses when __call__ is assigned), and which of tp_call and the
 * instance's vectorcall function answers a call: the vectorcall function when the
 * instance's type has the bit and the instance has the function. Compare CPython
 * Modules/_testcapi/vectorcall.c.
 */
final class VectorcallTypes {

    private VectorcallTypes() {}

    static void addTo(PyModule m) {
        m.addFunctions(VectorcallTypes.class);
        PyDict d = m.getDict();
        d.setStr("MethodDescriptorBase", MethodDescriptor.BASE);
        d.setStr("MethodDescriptorDerived", MethodDescriptor.DERIVED);
        d.setStr("MethodDescriptorNopGet", MethodDescriptor.NOP_GET);
        d.setStr("MethodDescriptor2", MethodDescriptor.TWO);
    }

    /** What both kinds of instance hold: their type (assignable) and a dict for Python subclasses. */
    abstract static class Instance implements PyObject, HasDict.ForSubclasses {
        PyType type;
        private PyDict dict;

        Instance(PyType type) {
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict getDict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }

        @Override
        public boolean setType(PyType t) {
            type = t;
            return true;
        }
    }

    /**
     * An instance of MethodDescriptorBase and its subtypes: called, it says whether its
     * (first) vectorcall function is set, which MethodDescriptor2 leaves NULL.
     */
    static final class MethodDescriptor extends Instance {
        static final PyType BASE = PyType.builtin("MethodDescriptorBase", MethodDescriptor.class, Base.class)
            .withCallFlags(true, true);
        /** A static subtype without slots of its own inherits both bits. */
        static final PyType DERIVED = PyType.builtin("MethodDescriptorDerived", MethodDescriptor.class,
            Derived.class, BASE).withCallFlags(true, true);
        /** tp_call and tp_descr_get of its own: neither bit. */
        static final PyType NOP_GET = PyType.builtin("MethodDescriptorNopGet", MethodDescriptor.class, NopGet.class,
            BASE).withCallFlags(false, false);
        static final PyType TWO = PyType.builtin("MethodDescriptor2", MethodDescriptor.class, Two.class, BASE)
            .withCallFlags(true, true);

        /** MethodDescriptorObject.vectorcall is set (MethodDescriptor_new) or NULL (MethodDescriptor2_new). */
        final boolean vectorcall;

        MethodDescriptor(PyType type, boolean vectorcall) {
            super(type);
            this.vectorcall = vectorcall;
        }
    }

    /** MethodDescriptorBase_Type: MethodDescriptor_new, tp_call through the vectorcall, func_descr_get. */
    static final class Base {
        private Base() {}

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            return new MethodDescriptor(cls, true);
        }

        /** MethodDescriptor_vectorcall: True when the instance's vectorcall is set. */
        @ExposedMethod
        static PyObject __call__(MethodDescriptor self, PyObject[] args, String[] kw) {
            return PyBool.of(self.vectorcall);
        }

        /** func_descr_get: itself from the class, a bound method from an instance. */
        @ExposedMethod(min = 1)
        static PyObject __get__(MethodDescriptor self, PyObject obj, PyObject type) {
            return obj == null || obj == PyNone.NONE ? self : new PyBoundMethod(self, obj);
        }
    }

    /** MethodDescriptorDerived_Type: all inherited. */
    static final class Derived {
        private Derived() {}
    }

    /** MethodDescriptorNopGet_Type: call_return_args and nop_descr_get. */
    static final class NopGet {
        private NopGet() {}

        /** The positional arguments as a tuple (CPython returns the very tuple it was given). */
        @ExposedMethod
        static PyObject __call__(MethodDescriptor self, PyObject[] args, String[] kw) {
            return PyTuple.of(args.clone());
        }

        @ExposedMethod(min = 1)
        static PyObject __get__(MethodDescriptor self, PyObject obj, PyObject type) {
            return self;
        }
    }

    /** MethodDescriptor2_Type: the base's vectorcall field NULL, its own set. */
    static final class Two {
        private Two() {}

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            return new MethodDescriptor(cls, false);
        }
    }

    /**
     * The instances of the classes make_vectorcall_class makes: tp_call answers "tp_call",
     * the vectorcall function set_vectorcall installs answers "vectorcall".
     */
    static final class VectorcallObject extends Instance {
        /** The layout of those classes (CPython's come from a spec over object or the given base). */
        static final PyType TYPE = org.pyvm.modules.corelib.Types.finish(org.pyvm.modules.corelib.Types.builtin(
            "_testcapi", "_VectorcallBase", VectorcallObject.class, VectorcallObject.class)).withCallFlags(true, false);

        private boolean vectorcall;

        VectorcallObject(PyType type) {
            super(type);
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            return new VectorcallObject(cls);
        }

        /** PyObject_Call: the vectorcall function when the type has the bit and it is set, else tp_call. */
        @ExposedMethod
        static PyObject __call__(VectorcallObject self, PyObject[] args, String[] kw) {
            return PyStr.of(self.vectorcall && self.type.hasVectorcallFlag() ? "vectorcall" : "tp_call");
        }

        /** Compare vectorcall.c: _testcapi_VectorCallClass_set_vectorcall_impl. */
        @ExposedMethod
        static PyObject set_vectorcall(VectorcallObject self, PyObject type) {
            if (!(type instanceof PyType t)) {
                throw PyErr.typeError("set_vectorcall() argument must be type, not " + type.type().getName());
            }
            if (!self.type.isSubtypeOf(t)) {
                throw PyErr.typeError("expected " + t.getName() + " instance");
            }
            self.vectorcall = true;
            return PyNone.NONE;
        }
    }

    /**
     * make_vectorcall_class(base=object): a new mutable class "_testcapi.VectorcallClass"
     * with tp_call and a vectorcall offset of its own (so the bit, which assigning __call__
     * to a base does not take away). Compare vectorcall.c: _testcapi_make_vectorcall_class_impl.
     */
    @ExposedMethod(min = 0)
    static PyObject make_vectorcall_class(PyObject base) {
        PyType b = VectorcallObject.TYPE;
        if (base != null && base != PyNone.NONE) {
            if (!(base instanceof PyType t)) {
                throw PyErr.typeError("make_vectorcall_class() argument must be type, not " + base.type().getName());
            }
            b = t;
        }
        PyDict ns = new PyDict();
        ns.setStr("__module__", PyStr.of("_testcapi"));
        ns.setStr("__call__", VectorcallObject.TYPE.getDict().getStr("__call__"));
        ns.setStr("set_vectorcall", VectorcallObject.TYPE.getDict().getStr("set_vectorcall"));
        PyType t = (PyType) Abstract.call(PyType.TYPE, PyStr.of("VectorcallClass"), PyTuple.of(b), ns);
        return t.withCallFlags(true, false);
    }

    /** has_vectorcall_flag(type): Py_TPFLAGS_HAVE_VECTORCALL. */
    @ExposedMethod
    static PyObject has_vectorcall_flag(PyObject type) {
        if (!(type instanceof PyType t)) {
            throw PyErr.typeError("has_vectorcall_flag() argument must be type, not " + type.type().getName());
        }
        return PyBool.of(t.hasVectorcallFlag());
    }

    /**
     * pyvectorcall_call(func, argstuple, kwargs=None): PyVectorcall_Call, which refuses an
     * object without a vectorcall function. Here that is an object whose type lacks the bit;
     * CPython reads the object's function pointer, which some types' objects leave NULL (a
     * type object such as int), so those pass here where CPython refuses them. Compare
     * vectorcall.c: _testcapi_pyvectorcall_call_impl.
     */
    @ExposedMethod(min = 2)
    static PyObject pyvectorcall_call(PyObject func, PyObject argstuple, PyObject kwargs) {
        if (!(argstuple instanceof PyTuple t)) {
            throw PyErr.typeError("args must be a tuple");
        }
        if (kwargs != null && kwargs != PyNone.NONE && !(kwargs instanceof PyDict)) {
            throw PyErr.typeError("kwargs must be a dict");
        }
        if (!func.type().hasVectorcallFlag()) {
            throw PyErr.typeError("'" + func.type().getName() + "' object does not support vectorcall");
        }
        if (kwargs == null || kwargs == PyNone.NONE || ((PyDict) kwargs).size() == 0) {
            return Abstract.call(func, t.toArray(), null);
        }
        PyDict kw = (PyDict) kwargs;
        PyObject[] pos = t.toArray();
        PyObject[] keys = Abstract.toArray(kw);
        PyObject[] all = java.util.Arrays.copyOf(pos, pos.length + keys.length);
        String[] names = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            names[i] = Abstract.strArg(keys[i], "keywords");
            all[pos.length + i] = kw.get(keys[i]);
        }
        return Abstract.call(func, all, names);
    }
}
