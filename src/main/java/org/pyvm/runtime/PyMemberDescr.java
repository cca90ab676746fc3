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
    /**
     * For a member of a builtin type (CPython's PyMemberDef, such as complex.real or
     * function.__globals__): the Java getter and setter; null for a __slots__ entry.
     */
    final PyGetSetDescr builtin;

    PyMemberDescr(PyStr name, PyType owner) {
        this(name, owner, null);
    }

    PyMemberDescr(PyStr name, PyType owner, PyGetSetDescr builtin) {
        this.name = name;
        this.owner = owner;
        this.builtin = builtin;
    }

    /**
     * A member that a builtin module gives one of its types (defaultdict.default_factory, a
     * struct sequence's fields): GET reads, SET writes or, with a null value, deletes.
     */
    public static PyMemberDescr of(String name, PyType owner, java.util.function.Function<PyObject, PyObject> get,
                                   java.util.function.BiConsumer<PyObject, PyObject> set) {
        return new PyMemberDescr(PyStr.intern(name), owner, PyGetSetDescr.of(name, owner, get, set));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyDict storage(PyObject obj) {
        return obj instanceof PyInstance pi ? pi.slotStorage() : obj instanceof HasDict hd ? hd.getDict() : null;
    }

    PyObject get(PyObject obj) {
        // Found on OBJ's type, but perhaps borrowed from another class ("x = C.slot" in a
        // class body): member_get checks the instance too (descr_check).
        if (obj.type() != owner) {
            check(obj);
        }
        if (builtin != null) {
            return builtin.get(obj);
        }
        PyDict st = storage(obj);
        PyObject v = st != null ? st.get(name) : null;
        if (v == null) {
            throw Abstract.noAttribute(obj, name);
        }
        return v;
    }

    void set(PyObject obj, PyObject value) {
        if (obj.type() != owner) {
            check(obj);
        }
        if (builtin != null) {
            builtin.set(obj, value);
            return;
        }
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

    @ExposedGetter
    static PyObject __name__(PyMemberDescr self) {
        return self.name;
    }

    /** Compare descrobject.c: descr_get_qualname. */
    @ExposedGetter
    static PyObject __qualname__(PyMemberDescr self) {
        return PyStr.of(Abstract.getAttr(self.owner, "__qualname__") + "." + self.name);
    }

    /** CPython's docstring of the same builtin attribute, or None. Compare descrobject.c: member_get_doc. */
    @ExposedGetter
    static PyObject __doc__(PyMemberDescr self) {
        return self.owner.isHeapType() ? PyNone.NONE : Docstrings.of(self.owner.fullName() + "." + self.name);
    }

    @ExposedGetter(member = true)
    static PyObject __objclass__(PyMemberDescr self) {
        return self.owner;
    }

    @ExposedMethod
    static String __repr__(PyMemberDescr self) {
        return "<member '" + self.name + "' of '" + self.owner.getName() + "' objects>";
    }
}
