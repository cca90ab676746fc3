package org.pyvm.modules.corelib;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * A writable attribute of a builtin type (CPython's member_descriptor with a setter,
 * or a getset_descriptor with one): the runtime's own getset descriptor is read-only,
 * and {@code defaultdict.default_factory} or {@code _tuplegetter.__doc__} must be
 * assignable. A data descriptor through {@code __set__}/{@code __delete__}.
 */
public final class Member implements PyObject {

    static final PyType TYPE = PyType.builtin("member_descriptor", Member.class, Member.class).notSubclassable();

    private final String name;
    private final PyType owner;
    private final Function<PyObject, PyObject> getter;
    /** Receives the instance and the new value, null to delete. */
    private final BiConsumer<PyObject, PyObject> setter;

    public Member(String name, PyType owner, Function<PyObject, PyObject> getter, BiConsumer<PyObject, PyObject> setter) {
        this.name = name;
        this.owner = owner;
        this.getter = getter;
        this.setter = setter;
    }

    /** Installs a Member NAME in the dictionary of OWNER. */
    public static void install(PyType owner, String name, Function<PyObject, PyObject> getter,
                               BiConsumer<PyObject, PyObject> setter) {
        owner.define(name, new Member(name, owner, getter, setter));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private void check(PyObject obj) {
        if (!obj.type().isSubtypeOf(owner)) {
            throw PyErr.typeError("descriptor '" + name + "' for '" + owner.getName() + "' objects doesn't apply to a '"
                + obj.type().getName() + "' object");
        }
    }

    @ExposedMethod(min = 1)
    static PyObject __get__(Member self, PyObject obj, PyObject type) {
        if (obj == null || obj == PyNone.NONE) {
            return self;
        }
        self.check(obj);
        return self.getter.apply(obj);
    }

    @ExposedMethod
    static void __set__(Member self, PyObject obj, PyObject value) {
        self.check(obj);
        self.setter.accept(obj, value);
    }

    @ExposedMethod
    static void __delete__(Member self, PyObject obj) {
        self.check(obj);
        self.setter.accept(obj, null);
    }

    @ExposedMethod
    static String __repr__(Member self) {
        return "<member '" + self.name + "' of '" + self.owner.getName() + "' objects>";
    }
}
