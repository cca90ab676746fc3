package org.pyvm.runtime;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * A struct sequence (sys.version_info, os.stat_result, time.struct_time...): a tuple of the
 * first {@code n_sequence_fields} values, each named field also a read-only member of its
 * type, and fields past the tuple (stat_result's float and _ns times, st_blksize...)
 * reachable only by name. Compare CPython Objects/structseq.c. One Java class serves
 * every such type; a {@link Spec} holds a type's field names. None of them is a base type
 * (no Py_TPFLAGS_BASETYPE): {@code class X(os.stat_result)} fails.
 */
public final class PyStructSeq extends PyTuple {

    /** A struct sequence type: its field names (null for unnamed ones) and tuple length. */
    public static final class Spec {
        final PyType type;
        final String[] fields;
        final int visible;
        final int unnamed;
        /** False where CPython clears tp_new (sys.version_info, sys.flags). */
        private volatile boolean creatable = true;
        /** A constructor of the type's own instead of structseq_new (posix.sched_param). */
        private volatile BiFunction<PyObject[], String[], PyObject> constructor;
        /** Fills the hidden fields structseq_new left None (stat_result's float times). */
        private volatile Consumer<PyObject[]> completer;

        private Spec(PyType type, String[] fields, int visible) {
            this.type = type;
            this.fields = fields;
            this.visible = visible;
            int u = 0;
            for (String f : fields) {
                if (f == null) {
                    u++;
                }
            }
            this.unnamed = u;
        }

        public PyType type() {
            return type;
        }

        /** An instance with all VALUES (the tuple's, then the hidden ones). */
        public PyStructSeq make(PyObject... values) {
            return new PyStructSeq(this, values);
        }

        /**
         * type(...) raises "cannot create ... instances", as for a type whose tp_new CPython
         * cleared (sys.flags, sys.version_info); its __new__ is then tuple's, which refuses it.
         */
        public Spec uncreatable() {
            creatable = false;
            type.noInstances();
            return this;
        }

        /** type(*args, **kw) runs CTOR instead of structseq_new. */
        public Spec constructor(BiFunction<PyObject[], String[], PyObject> ctor) {
            this.constructor = ctor;
            return this;
        }

        /** After structseq_new, FILL sees all the values and may replace hidden ones left None. */
        public Spec completer(Consumer<PyObject[]> fill) {
            this.completer = fill;
            return this;
        }
    }

    private static final ConcurrentHashMap<PyType, Spec> SPECS = new ConcurrentHashMap<>();
    /** sys's types by tp_name, made once, as CPython's static types: type(sys.get_asyncgen_hooks()) is always the same. */
    private static final ConcurrentHashMap<String, Spec> BY_NAME = new ConcurrentHashMap<>();

    private final Spec spec;
    private final PyObject[] all;

    private PyStructSeq(Spec spec, PyObject[] all) {
        super(all.length == spec.visible ? all : Arrays.copyOf(all, spec.visible));
        this.spec = spec;
        this.all = all;
    }

    /**
     * Declares the type MODULE.NAME (NAME alone in builtins when MODULE is null) with FIELDS
     * (null marks an unnamed one), the first VISIBLE forming the tuple. Compare
     * PyStructSequence_InitType2.
     */
    public static Spec define(String module, String name, int visible, String... fields) {
        PyType t = PyType.builtin(module == null ? name : module + "." + name, PyStructSeq.class, PyStructSeq.class,
            PyTuple.TYPE).notSubclassable();
        t.inModule(module == null ? "builtins" : module, name);
        Spec s = new Spec(t, fields, visible);
        SPECS.put(t, s);
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == null) {
                continue;
            }
            int idx = i;
            t.define(fields[i], PyMemberDescr.of(fields[i], t, o -> ((PyStructSeq) o).all[idx], (o, v) -> {
                throw PyErr.attributeError("readonly attribute");
            }));
        }
        t.define("n_sequence_fields", PyInt.of(visible));
        t.define("n_fields", PyInt.of(fields.length));
        t.define("n_unnamed_fields", PyInt.of(s.unnamed));
        PyObject[] names = new PyObject[visible];
        int k = 0;
        for (int i = 0; i < visible; i++) {
            if (fields[i] != null) {
                names[k++] = PyStr.of(fields[i]);
            }
        }
        t.define("__match_args__", PyTuple.of(Arrays.copyOf(names, k)));
        return s;
    }

    /** The type sys.NAME with FIELDS, all in the tuple, made on first use. */
    public static Spec sysType(String name, String... fields) {
        return BY_NAME.computeIfAbsent("sys." + name, n -> define("sys", name, fields.length, fields));
    }

    /** As {@link #sysType}, for a type of the builtins module whose repr shows NAME alone (sys.asyncgen_hooks). */
    public static Spec builtinsType(String name, String... fields) {
        return BY_NAME.computeIfAbsent(name, n -> define(null, name, fields.length, fields));
    }

    @Override
    public PyType type() {
        return spec.type;
    }

    /** Field I, counting the hidden ones after the tuple's. */
    public PyObject field(int i) {
        return all[i];
    }

    /** type(sequence, dict=None). Compare structseq.c: structseq_new_impl. */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        Spec spec = SPECS.get(cls);
        if (spec == null) {
            throw PyErr.typeError("cannot create '" + cls.getName() + "' instances");
        }
        if (!spec.creatable) {
            // CPython's such a type inherits tuple.__new__, whose tp_new_wrapper refuses it.
            throw PyErr.typeError("tuple.__new__(" + cls.fullName() + ") is not safe, use " + cls.fullName()
                + ".__new__()");
        }
        if (spec.constructor != null) {
            return spec.constructor.apply(args, kw);
        }
        String tn = cls.getName();
        PyObject[] a = structseqArgs(args, kw);
        PyObject seq = a[0];
        PyObject dict = a[1];
        // PySequence_Fast: any iterable, else "constructor requires a sequence"
        if (seq.type().slot(Slot.ITER) == null && seq.type().lookup("__getitem__") == null) {
            throw PyErr.typeError("constructor requires a sequence");
        }
        PyObject[] items = Abstract.toArray(seq);
        // An explicit dict=None is not a dict either (the C default is NULL).
        if (dict != null && !(dict instanceof PyDict)) {
            throw PyErr.typeError(tn + "() takes a dict as second arg, if any");
        }
        int n = items.length;
        int min = spec.visible;
        int max = spec.fields.length;
        if (n < min || n > max) {
            String bound = min == max ? "a " + min : n < min ? "an at least " + min : "an at most " + max;
            throw PyErr.typeError(tn + "() takes " + bound + "-sequence (" + n + "-sequence given)");
        }
        PyObject[] all = Arrays.copyOf(items, max);
        for (int i = n; i < max; i++) {
            PyObject v = null;
            if (dict != null && spec.fields[i] != null) {
                v = Abstract.getItemOrNull(dict, PyStr.of(spec.fields[i]));
            }
            all[i] = v == null ? PyNone.NONE : v;
        }
        if (spec.completer != null) {
            spec.completer.accept(all);
        }
        return new PyStructSeq(spec, all);
    }

    /**
     * structseq_new's (sequence, dict=NULL), by position or name, with Argument Clinic's
     * checks in its order (_PyArg_UnpackKeywords): the count, a missing sequence, then
     * keywords left over.
     */
    private static PyObject[] structseqArgs(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (args.length > 2) {
            throw PyErr.typeError("structseq() takes at most 2 arguments (" + args.length + " given)");
        }
        String[] names = {"sequence", "dict"};
        PyObject[] out = new PyObject[2];
        System.arraycopy(args, 0, out, 0, npos);
        boolean[] used = new boolean[nkw];
        for (int i = npos; i < 2; i++) {
            for (int k = 0; k < nkw; k++) {
                if (kw[k].equals(names[i])) {
                    out[i] = args[npos + k];
                    used[k] = true;
                }
            }
        }
        if (out[0] == null) {
            throw PyErr.typeError("structseq() missing required argument 'sequence' (pos 1)");
        }
        for (int k = 0; k < nkw; k++) {
            if (!used[k]) {
                int pos = Arrays.asList(names).indexOf(kw[k]);
                throw PyErr.typeError(pos < 0 ? "'" + kw[k] + "' is an invalid keyword argument for structseq()"
                    : "argument for structseq() given by name ('" + kw[k] + "') and position (" + (pos + 1) + ")");
            }
        }
        return out;
    }

    /** "os.stat_result(st_mode=..., ...)": the tuple's values, named. Compare structseq_repr. */
    @ExposedMethod
    static String __repr__(PyStructSeq self) {
        StringBuilder sb = new StringBuilder(self.spec.type.getName()).append('(');
        // Compare structseq_repr: the i-th tuple value is labelled with the i-th *named*
        // member, so stat_result's unnamed int times show as st_atime=..., as CPython's do.
        String[] f = self.spec.fields;
        int k = 0;
        for (int i = 0; i < self.spec.visible; i++) {
            while (f[k] == null) {
                k++;
            }
            sb.append(i > 0 ? ", " : "").append(f[k++]).append('=').append(Abstract.repr(self.all[i]));
        }
        return sb.append(')').toString();
    }

    /** (type, (tuple, {hidden fields})). Compare structseq_reduce. */
    @ExposedMethod
    static PyObject __reduce__(PyStructSeq self) {
        PyDict d = new PyDict();
        for (int i = self.spec.visible; i < self.all.length; i++) {
            if (self.spec.fields[i] != null) {
                d.setStr(self.spec.fields[i], self.all[i]);
            }
        }
        return PyTuple.of(self.spec.type, PyTuple.of(PyTuple.of(Arrays.copyOf(self.all, self.spec.visible)), d));
    }
}
