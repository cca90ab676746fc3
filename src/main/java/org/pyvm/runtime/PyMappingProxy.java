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
