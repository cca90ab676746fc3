package org.pyvm.modules.operator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pyvm.modules.corelib.Types;
import org.pyvm.modules.functools.Partial;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.Callable;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * operator.itemgetter, attrgetter and methodcaller: callables that fetch items,
 * attributes, or call a method of their argument. None of them can be subclassed (as in
 * CPython), so each is called directly as a {@link Callable}. Compare CPython
 * Modules/_operator.c: itemgetter_call, attrgetter_call, methodcaller_call and their reprs.
 */
final class Getters {

    private Getters() {}

    /** The one-argument call all three share: "NAME expected 1 argument, got N". */
    private static PyObject single(String name, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError(name + "() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw PyErr.typeError(name + " expected 1 argument, got " + args.length);
        }
        return args[0];
    }

    private static String reprArgs(PyObject[] items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Abstract.repr(items[i]));
        }
        return sb.toString();
    }

    /** itemgetter(item, /, *items). */
    static final class ItemGetter implements PyObject, Callable {
        static final PyType TYPE = Types.finish(Types.builtin("operator", "itemgetter", ItemGetter.class,
            ItemGetter.class).notSubclassable());

        private final PyObject[] items;

        ItemGetter(PyObject[] items) {
            this.items = items;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            PyObject obj = single("itemgetter", args, kwnames);
            if (items.length == 1) {
                return Abstract.getItem(obj, items[0]);
            }
            PyObject[] out = new PyObject[items.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = Abstract.getItem(obj, items[i]);
            }
            return PyTuple.of(out);
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            if (kw != null && kw.length > 0) {
                throw PyErr.typeError("itemgetter() takes no keyword arguments");
            }
            if (args.length < 1) {
                throw PyErr.typeError("itemgetter expected 1 argument, got 0");
            }
            return new ItemGetter(args.clone());
        }

        @ExposedMethod
        static PyObject __call__(ItemGetter self, PyObject[] args, String[] kw) {
            return self.call(args, kw);
        }

        @ExposedMethod
        static String __repr__(ItemGetter self) {
            return "operator.itemgetter(" + reprArgs(self.items) + ")";
        }

        @ExposedMethod
        static PyObject __reduce__(ItemGetter self) {
            return PyTuple.of(TYPE, PyTuple.of(self.items.clone()));
        }
    }

    /** attrgetter(attr, /, *attrs): dotted names follow attributes of attributes. */
    static final class AttrGetter implements PyObject, Callable {
        static final PyType TYPE = Types.finish(Types.builtin("operator", "attrgetter", AttrGetter.class,
            AttrGetter.class).notSubclassable());

        private final PyStr[] names;
        /** Each name split at its dots. */
        private final PyStr[][] paths;

        AttrGetter(PyStr[] names) {
            this.names = names;
            this.paths = new PyStr[names.length][];
            for (int i = 0; i < names.length; i++) {
                String[] parts = names[i].value().split("\\.", -1);
                paths[i] = new PyStr[parts.length];
                for (int j = 0; j < parts.length; j++) {
                    paths[i][j] = PyStr.intern(parts[j]);
                }
            }
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private static PyObject follow(PyObject obj, PyStr[] path) {
            for (PyStr p : path) {
                obj = Abstract.getAttr(obj, p);
            }
            return obj;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            PyObject obj = single("attrgetter", args, kwnames);
            if (paths.length == 1) {
                return follow(obj, paths[0]);
            }
            PyObject[] out = new PyObject[paths.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = follow(obj, paths[i]);
            }
            return PyTuple.of(out);
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            if (kw != null && kw.length > 0) {
                throw PyErr.typeError("attrgetter() takes no keyword arguments");
            }
            if (args.length < 1) {
                throw PyErr.typeError("attrgetter expected 1 argument, got 0");
            }
            PyStr[] names = new PyStr[args.length];
            for (int i = 0; i < args.length; i++) {
                if (!(args[i] instanceof PyStr s)) {
                    throw PyErr.typeError("attribute name must be a string");
                }
                names[i] = s;
            }
            return new AttrGetter(names);
        }

        @ExposedMethod
        static PyObject __call__(AttrGetter self, PyObject[] args, String[] kw) {
            return self.call(args, kw);
        }

        @ExposedMethod
        static String __repr__(AttrGetter self) {
            return "operator.attrgetter(" + reprArgs(self.names) + ")";
        }

        @ExposedMethod
        static PyObject __reduce__(AttrGetter self) {
            return PyTuple.of(TYPE, PyTuple.of((PyObject[]) self.names.clone()));
        }
    }

    /** methodcaller(name, /, *args, **kwargs). */
    static final class MethodCaller implements PyObject, Callable {
        static final PyType TYPE = Types.finish(Types.builtin("operator", "methodcaller", MethodCaller.class,
            MethodCaller.class).notSubclassable());

        private final PyStr name;
        /** Positional values then keyword values, as a call passes them. */
        private final PyObject[] args;
        private final String[] kwnames;

        MethodCaller(PyStr name, PyObject[] args, String[] kwnames) {
            this.name = name;
            this.args = args;
            this.kwnames = kwnames;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            PyObject obj = single("methodcaller", a, kw);
            return Abstract.call(Abstract.getAttr(obj, name), args, kwnames);
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            int nkw = kw == null ? 0 : kw.length;
            if (args.length - nkw < 1) {
                throw PyErr.typeError("methodcaller needs at least one argument, the method name");
            }
            if (!(args[0] instanceof PyStr s)) {
                throw PyErr.typeError("method name must be a string");
            }
            return new MethodCaller(PyStr.intern(s.value()), Arrays.copyOfRange(args, 1, args.length),
                nkw == 0 ? null : kw.clone());
        }

        @ExposedMethod
        static PyObject __call__(MethodCaller self, PyObject[] args, String[] kw) {
            return self.call(args, kw);
        }

        private int npos() {
            return args.length - (kwnames == null ? 0 : kwnames.length);
        }

        @ExposedMethod
        static String __repr__(MethodCaller self) {
            List<String> parts = new ArrayList<>();
            parts.add(Abstract.repr(self.name).toString());
            int npos = self.npos();
            for (int i = 0; i < npos; i++) {
                parts.add(Abstract.repr(self.args[i]).toString());
            }
            for (int i = npos; i < self.args.length; i++) {
                parts.add(self.kwnames[i - npos] + "=" + Abstract.repr(self.args[i]));
            }
            return "operator.methodcaller(" + String.join(", ", parts) + ")";
        }

        /** Without keywords (methodcaller, (name, *args)); with them a partial carries the keywords. */
        @ExposedMethod
        static PyObject __reduce__(MethodCaller self) {
            int npos = self.npos();
            if (npos == self.args.length) {
                PyObject[] a = new PyObject[npos + 1];
                a[0] = self.name;
                System.arraycopy(self.args, 0, a, 1, npos);
                return PyTuple.of(TYPE, PyTuple.of(a));
            }
            PyDict kw = new PyDict();
            for (int i = npos; i < self.args.length; i++) {
                kw.setItem(PyStr.of(self.kwnames[i - npos]), self.args[i]);
            }
            PyObject p = Partial.of(TYPE, new PyObject[] {self.name}, kw);
            return PyTuple.of(p, PyTuple.of(Arrays.copyOf(self.args, npos)));
        }
    }
}
