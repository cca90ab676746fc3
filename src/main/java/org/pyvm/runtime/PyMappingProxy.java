package org.pyvm.runtime;

/**
 * A read-only view of a mapping: {@code C.__dict__}, {@code types.MappingProxyType(m)}. An exact dict
 * is read directly; any other mapping through its own methods. Compare CPython Objects/descrobject.c:
 * mappingproxy.
 */
public final class PyMappingProxy implements PyObject {

    public static final PyType TYPE = PyType.builtin("mappingproxy", PyMappingProxy.class, PyMappingProxy.class)
        .notSubclassable().collection(PyType.MAPPING);

    /** The mapping viewed. */
    final PyObject mapping;
    /** The mapping when it is an exact dict (the fast path), else null. */
    final PyDict dict;

    public PyMappingProxy(PyDict dict) {
        this((PyObject) dict);
    }

    private PyMappingProxy(PyObject mapping) {
        this.mapping = mapping;
        this.dict = mapping.type() == PyDict.TYPE ? (PyDict) mapping : null;
    }

    /**
     * The builtin type whose dict this views, until its __doc__ is put in (PyType.resolveDoc):
     * {@code name in C.__dict__}, len() and iterating the keys do not need it, and
     * _collections_abc's __subclasshook__s ask that of builtin types at every start-up, where
     * reading the docstring table (and opening the jar for it) cost more than the rest of
     * their work. Everything that can show a value resolves it first.
     */
    private PyType docOwner;

    /** C.__dict__ of the builtin type C. */
    static PyMappingProxy ofType(PyType c, PyDict dict) {
        PyMappingProxy p = new PyMappingProxy(dict);
        p.docOwner = c;
        return p;
    }

    /** Resolves the docstring unless key K is a str other than __doc__ (as {@code B.__dict__[name]} asks). */
    private static void fullFor(PyMappingProxy self, PyObject k) {
        if (self.docOwner != null && !(k.type() == PyStr.TYPE && !k.toString().equals("__doc__"))) {
            full(self);
        }
    }

    /** Puts the docstring of the type SELF views in its dict, if it is not there yet. */
    private static void full(PyMappingProxy self) {
        PyType owner = self.docOwner;
        if (owner != null) {
            owner.resolveDoc();
            self.docOwner = null;
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** mappingproxy(mapping). Compare descrobject.c: mappingproxy_new, mappingproxy_check_mapping. */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        ArgParser ap = new ArgParser("mappingproxy", args, kw, 1, 1, "mapping");
        PyObject m = ap.get(0);
        if (m instanceof PyList || m instanceof PyTuple || m.type().lookup("__getitem__") == null) {
            throw PyErr.typeError("mappingproxy() argument must be a mapping, not " + m.type().getName());
        }
        return new PyMappingProxy(m);
    }

    private static PyObject callMethod(PyMappingProxy self, String name, PyObject... args) {
        return Abstract.call(Abstract.getAttr(self.mapping, name), args);
    }

    @ExposedMethod
    static PyObject __getitem__(PyMappingProxy self, PyObject k) {
        fullFor(self, k);
        return self.dict != null ? DictMethods.__getitem__(self.dict, k) : Abstract.getItem(self.mapping, k);
    }

    @ExposedMethod
    static boolean __contains__(PyMappingProxy self, PyObject k) {
        return self.dict != null ? self.dict.containsKey(k) : Abstract.contains(self.mapping, k);
    }

    @ExposedMethod
    static long __len__(PyMappingProxy self) {
        return self.dict != null ? self.dict.size() : Abstract.len(self.mapping);
    }

    @ExposedMethod
    static PyObject __iter__(PyMappingProxy self) {
        return self.dict != null ? DictMethods.__iter__(self.dict) : Abstract.iter(self.mapping);
    }

    /** get(key[, default]): the mapping's own get, given the same arguments. Compare descrobject.c: mappingproxy_get. */
    @ExposedMethod(min = 1)
    static PyObject get(PyMappingProxy self, PyObject k, PyObject d) {
        fullFor(self, k);
        if (self.dict != null) {
            return DictMethods.get(self.dict, k, d);
        }
        return d == null ? callMethod(self, "get", k) : callMethod(self, "get", k, d);
    }

    @ExposedMethod
    static PyObject keys(PyMappingProxy self) {
        full(self);
        return self.dict != null ? DictMethods.keys(self.dict) : callMethod(self, "keys");
    }

    @ExposedMethod
    static PyObject values(PyMappingProxy self) {
        full(self);
        return self.dict != null ? DictMethods.values(self.dict) : callMethod(self, "values");
    }

    @ExposedMethod
    static PyObject items(PyMappingProxy self) {
        full(self);
        return self.dict != null ? DictMethods.items(self.dict) : callMethod(self, "items");
    }

    @ExposedMethod
    static PyObject copy(PyMappingProxy self) {
        full(self);
        return self.dict != null ? self.dict.copy() : callMethod(self, "copy");
    }

    /** hash(proxy) is the mapping's hash. Compare descrobject.c: mappingproxy_hash. */
    @ExposedMethod
    static long __hash__(PyMappingProxy self) {
        full(self);
        return Abstract.hash(self.mapping);
    }

    // Comparisons, | (NB_OR is 7 in binaryOp) and reversed() go to the mapping. Compare descrobject.c:
    // mappingproxy_richcompare, mappingproxy_or, mappingproxy_reversed.
    @ExposedMethod
    static PyObject __eq__(PyMappingProxy self, PyObject o) {
        full(self);
        return Ops.richCompare(self.mapping, o, Ops.EQ);
    }

    @ExposedMethod
    static PyObject __ne__(PyMappingProxy self, PyObject o) {
        full(self);
        return Ops.richCompare(self.mapping, o, Ops.NE);
    }

    @ExposedMethod
    static PyObject __lt__(PyMappingProxy self, PyObject o) {
        full(self);
        return Ops.richCompare(self.mapping, o, Ops.LT);
    }

    @ExposedMethod
    static PyObject __le__(PyMappingProxy self, PyObject o) {
        full(self);
        return Ops.richCompare(self.mapping, o, Ops.LE);
    }

    @ExposedMethod
    static PyObject __gt__(PyMappingProxy self, PyObject o) {
        full(self);
        return Ops.richCompare(self.mapping, o, Ops.GT);
    }

    @ExposedMethod
    static PyObject __ge__(PyMappingProxy self, PyObject o) {
        full(self);
        return Ops.richCompare(self.mapping, o, Ops.GE);
    }

    @ExposedMethod
    static PyObject __or__(PyMappingProxy self, PyObject o) {
        full(self);
        if (o instanceof PyMappingProxy p) {
            full(p);
            o = p.mapping;
        }
        return Ops.binaryOp(self.mapping, o, 7);
    }

    @ExposedMethod
    static PyObject __ror__(PyMappingProxy self, PyObject o) {
        full(self);
        return Ops.binaryOp(o, self.mapping, 7);
    }

    /** proxy |= x is refused. Compare descrobject.c: mappingproxy_ior. */
    @ExposedMethod
    static PyObject __ior__(PyMappingProxy self, PyObject o) {
        throw PyErr.typeError("'|=' is not supported by mappingproxy; use '|' instead");
    }

    @ExposedMethod
    static PyObject __reversed__(PyMappingProxy self) {
        full(self);
        return self.dict != null ? DictMethods.__reversed__(self.dict) : callMethod(self, "__reversed__");
    }

    @ExposedMethod
    static String __str__(PyMappingProxy self) {
        full(self);
        return Abstract.str(self.mapping).value();
    }

    @ExposedMethod
    static String __repr__(PyMappingProxy self) {
        full(self);
        return "mappingproxy(" + Abstract.repr(self.mapping).value() + ")";
    }
}
