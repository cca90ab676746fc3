package org.pyvm.runtime;

/** An instance of a Python subclass of dict. */
class PyDictSubclass extends PyDict implements HasDict {

    private PyType type;
    private PyDict dict;

    PyDictSubclass(PyType type) {
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
