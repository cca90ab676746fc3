package org.pyvm.runtime;

/** A read-only view of a type's dict: {@code C.__dict__}. Compare CPython Objects/descrobject.c: mappingproxy. */
public final class PyMappingProxy implements PyObject {

    public static final PyType TYPE = PyType.builtin("mappingproxy", PyMappingProxy.class, PyMappingProxy.class)
        .notSubclassable().collection(PyType.MAPPING);

    final PyDict dict;

    public PyMappingProxy(PyDict dict) {
        this.dict = dict;
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
        if (!(m instanceof PyDict d)) {
            throw PyErr.of(PyExc.NotImplementedError, "pyvm: mappingproxy() of a mapping that is not a dict");
        }
        return new PyMappingProxy(d);
    }

    @ExposedMethod
    static PyObject __getitem__(PyMappingProxy self, PyObject k) {
        return DictMethods.__getitem__(self.dict, k);
    }

    @ExposedMethod
    static boolean __contains__(PyMappingProxy self, PyObject k) {
        return self.dict.containsKey(k);
    }

    @ExposedMethod
    static long __len__(PyMappingProxy self) {
        return self.dict.size();
    }

    @ExposedMethod
    static PyObject __iter__(PyMappingProxy self) {
        return DictMethods.__iter__(self.dict);
    }

    @ExposedMethod(min = 1)
    static PyObject get(PyMappingProxy self, PyObject k, PyObject d) {
        return DictMethods.get(self.dict, k, d);
    }

    @ExposedMethod
    static PyObject keys(PyMappingProxy self) {
        return DictMethods.keys(self.dict);
    }

    @ExposedMethod
    static PyObject values(PyMappingProxy self) {
        return DictMethods.values(self.dict);
    }

    @ExposedMethod
    static PyObject items(PyMappingProxy self) {
        return DictMethods.items(self.dict);
    }

    @ExposedMethod
    static PyObject copy(PyMappingProxy self) {
        return self.dict.copy();
    }

    // Comparisons, | (NB_OR is 7 in binaryOp) and reversed() go to the mapping. Compare descrobject.c:
    // mappingproxy_richcompare, mappingproxy_or, mappingproxy_reversed.
    @ExposedMethod
    static PyObject __eq__(PyMappingProxy self, PyObject o) {
        return Ops.richCompare(self.dict, o, Ops.EQ);
    }

    @ExposedMethod
    static PyObject __ne__(PyMappingProxy self, PyObject o) {
        return Ops.richCompare(self.dict, o, Ops.NE);
    }

    @ExposedMethod
    static PyObject __lt__(PyMappingProxy self, PyObject o) {
        return Ops.richCompare(self.dict, o, Ops.LT);
    }

    @ExposedMethod
    static PyObject __le__(PyMappingProxy self, PyObject o) {
        return Ops.richCompare(self.dict, o, Ops.LE);
    }

    @ExposedMethod
    static PyObject __gt__(PyMappingProxy self, PyObject o) {
        return Ops.richCompare(self.dict, o, Ops.GT);
    }

    @ExposedMethod
    static PyObject __ge__(PyMappingProxy self, PyObject o) {
        return Ops.richCompare(self.dict, o, Ops.GE);
    }

    @ExposedMethod
    static PyObject __or__(PyMappingProxy self, PyObject o) {
        return Ops.binaryOp(self.dict, o instanceof PyMappingProxy p ? p.dict : o, 7);
    }

    @ExposedMethod
    static PyObject __ror__(PyMappingProxy self, PyObject o) {
        return Ops.binaryOp(o, self.dict, 7);
    }

    @ExposedMethod
    static PyObject __reversed__(PyMappingProxy self) {
        return DictMethods.__reversed__(self.dict);
    }

    @ExposedMethod
    static String __str__(PyMappingProxy self) {
        return Abstract.str(self.dict).value();
    }

    @ExposedMethod
    static String __repr__(PyMappingProxy self) {
        return "mappingproxy(" + DictMethods.__repr__(self.dict) + ")";
    }
}
