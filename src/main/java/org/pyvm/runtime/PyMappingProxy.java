package org.pyvm.runtime;

/** A read-only view of a type's dict: {@code C.__dict__}. Compare CPython Objects/descrobject.c: mappingproxy. */
public final class PyMappingProxy implements PyObject {

    public static final PyType TYPE = PyType.builtin("mappingproxy", PyMappingProxy.class, PyMappingProxy.class)
        .notSubclassable();

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

    @ExposedMethod
    static String __repr__(PyMappingProxy self) {
        return "mappingproxy(" + DictMethods.__repr__(self.dict) + ")";
    }
}
