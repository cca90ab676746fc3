package org.pyvm.runtime;

/** An instance of a Python subclass of float. */
final class PyFloatSubclass extends PyFloat implements HasDict {

    private PyType type;
    private PyDict dict;

    PyFloatSubclass(PyType type, double v) {
        super(v);
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
