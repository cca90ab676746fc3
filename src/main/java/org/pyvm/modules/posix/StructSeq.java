package org.pyvm.modules.posix;

import java.util.HashMap;
import java.util.Map;
import org.pyvm.modules.corelib.Member;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * A struct sequence type of a C module (os.stat_result, os.terminal_size...): a tuple
 * of the first {@code n_sequence_fields} values, every field also an attribute, and
 * fields past the tuple (stat_result's float times, _ns times, st_blksize...) reachable
 * only by name. Compare CPython Objects/structseq.c. One Java class serves every such
 * type; {@link Spec} holds the type's field names.
 */
public final class StructSeq extends PyTuple {

    /** A struct sequence type: its field names (null for unnamed ones) and tuple length. */
    public static final class Spec {
        final PyType type;
        final String[] fields;
        final int visible;
        final int unnamed;

        Spec(PyType type, String[] fields, int visible) {
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
        public StructSeq make(PyObject... values) {
            return new StructSeq(this, values);
        }
    }

    private static final Map<PyType, Spec> SPECS = new HashMap<>();

    private final Spec spec;
    private final PyObject[] all;

    private StructSeq(Spec spec, PyObject[] all) {
        super(java.util.Arrays.copyOf(all, spec.visible));
        this.spec = spec;
        this.all = all;
    }

    /** Declares MODULE.NAME with FIELDS (null marks an unnamed one), the first VISIBLE forming the tuple. */
    public static synchronized Spec define(String module, String name, int visible, String... fields) {
        // CPython's struct sequences are not base types (no Py_TPFLAGS_BASETYPE): class X(os.stat_result) fails.
        PyType t = Types.finish(Types.builtin(module, name, StructSeq.class, StructSeq.class, PyTuple.TYPE))
            .notSubclassable();
        Spec s = new Spec(t, fields, visible);
        SPECS.put(t, s);
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == null) {
                continue;
            }
            int idx = i;
            Member.install(t, fields[i], o -> ((StructSeq) o).all[idx], (o, v) -> {
                throw PyErr.attributeError("readonly attribute");
            });
        }
        t.getDict().setStr("n_sequence_fields", PyInt.of(visible));
        t.getDict().setStr("n_fields", PyInt.of(fields.length));
        t.getDict().setStr("n_unnamed_fields", PyInt.of(s.unnamed));
        PyObject[] names = new PyObject[visible];
        int k = 0;
        for (int i = 0; i < visible; i++) {
            if (fields[i] != null) {
                names[k++] = org.pyvm.runtime.PyStr.of(fields[i]);
            }
        }
        t.getDict().setStr("__match_args__", PyTuple.of(java.util.Arrays.copyOf(names, k)));
        return s;
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
        if (spec == Sched.SCHED_PARAM) {
            return Sched.newParam(args, kw);
        }
        PyObject[] a = org.pyvm.modules.corelib.Args.parse("structseq", args, kw, 1, 2, "sequence", "dict");
        String tn = cls.getName();
        // PySequence_Fast: any iterable, else "constructor requires a sequence"
        if (a[0].type().slot(org.pyvm.runtime.Slot.ITER) == null
            && a[0].type().lookup("__getitem__") == null) {
            throw PyErr.typeError("constructor requires a sequence");
        }
        PyObject[] items = Abstract.toArray(a[0]);
        // An explicit dict=None is not a dict either (the C default is NULL).
        if (a[1] != null && !(a[1] instanceof org.pyvm.runtime.PyDict)) {
            throw PyErr.typeError(tn + "() takes a dict as second arg, if any");
        }
        int n = items.length;
        int min = spec.visible;
        int max = spec.fields.length;
        if (n < min) {
            if (min == max) {
                throw PyErr.typeError(tn + "() takes a " + min + "-sequence (" + n + "-sequence given)");
            }
            throw PyErr.typeError(tn + "() takes an at least " + min + "-sequence (" + n + "-sequence given)");
        }
        if (n > max) {
            if (min == max) {
                throw PyErr.typeError(tn + "() takes a " + min + "-sequence (" + n + "-sequence given)");
            }
            throw PyErr.typeError(tn + "() takes an at most " + max + "-sequence (" + n + "-sequence given)");
        }
        PyObject[] all = java.util.Arrays.copyOf(items, max);
        PyObject dict = a[1];
        for (int i = n; i < max; i++) {
            PyObject v = null;
            if (dict != null && spec.fields[i] != null) {
                v = Abstract.getItemOrNull(dict, org.pyvm.runtime.PyStr.of(spec.fields[i]));
            }
            all[i] = v == null ? PyNone.NONE : v;
        }
        if (spec == PosixModule.STAT_RESULT) {
            // Compare posixmodule.c: statresult_new: float times left out take the int ones.
            for (int i = 10; i < 13 && i < max; i++) {
                if (all[i] == PyNone.NONE) {
                    all[i] = all[i - 3];
                }
            }
        }
        return new StructSeq(spec, all);
    }

    /** "os.stat_result(st_mode=..., ...)": the tuple's values, named. Compare structseq_repr. */
    @ExposedMethod
    static String __repr__(StructSeq self) {
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

    @ExposedMethod
    static PyObject __reduce__(StructSeq self) {
        org.pyvm.runtime.PyDict d = new org.pyvm.runtime.PyDict();
        for (int i = self.spec.visible; i < self.all.length; i++) {
            if (self.spec.fields[i] != null) {
                d.setStr(self.spec.fields[i], self.all[i]);
            }
        }
        return PyTuple.of(self.spec.type, PyTuple.of(PyTuple.of(java.util.Arrays.copyOf(self.all,
            self.spec.visible)), d));
    }
}
