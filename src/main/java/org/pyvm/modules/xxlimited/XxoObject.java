package org.pyvm.modules.xxlimited;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.BufferExporter;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyMemoryView;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * The Xxo objects of the template modules xxlimited and xxlimited_35: attributes set on one
 * live in a dict of its own (x_attr), read before the type's; demo(o) gives back a str (or,
 * in xxlimited, an Xxo) and None for anything else. xxlimited's also exports a 10-byte writable buffer and
 * counts the views (x_exports). Compare CPython Modules/xxlimited.c and xxlimited_35.c.
 */
abstract class XxoObject implements PyObject {

    /** Made when the first attribute is set, as Xxo_setattro does. */
    PyDict attrs;

    /** xxlimited.Xxo, with the buffer. */
    static final class Limited extends XxoObject implements BufferExporter {
        static final PyType TYPE = PyType.builtin("xxlimited.Xxo", Limited.class, Limited.class).notSubclassable();

        static {
            TYPE.define("__doc__", PyStr.of("A class that explicitly stores attributes in an internal dict"));
        }

        private final byte[] buffer = new byte[10];
        private final PyMemoryView.Exports exports = new PyMemoryView.Exports();

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public byte[] exportedArray() {
            return buffer;
        }

        @Override
        public boolean exportedReadonly() {
            return false;
        }

        @Override
        public PyMemoryView.Exports exports() {
            return exports;
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            noArguments(cls, args, kw);
            return new Limited();
        }

        /** demo(o, /), a METH_FASTCALL method with its own messages. */
        @ExposedMethod
        static PyObject demo(Limited self, PyObject[] args, String[] kw) {
            if (kw != null && kw.length > 0) {
                throw PyErr.typeError("demo() takes no keyword arguments");
            }
            if (args.length != 1) {
                throw PyErr.typeError("demo() takes exactly 1 argument");
            }
            return echo(args[0], TYPE);
        }

        @ExposedMethod
        static PyObject __buffer__(Limited self, PyObject flags) {
            return PyMemoryView.builtinView(self, PyMemoryView.bufferFlags(flags));
        }

        @ExposedMethod
        static void __release_buffer__(Limited self, PyObject view) {
            PyMemoryView.releaseBufferOf(self, view);
        }

        @ExposedGetter
        static PyObject x_exports(Limited self) {
            return PyInt.of(self.exports.count());
        }

        @ExposedMethod
        static PyObject __getattribute__(Limited self, PyObject name) {
            return self.getattr(name);
        }

        @ExposedMethod
        static void __setattr__(Limited self, PyObject name, PyObject value) {
            self.setattr(name, value);
        }

        @ExposedMethod
        static void __delattr__(Limited self, PyObject name) {
            self.setattr(name, null);
        }
    }

    /** xxlimited_35.Xxo. */
    static final class Limited35 extends XxoObject {
        static final PyType TYPE = PyType.builtin("xxlimited_35.Xxo", Limited35.class, Limited35.class).notSubclassable();

        static {
            TYPE.define("__doc__", PyStr.of("The Xxo type"));
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            noArguments(cls, args, kw);
            return new Limited35();
        }

        /** demo([o], /): PyArg_ParseTuple "|O:demo". */
        @ExposedMethod
        static PyObject demo(Limited35 self, PyObject[] args, String[] kw) {
            if (kw != null && kw.length > 0) {
                throw PyErr.typeError("demo() takes no keyword arguments");
            }
            if (args.length > 1) {
                throw PyErr.typeError("demo() takes at most 1 argument (" + args.length + " given)");
            }
            return args.length == 0 ? PyNone.NONE : echo(args[0], null);
        }

        @ExposedMethod
        static PyObject __getattribute__(Limited35 self, PyObject name) {
            return self.getattr(name);
        }

        @ExposedMethod
        static void __setattr__(Limited35 self, PyObject name, PyObject value) {
            self.setattr(name, value);
        }

        @ExposedMethod
        static void __delattr__(Limited35 self, PyObject name) {
            self.setattr(name, null);
        }
    }

    /** tp_new of a type whose instances take no arguments: "T() takes no arguments". */
    static void noArguments(PyType cls, PyObject[] args, String[] kw) {
        if (args.length > 0) {
            throw PyErr.typeError(cls.getName() + "() takes no arguments");
        }
    }

    /** Xxo_demo: a str or (when XXO is not null) an instance of XXO as it is, else None. */
    static PyObject echo(PyObject o, PyType xxo) {
        return o instanceof PyStr || o.type().isSubtypeOf(PyStr.TYPE) || xxo != null && o.type().isSubtypeOf(xxo) ? o
            : PyNone.NONE;
    }

    /** Xxo_getattro: the instance's own dict first, then the generic look-up. */
    PyObject getattr(PyObject name) {
        if (attrs != null) {
            PyObject v = attrs.get(name);
            if (v != null) {
                return v;
            }
        }
        return Abstract.callDescr(PyType.OBJECT.lookup("__getattribute__"), this, name);
    }

    /** Xxo_setattro: into the instance's dict; VALUE null deletes. */
    void setattr(PyObject name, PyObject value) {
        if (value == null) {
            if (attrs == null || attrs.get(name) == null) {
                throw PyErr.of(PyExc.AttributeError, "delete non-existing Xxo attribute");
            }
            attrs.delItem(name);
            return;
        }
        if (attrs == null) {
            attrs = new PyDict();
        }
        attrs.setItem(name, value);
    }
}
