package org.pyvm.runtime;

/**
 * The builtin iterator types enumerate, zip, map, filter and callable_iterator
 * (iter(f, sentinel)). Each is a small class with its type. Compare CPython
 * Objects/enumobject.c and Python/bltinmodule.c: zip_new, map_new, filter_new.
 */
public final class PyIterators {

    private PyIterators() {}

    /**
     * Shared __iter__/__next__ for the iterator classes below. An instance of a Python
     * subclass records its class and has an attribute dictionary (the exact types' instances
     * have none: HasDict.ForSubclasses).
     */
    abstract static class Base implements PyObject, PyIterator, HasDict.ForSubclasses {
        /** The Python subclass this is an instance of, or null for the exact type. */
        PyType subtype;
        private PyDict dict;

        /** Makes this an instance of CLS (the exact type or a subclass of it). */
        Base as(PyType cls, PyType exact) {
            if (cls != exact) {
                subtype = cls;
            }
            return this;
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

        @ExposedMethod
        static PyObject __iter__(PyObject self) {
            return self;
        }

        @ExposedMethod
        static PyObject __next__(PyObject self) {
            PyObject v = ((PyIterator) self).next();
            if (v == null) {
                throw PyErr.stopIteration(null);
            }
            return v;
        }
    }

    public static final class Enumerate extends Base {
        public static final PyType TYPE = PyType.builtin("enumerate", Enumerate.class, Enumerate.class)
            .alsoExposedBy(Base.class);
        private final PyObject it;
        private PyInt count;

        Enumerate(PyObject it, PyInt start) {
            this.it = it;
            this.count = start;
        }

        @Override
        public PyType type() {
            return subtype != null ? subtype : TYPE;
        }

        @Override
        public PyObject next() {
            PyObject v = Abstract.next(it);
            if (v == null) {
                return null;
            }
            PyObject r = PyTuple.of(count, v);
            count = IntMethods.add(count, PyInt.ONE);
            return r;
        }

        /** (type, (iterator, next count)). Compare enumobject.c: enum_reduce. */
        @ExposedMethod
        static PyObject __reduce__(Enumerate self) {
            return PyTuple.of(self.type(), PyTuple.of(self.it, self.count));
        }

        @ExposedMethod(names = {"iterable", "start"})
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            ArgParser ap = new ArgParser("enumerate", args, kw, 1, 2, "iterable", "start");
            PyObject start = ap.get(1);
            return new Enumerate(Abstract.iter(ap.get(0)), start == null ? PyInt.ZERO : Abstract.index(start))
                .as(cls, TYPE);
        }
    }

    public static final class Zip extends Base {
        public static final PyType TYPE = PyType.builtin("zip", Zip.class, Zip.class).alsoExposedBy(Base.class);
        private final PyObject[] its;
        private boolean strict;
        private boolean done;

        Zip(PyObject[] its, boolean strict) {
            this.its = its;
            this.strict = strict;
        }

        @Override
        public PyType type() {
            return subtype != null ? subtype : TYPE;
        }

        @Override
        public PyObject next() {
            if (done || its.length == 0) {
                return null;
            }
            PyObject[] items = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject v = Abstract.next(its[i]);
                if (v == null) {
                    done = true;
                    if (strict) {
                        checkStrict(i);
                    }
                    return null;
                }
                items[i] = v;
            }
            return PyTuple.of(items);
        }

        private void checkStrict(int i) {
            if (i > 0) {
                throw PyErr.valueError("zip() argument " + (i + 1) + " is shorter than argument" + (i > 1 ? "s 1-" + i : " 1"));
            }
            for (int j = 1; j < its.length; j++) {
                if (Abstract.next(its[j]) != null) {
                    throw PyErr.valueError("zip() argument " + (j + 1) + " is longer than argument"
                        + (j > 1 ? "s 1-" + j : " 1"));
                }
            }
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            int nkw = kw == null ? 0 : kw.length;
            boolean strict = false;
            for (int k = 0; k < nkw; k++) {
                if (!kw[k].equals("strict")) {
                    throw PyErr.typeError("'" + kw[k] + "' is an invalid keyword argument for zip()");
                }
                strict = Abstract.isTrue(args[args.length - nkw + k]);
            }
            PyObject[] its = new PyObject[args.length - nkw];
            for (int i = 0; i < its.length; i++) {
                its[i] = Abstract.iter(args[i]);
            }
            return new Zip(its, strict).as(cls, TYPE);
        }

        /** Compare bltinmodule.c: zip_reduce. */
        @ExposedMethod
        static PyObject __reduce__(Zip self) {
            PyTuple its = PyTuple.of(self.its.clone());
            return self.strict ? PyTuple.of(self.type(), its, PyBool.TRUE) : PyTuple.of(self.type(), its);
        }

        /** Compare bltinmodule.c: zip_setstate. */
        @ExposedMethod
        static void __setstate__(Zip self, PyObject state) {
            self.strict = Abstract.isTrue(state);
        }
    }

    public static final class Map extends Base {
        public static final PyType TYPE = PyType.builtin("map", Map.class, Map.class).alsoExposedBy(Base.class);
        private final PyObject func;
        private final PyObject[] its;

        Map(PyObject func, PyObject[] its) {
            this.func = func;
            this.its = its;
        }

        @Override
        public PyType type() {
            return subtype != null ? subtype : TYPE;
        }

        @Override
        public PyObject next() {
            PyObject[] items = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject v = Abstract.next(its[i]);
                if (v == null) {
                    return null;
                }
                items[i] = v;
            }
            return Abstract.call(func, items);
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            int nkw = kw == null ? 0 : kw.length;
            if (nkw > 0) {
                noKeywords("map", cls, TYPE);
                args = java.util.Arrays.copyOf(args, args.length - nkw);
            }
            if (args.length < 2) {
                throw PyErr.typeError("map() must have at least two arguments.");
            }
            PyObject[] its = new PyObject[args.length - 1];
            for (int i = 0; i < its.length; i++) {
                its[i] = Abstract.iter(args[i + 1]);
            }
            return new Map(args[0], its).as(cls, TYPE);
        }

        /** Compare bltinmodule.c: map_reduce. */
        @ExposedMethod
        static PyObject __reduce__(Map self) {
            PyObject[] a = new PyObject[self.its.length + 1];
            a[0] = self.func;
            System.arraycopy(self.its, 0, a, 1, self.its.length);
            return PyTuple.of(self.type(), PyTuple.of(a));
        }
    }

    public static final class Filter extends Base {
        public static final PyType TYPE = PyType.builtin("filter", Filter.class, Filter.class).alsoExposedBy(Base.class);
        private final PyObject func;
        private final PyObject it;

        Filter(PyObject func, PyObject it) {
            this.func = func;
            this.it = it;
        }

        @Override
        public PyType type() {
            return subtype != null ? subtype : TYPE;
        }

        @Override
        public PyObject next() {
            while (true) {
                PyObject v = Abstract.next(it);
                if (v == null) {
                    return null;
                }
                boolean ok = func == PyNone.NONE ? Abstract.isTrue(v) : Abstract.isTrue(Abstract.call(func, v));
                if (ok) {
                    return v;
                }
            }
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            int nkw = kw == null ? 0 : kw.length;
            if (nkw > 0) {
                noKeywords("filter", cls, TYPE);
            }
            if (args.length - nkw != 2) {
                throw PyErr.typeError("filter expected 2 arguments, got " + (args.length - nkw));
            }
            return new Filter(args[0], Abstract.iter(args[1])).as(cls, TYPE);
        }

        /** Compare bltinmodule.c: filter_reduce. */
        @ExposedMethod
        static PyObject __reduce__(Filter self) {
            return PyTuple.of(self.type(), PyTuple.of(self.func, self.it));
        }
    }

    /**
     * Keywords are refused by the exact type and by a subclass that keeps its __init__ (a
     * subclass with an __init__ of its own may take them). Compare bltinmodule.c: map_new.
     */
    static void noKeywords(String name, PyType cls, PyType exact) {
        if (cls == exact || cls.lookup("__init__") == exact.lookup("__init__")) {
            throw PyErr.typeError(name + "() takes no keyword arguments");
        }
    }

    /** iter(callable, sentinel). */
    public static final class CallIter extends Base {
        public static final PyType TYPE = PyType.builtin("callable_iterator", CallIter.class, CallIter.class)
            .alsoExposedBy(Base.class).notSubclassable();
        /** Both null once exhausted. */
        private PyObject func;
        private PyObject sentinel;

        public CallIter(PyObject func, PyObject sentinel) {
            this.func = func;
            this.sentinel = sentinel;
        }

        @Override
        public PyType type() {
            return subtype != null ? subtype : TYPE;
        }

        /**
         * A StopIteration from the callable ends the iteration; so does exhaustion while
         * the callable runs (it re-entered this iterator). Compare iterobject.c: calliter_iternext.
         */
        @Override
        public PyObject next() {
            PyObject f = func;
            if (f == null) {
                return null;
            }
            PyObject v;
            try {
                v = Abstract.call(f);
            } catch (PyBaseException e) {
                if (!e.matches(PyExc.StopIteration)) {
                    throw e;
                }
                func = null;
                sentinel = null;
                return null;
            }
            PyObject s = sentinel;
            if (s == null) {
                return null;
            }
            if (Ops.eqBool(s, v)) {
                func = null;
                sentinel = null;
                return null;
            }
            return v;
        }

        /** (iter, (callable, sentinel)), or iter of () once exhausted. Compare iterobject.c: calliter_reduce. */
        @ExposedMethod
        static PyObject __reduce__(CallIter self) {
            PyObject iter = PySeqIter.builtin("iter");
            if (self.func != null && self.sentinel != null) {
                return PyTuple.of(iter, PyTuple.of(self.func, self.sentinel));
            }
            return PyTuple.of(iter, PyTuple.of(PyTuple.EMPTY));
        }
    }
}
