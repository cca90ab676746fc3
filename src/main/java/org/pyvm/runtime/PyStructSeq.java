package org.pyvm.runtime;

/**
 * A named tuple made in Java (sys.version_info, sys.float_info): a tuple whose items are
 * also attributes. Compare CPython Objects/structseq.c.
 */
public final class PyStructSeq extends PyTuple {

    private final PyType type;
    private final String[] fields;
    /** What the repr shows before '(': "sys.NAME" for sys's own, else as given. */
    private String reprName;

    private PyStructSeq(PyType type, String[] fields, PyObject[] values) {
        super(values);
        this.type = type;
        this.fields = fields;
    }

    /** A new struct sequence type NAME (shown as QUALIFIED in reprs) with one instance. */
    public static PyStructSeq make(String name, String[] fields, PyObject... values) {
        PyType t = PyType.builtin(name, PyStructSeq.class, PyStructSeq.class, PyTuple.TYPE).notSubclassable();
        t.getDict().setStr("__module__", PyStr.of("sys"));
        PyStructSeq r = new PyStructSeq(t, fields, values);
        r.reprName = "sys." + name;
        return r;
    }

    /** As {@link #make}, for a type whose repr shows NAME alone (sys.asyncgen_hooks). */
    public static PyStructSeq makeUnqualified(String name, String[] fields, PyObject... values) {
        PyStructSeq r = make(name, fields, values);
        r.type.getDict().setStr("__module__", PyStr.of("builtins"));
        r.reprName = name;
        return r;
    }

    @Override
    public PyType type() {
        return type;
    }

    @ExposedMethod
    static PyObject __getattr__(PyStructSeq self, PyObject name) {
        String n = name.toString();
        for (int i = 0; i < self.fields.length; i++) {
            if (self.fields[i].equals(n)) {
                return self.items[i];
            }
        }
        throw Abstract.noAttribute(self, (PyStr) name);
    }

    @ExposedMethod
    static String __repr__(PyStructSeq self) {
        StringBuilder sb = new StringBuilder(self.reprName).append('(');
        for (int i = 0; i < self.fields.length; i++) {
            sb.append(i > 0 ? ", " : "").append(self.fields[i]).append('=').append(Abstract.repr(self.items[i]));
        }
        return sb.append(')').toString();
    }
}
