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
    /**
     * The getter of a descriptor made from Java functions, called directly (a handle bound to
     * it would spin LambdaForm classes at start-up, where a class's __dict__ and __weakref__
     * descriptors and the members of builtin modules' types are made).
     */
    private java.util.function.Function<PyObject, PyObject> function;

    /** Sets or (VALUE null) deletes the attribute; null for a read-only one. */
    interface Setter {
        void set(PyObject obj, PyObject value);
    }

    private final Setter setter;
    /** The docstring of a descriptor a class adds (subtype_getsets_full); null: a builtin type's, from Docstrings. */
    private String doc;

    /** The setter of a read-only member (CPython's T_OBJECT READONLY; descrobject.c: member_set). */
    static final Setter READONLY = (obj, value) -> {
        throw PyErr.attributeError("readonly attribute");
    };

    PyGetSetDescr(String name, PyType owner, java.lang.reflect.Method method) {
        this(name, owner, method, null);
    }

    PyGetSetDescr(String name, PyType owner, java.lang.reflect.Method method, Setter setter) {
        this.name = name;
        this.owner = owner;
        this.method = method;
        this.setter = setter;
    }

    /**
     * A descriptor whose getter and setter are Java functions: the {@code __dict__} and
     * {@code __weakref__} a class adds for its instances (typeobject.c: subtype_getsets_full).
     */
    PyGetSetDescr(String name, PyType owner, java.util.function.Function<PyObject, PyObject> get, Setter setter,
            String doc) {
        this.name = name;
        this.owner = owner;
        this.setter = setter;
        this.doc = doc;
        this.function = get;
    }

    /**
     * A getset descriptor a builtin module adds to a class it makes (CPython's add_getset in
     * _ctypes.c: a char array class's value and raw): GET reads, SET (null: read-only)
     * writes or, with a null value, deletes.
     */
    public static PyGetSetDescr of(String name, PyType owner, java.util.function.Function<PyObject, PyObject> get,
                                   java.util.function.BiConsumer<PyObject, PyObject> set) {
        return new PyGetSetDescr(name, owner, get, set == null ? null : set::accept, null);
    }

    /** A setter given by the name of a static Java method (SELF, PyObject value) of C. */
    static Setter setterOf(Class<?> c, String methodName) {
        for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
            if (m.getName().equals(methodName) && m.getParameterCount() == 2) {
                return (obj, value) -> JavaMethod.reflect(m, new Object[] {obj, value});
            }
        }
        throw new IllegalStateException("no setter " + methodName + " in " + c);
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
        java.util.function.Function<PyObject, PyObject> f = function;
        if (f != null) {
            return f.apply(obj);
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
        if (setter != null) {
            if (!obj.type().isSubtypeOf(owner)) {
                throw PyErr.typeError("descriptor '" + name + "' for '" + owner.getName()
                    + "' objects doesn't apply to a '" + obj.type().getName() + "' object");
            }
            setter.set(obj, value);
            return;
        }
        if (name.equals("__class__") && owner == PyType.OBJECT) {
            SubtypeDescrs.setClass(obj, value);
            return;
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
    static void __delete__(PyGetSetDescr self, PyObject obj) {
        self.set(obj, null);
    }

    /** Whether the attribute can be set (it has a setter). */
    boolean writable() {
        return setter != null && setter != READONLY;
    }

    @ExposedGetter
    static PyObject __name__(PyGetSetDescr self) {
        return PyStr.of(self.name);
    }

    /** Compare descrobject.c: descr_get_qualname (the owner's __qualname__, a dot, the name). */
    @ExposedGetter
    static PyObject __qualname__(PyGetSetDescr self) {
        return PyStr.of(Abstract.getAttr(self.owner, "__qualname__") + "." + self.name);
    }

    /** CPython's docstring of the same builtin attribute, or None. Compare descrobject.c: getset_get_doc. */
    @ExposedGetter
    static PyObject __doc__(PyGetSetDescr self) {
        if (self.doc != null) {
            return PyStr.of(self.doc);
        }
        return self.owner.isHeapType() ? PyNone.NONE : Docstrings.of(self.owner.fullName() + "." + self.name);
    }

    @ExposedGetter(member = true)
    static PyObject __objclass__(PyGetSetDescr self) {
        return self.owner;
    }

    @ExposedMethod
    static String __repr__(PyGetSetDescr self) {
        return "<attribute '" + self.name + "' of '" + self.owner.getName() + "' objects>";
    }
}
