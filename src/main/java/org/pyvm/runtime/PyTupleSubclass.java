package org.pyvm.runtime;

/** An instance of a Python subclass of tuple (named tuples, for instance). */
class PyTupleSubclass extends PyTuple implements HasDict {

    private PyType type;
    private PyDict dict;

    PyTupleSubclass(PyType type, PyObject[] items) {
        super(items);
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
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

    @Override
    public boolean setType(PyType t) {
        type = t;
        return true;
    }
}
