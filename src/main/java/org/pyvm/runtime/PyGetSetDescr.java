package org.pyvm.runtime;

import java.lang.invoke.MethodHandle;

/** An attribute computed by Java code: CPython's getset_descriptor. */
public final class PyGetSetDescr implements PyObject {

    public static final PyType TYPE = PyType.builtin("getset_descriptor", PyGetSetDescr.class, PyGetSetDescr.class)
        .notSubclassable();

    final String name;
    final PyType owner;
    /** The getter's handle, made on first use as {@link JavaMethod}'s are (start-up cost). */
    private MethodHandle getter;
    /** The Java getter, until {@link #getter} is made. */
    private java.lang.reflect.Method method;
    private int calls;

    PyGetSetDescr(String name, PyType owner, java.lang.reflect.Method method) {
        this.name = name;
        this.owner = owner;
        this.method = method;
    }

    private MethodHandle getter() {
        MethodHandle h = getter;
        return h != null ? h : adapt();
    }

    private synchronized MethodHandle adapt() {
        if (getter == null) {
            getter = JavaMethod.handle(method).asType(java.lang.invoke.MethodType.methodType(PyObject.class, PyObject.class));
            method = null;
        }
        return getter;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    PyObject get(PyObject obj) {
        if (!obj.type().isSubtypeOf(owner)) {
            throw PyErr.typeError("descriptor '" + name + "' for '" + owner.getName() + "' objects doesn't apply to a '"
                + obj.type().getName() + "' object");
        }
        try {
            java.lang.reflect.Method m = method;
            if (getter == null && m != null && ++calls <= JavaMethod.COLD_CALLS) {
                // Cold: through reflection, as JavaMethod's first calls go (start-up cost).
                Object r = JavaMethod.reflect(m, new Object[] {obj});
                if (!JavaMethod.isHot(r)) {
                    return (PyObject) r;
                }
            }
            return (PyObject) getter().invokeExact(obj);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    void set(PyObject obj, PyObject value) {
        if (name.equals("__class__") && value instanceof PyType t) {
            // Compare typeobject.c: object_set_class (only between compatible heap types).
            if (obj instanceof PyModule pm && t.isSubtypeOf(PyModule.TYPE)) {
                pm.setType(t);
                return;
            }
            if (!(obj instanceof PyInstance pi) || !obj.type().isHeapType() || !t.isHeapType()) {
                throw PyErr.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
            }
            if (t.solidBase != obj.type().solidBase) {
                throw PyErr.typeError("__class__ assignment: '" + t.getName() + "' object layout differs from '"
                    + obj.type().getName() + "'");
            }
            pi.setType(t);
            return;
        }
        if (name.equals("__dict__") && ObjectMethods.hasInstanceDict(obj)) {
            // Compare typeobject.c: subtype_setdict.
            HasDict hd = (HasDict) obj;
            if (value == null) {
                // An instance of a class statement's class gets a new empty dict on next use;
                // builtin types keep theirs (PyObject_GenericSetDict).
                if (!hd.replaceDict(null)) {
                    throw PyErr.typeError("cannot delete __dict__");
                }
                return;
            }
            if (!(value instanceof PyDict d)) {
                throw PyErr.typeError("__dict__ must be set to a dictionary, not a '" + value.type().getName() + "'");
            }
            if (!hd.replaceDict(d)) {
                PyDict own = hd.getDict();
                own.clear();
                own.update(d);
            }
            return;
        }
        if (name.equals("__class__")) {
            throw PyErr.typeError("__class__ must be set to a class, not '" + (value == null ? "NoneType"
                : value.type().getName()) + "' object");
        }
        throw PyErr.attributeError("attribute '" + name + "' of '" + owner.getName() + "' objects is not writable");
    }

    @ExposedMethod(min = 1)
    static PyObject __get__(PyGetSetDescr self, PyObject obj, PyObject type) {
        return obj == null || obj == PyNone.NONE ? self : self.get(obj);
    }

    @ExposedMethod
    static void __set__(PyGetSetDescr self, PyObject obj, PyObject value) {
        self.set(obj, value);
    }

    @ExposedMethod
    static String __repr__(PyGetSetDescr self) {
        return "<attribute '" + self.name + "' of '" + self.owner.getName() + "' objects>";
    }
}
