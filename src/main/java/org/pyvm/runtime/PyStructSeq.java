package org.pyvm.runtime;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A named tuple made in Java for sys (sys.version_info, sys.float_info, sys.flags...): a
 * tuple whose items are also read-only members of its type. Compare CPython
 * Objects/structseq.c. (The struct sequences of the other builtin modules, with hidden
 * fields and a constructor, are modules.posix.StructSeq.)
 */
public final class PyStructSeq extends PyTuple {

    /** One type per name, as CPython's static types: type(sys.get_asyncgen_hooks()) is always the same. */
    private static final ConcurrentHashMap<String, PyType> TYPES = new ConcurrentHashMap<>();

    private final PyType type;

    private PyStructSeq(PyType type, PyObject[] values) {
        super(values);
        this.type = type;
    }

    /** An instance of the type sys.NAME with FIELDS, holding VALUES. */
    public static PyStructSeq make(String name, String[] fields, PyObject... values) {
        return new PyStructSeq(TYPES.computeIfAbsent("sys." + name, n -> newType("sys", name, fields)), values);
    }

    /** As {@link #make}, for a type of the builtins module whose repr shows NAME alone (sys.asyncgen_hooks). */
    public static PyStructSeq makeUnqualified(String name, String[] fields, PyObject... values) {
        return new PyStructSeq(TYPES.computeIfAbsent(name, n -> newType(null, name, fields)), values);
    }

    /** tp_name "MODULE.NAME" (or NAME in builtins), each field a read-only member, not subclassable. */
    private static PyType newType(String module, String name, String[] fields) {
        PyType t = PyType.builtin(module == null ? name : module + "." + name, PyStructSeq.class, PyStructSeq.class,
            PyTuple.TYPE).notSubclassable();
        t.inModule(module == null ? "builtins" : module, name);
        for (int i = 0; i < fields.length; i++) {
            int idx = i;
            t.define(fields[i], PyMemberDescr.of(fields[i], t, o -> ((PyStructSeq) o).items[idx], (o, v) -> {
                throw PyErr.attributeError("readonly attribute");
            }));
        }
        PyObject n = PyInt.of(fields.length);
        t.define("n_fields", n);
        t.define("n_sequence_fields", n);
        t.define("n_unnamed_fields", PyInt.of(0));
        t.define("__match_args__", PyTuple.of(java.util.Arrays.stream(fields).map(PyStr::of).toArray(PyObject[]::new)));
        return t;
    }

    @Override
    public PyType type() {
        return type;
    }

    @ExposedMethod
    static String __repr__(PyStructSeq self) {
        StringBuilder sb = new StringBuilder(self.type.getName()).append('(');
        PyObject[] names = ((PyTuple) self.type.getDict().getStr("__match_args__")).toArray();
        for (int i = 0; i < names.length; i++) {
            sb.append(i > 0 ? ", " : "").append(names[i]).append('=').append(Abstract.repr(self.items[i]));
        }
        return sb.append(')').toString();
    }
}
