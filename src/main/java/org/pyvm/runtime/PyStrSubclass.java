package org.pyvm.runtime;

/** An instance of a Python subclass of str. */
final class PyStrSubclass extends PyStr implements HasDict, Finalization.Watched {

    private PyType type;
    private PyDict dict;

    PyStrSubclass(PyType type, String v) {
        super(v);
        this.type = type;
        if (Finalization.wanted(type)) {
            // A class with __del__ gets it run once the instance dies.
            finalizer = Finalization.watchInstance(this);
        }
    }

    /** Runs __del__ once this is unreachable, when the class has one (Finalization). */
    Finalization.Trigger finalizer;

    @Override
    public Finalization.Trigger trigger() {
        return finalizer;
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
