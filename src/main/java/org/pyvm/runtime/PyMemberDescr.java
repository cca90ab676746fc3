package org.pyvm.runtime;

/**
 * A {@code __slots__} entry: a data descriptor keeping the value in the instance's
 * hidden storage (the instance dict, which a slotted class does not expose).
 * Compare CPython Objects/descrobject.c: member_descriptor.
 */
public final class PyMemberDescr implements PyObject {

    public static final PyType TYPE = PyType.builtin("member_descriptor", PyMemberDescr.class, PyMemberDescr.class)
        .notSubclassable();

    final PyStr name;
    final PyType owner;

    PyMemberDescr(PyStr name, PyType owner) {
        this.name = name;
        this.owner = owner;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyDict storage(PyObject obj) {
        return obj instanceof PyInstance pi ? pi.slotStorage() : obj instanceof HasDict hd ? hd.getDict() : null;
    }

    PyObject get(PyObject obj) {
        PyDict st = storage(obj);
        PyObject v = st != null ? st.get(name) : null;
        if (v == null) {
            throw Abstract.noAttribute(obj, name);
        }
        return v;
    }

    void set(PyObject obj, PyObject value) {
        PyDict st = storage(obj);
        if (st == null) {
            throw PyErr.typeError("descriptor '" + name + "' for '" + owner.getName() + "' objects doesn't apply to a '"
                + obj.type().getName() + "' object");
        }
        if (value == null) {
            if (st.delItem(name) == null) {
                throw Abstract.noAttribute(obj, name);
            }
        } else {
            st.setItem(name, value);
        }
    }

    /**
     * Called explicitly (not found on OBJ's type by attribute lookup), the descriptor checks
     * that OBJ is an instance of its class. Compare descrobject.c: descr_check, descr_setcheck.
     */
    private void check(PyObject obj) {
        if (!obj.type().isSubtypeOf(owner)) {
            throw PyErr.typeError("descriptor '" + name + "' for '" + owner.getName() + "' objects doesn't apply to a '"
                + obj.type().getName() + "' object");
        }
    }

    @ExposedMethod(min = 1)
    static PyObject __get__(PyMemberDescr self, PyObject obj, PyObject type) {
        if (obj == null || obj == PyNone.NONE) {
            return self;
        }
        self.check(obj);
        return self.get(obj);
    }

    @ExposedMethod
    static void __set__(PyMemberDescr self, PyObject obj, PyObject value) {
        self.check(obj);
        self.set(obj, value);
    }

    @ExposedMethod
    static void __delete__(PyMemberDescr self, PyObject obj) {
        self.check(obj);
        self.set(obj, null);
    }

    @ExposedMethod
    static String __repr__(PyMemberDescr self) {
        return "<member '" + self.name + "' of '" + self.owner.getName() + "' objects>";
    }
}
