package org.pyvm.modules.xxlimited;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * xxlimited and xxlimited_35, CPython's template extension modules (for the limited C API
 * of 3.12 and of 3.5), which its test suite imports: Xxo ({@link XxoObject}), foo(i, j), new(),
 * an exception class, a str subclass Str, and (xxlimited_35) a plain class Null and roj(),
 * which always fails as its C parser refuses its own format. Compare CPython
 * Modules/xxlimited.c and Modules/xxlimited_35.c.
 */
public final class XxlimitedModule {

    private XxlimitedModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("xxlimited");
        PyDict d = m.getDict();
        d.setStr("__doc__", PyStr.of("This is a template module just for instruction."));
        m.addFunctions(Functions.class);
        d.setStr("Xxo", XxoObject.Limited.TYPE);
        d.setStr("Error", heapClass("Error", PyExc.Exception, "xxlimited"));
        d.setStr("Str", heapClass("Str", PyStr.TYPE, "xxlimited"));
        return m;
    }

    public static PyModule create35() {
        PyModule m = new PyModule("xxlimited_35");
        PyDict d = m.getDict();
        d.setStr("__doc__", PyStr.of("This is a module for testing limited API from Python 3.5."));
        m.addFunctions(Functions35.class);
        d.setStr("Xxo", XxoObject.Limited35.TYPE);
        d.setStr("error", heapClass("error", PyExc.Exception, "xxlimited_35"));
        d.setStr("Str", heapClass("Str", PyStr.TYPE, "xxlimited_35"));
        d.setStr("Null", heapClass("Null", PyType.OBJECT, "xxlimited_35"));
        return m;
    }

    /** A class NAME(BASE) of MODULE whose instances have no dict, as PyType_FromSpec makes it with basicsize 0. */
    private static PyObject heapClass(String name, PyType base, String module) {
        PyDict ns = new PyDict();
        ns.setStr("__module__", PyStr.of(module));
        ns.setStr("__slots__", PyTuple.EMPTY);
        return Abstract.call(PyType.TYPE, PyStr.of(name), PyTuple.of(base), ns);
    }

    /** foo(i, j): PyArg_ParseTuple "ll:foo", the sum as a C long. */
    static PyObject foo(PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("foo() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw PyErr.typeError("foo() takes exactly 2 arguments (" + args.length + " given)");
        }
        return PyInt.of(cLong(args[0]) + cLong(args[1]));
    }

    private static long cLong(PyObject o) {
        PyInt v = Abstract.index(o);
        if (v.isBig()) {
            throw PyErr.overflowError("Python int too large to convert to C long");
        }
        return v.longValue();
    }

    static final class Functions {
        private Functions() {}

        @ExposedMethod
        static PyObject foo(PyObject[] args, String[] kw) {
            return XxlimitedModule.foo(args, kw);
        }

        @ExposedMethod(name = "new")
        static PyObject new_() {
            return new XxoObject.Limited();
        }
    }

    static final class Functions35 {
        private Functions35() {}

        @ExposedMethod
        static PyObject foo(PyObject[] args, String[] kw) {
            return XxlimitedModule.foo(args, kw);
        }

        /** new(): PyArg_ParseTuple ":new". */
        @ExposedMethod(name = "new")
        static PyObject new_(PyObject[] args, String[] kw) {
            if (args.length > 0) {
                throw PyErr.typeError("new() takes exactly 0 arguments (" + args.length + " given)");
            }
            return new XxoObject.Limited35();
        }

        /** roj(a, b): its "O#:roj" format is one PyArg_ParseTuple refuses. */
        @ExposedMethod
        static PyObject roj(PyObject[] args, String[] kw) {
            throw PyErr.systemError("bad format string: O#:roj");
        }
    }
}
