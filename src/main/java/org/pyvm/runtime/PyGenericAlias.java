package org.pyvm.runtime;

/**
 * {@code list[int]} (types.GenericAlias) and {@code int | str} (types.UnionType), the
 * runtime forms of type annotations. Compare CPython Objects/genericaliasobject.c and
 * Objects/unionobject.c.
 */
public final class PyGenericAlias implements PyObject {

    public static final PyType TYPE = PyType.builtin("GenericAlias", PyGenericAlias.class, PyGenericAlias.class);
    public static final PyType UNION = PyType.builtin("UnionType", PyGenericAlias.class, UnionMethods.class)
        .notSubclassable();

    final PyObject origin;
    final PyTuple args;
    private final boolean union;

    PyGenericAlias(PyObject origin, PyTuple args, boolean union) {
        this.origin = origin;
        this.args = args;
        this.union = union;
    }

    /** A Python subclass of GenericAlias this instance belongs to, or null. */
    private PyType subtype;

    @Override
    public PyType type() {
        return union ? UNION : subtype != null ? subtype : TYPE;
    }

    /**
     * GenericAlias(origin, args), as collections.abc's classes call it for their
     * __class_getitem__. Compare genericaliasobject.c: ga_new.
     */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        if (nkw > 0 && cls == TYPE) {
            throw PyErr.typeError("GenericAlias() takes no keyword arguments");
        }
        int n = args.length - nkw;
        if (n != 2) {
            throw PyErr.typeError("GenericAlias expected 2 arguments, got " + n);
        }
        PyGenericAlias g = new PyGenericAlias(args[0], args[1] instanceof PyTuple t ? t : PyTuple.of(args[1]), false);
        if (cls != TYPE) {
            g.subtype = cls;
        }
        return g;
    }

    /** X | Y for types, None and unions; null when an operand is not one of those. */
    static PyObject union(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) {
            return null;
        }
        java.util.List<PyObject> items = new java.util.ArrayList<>();
        for (PyObject o : new PyObject[] {a, b}) {
            PyObject[] parts = o instanceof PyGenericAlias g && g.union ? g.args.items : new PyObject[] {o};
            for (PyObject p : parts) {
                PyObject q = p == PyNone.NONE ? PyNone.TYPE : p;
                if (!containsMember(items, q)) {
                    items.add(q);
                }
            }
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return new PyGenericAlias(null, PyTuple.of(items), true);
    }

    /** Generic aliases are duplicates when equal, anything else when the same object. Compare unionobject.c: dedup_and_flatten_args. */
    private static boolean containsMember(java.util.List<PyObject> items, PyObject q) {
        for (PyObject o : items) {
            if (o == q || (o instanceof PyGenericAlias && q instanceof PyGenericAlias && Ops.eqBool(o, q))) {
                return true;
            }
        }
        return false;
    }

    /** X | Y as types.UnionType, or null when an operand cannot be in one (for other types' __or__). */
    public static PyObject unionOf(PyObject a, PyObject b) {
        return union(a, b);
    }

    /** Compare unionobject.c: is_unionable (3.12 admits TypeAliasType too). */
    private static boolean unionable(PyObject o) {
        return o instanceof PyType || o == PyNone.NONE || o instanceof PyGenericAlias
            || o instanceof org.pyvm.runtime.typing.PyTypeAlias;
    }

    /** Whether OBJ is an instance of one of the union's members. */
    boolean unionContains(PyObject obj) {
        for (PyObject t : args.items) {
            if (Abstract.isInstance(obj, t)) {
                return true;
            }
        }
        return false;
    }

    boolean unionHasSubclass(PyObject sub) {
        for (PyObject t : args.items) {
            if (Abstract.isSubclass(sub, t)) {
                return true;
            }
        }
        return false;
    }

    boolean isUnion() {
        return union;
    }

    static String argRepr(PyObject o) {
        if (o == PyEllipsis.ELLIPSIS) {
            return "...";
        }
        if (o instanceof PyType t) {
            if (t == PyNone.TYPE) {
                return "None";
            }
            PyObject m = t.getDict().getStr("__module__");
            return m instanceof PyStr ms && !ms.value().equals("builtins") ? ms + "." + t.getQualname() : t.getQualname();
        }
        return Abstract.repr(o).value();
    }

    @ExposedMethod
    static String __repr__(PyGenericAlias self) {
        StringBuilder sb = new StringBuilder();
        if (self.union) {
            for (int i = 0; i < self.args.size(); i++) {
                sb.append(i > 0 ? " | " : "").append(argRepr(self.args.get(i)));
            }
            return sb.toString();
        }
        sb.append(argRepr(self.origin)).append('[');
        for (int i = 0; i < self.args.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(argRepr(self.args.get(i)));
        }
        return sb.append(']').toString();
    }

    @ExposedMethod
    static PyObject __call__(PyGenericAlias self, PyObject[] args, String[] kw) {
        return Abstract.call(self.origin, args, kw);
    }

    @ExposedMethod
    static PyObject __eq__(PyGenericAlias self, PyObject o) {
        if (!(o instanceof PyGenericAlias g) || g.union != self.union) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(self.origin == g.origin && Ops.eqBool(self.args, g.args));
    }

    @ExposedMethod
    static long __hash__(PyGenericAlias self) {
        return Abstract.hash(self.args) ^ (self.origin == null ? 0 : Abstract.hash(self.origin));
    }

    @ExposedMethod
    static PyObject __or__(PyGenericAlias self, PyObject o) {
        PyObject r = union(self, o);
        return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
    }

    @ExposedMethod
    static PyObject __ror__(PyGenericAlias self, PyObject o) {
        PyObject r = union(o, self);
        return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
    }

    @ExposedMethod
    static PyObject __mro_entries__(PyGenericAlias self, PyObject bases) {
        return PyTuple.of(self.origin);
    }

    @ExposedMethod
    static PyObject __instancecheck__(PyGenericAlias self, PyObject o) {
        throw PyErr.typeError("isinstance() argument 2 cannot be a parameterized generic");
    }

    @ExposedMethod
    static PyObject __subclasscheck__(PyGenericAlias self, PyObject o) {
        throw PyErr.typeError("issubclass() argument 2 cannot be a parameterized generic");
    }

    @ExposedGetter
    static PyObject __origin__(PyGenericAlias self) {
        return self.origin;
    }

    @ExposedGetter
    static PyObject __args__(PyGenericAlias self) {
        return self.args;
    }

    /** Whether this is *ALIAS (starred, PEP 646): pyvm has no starred aliases yet, so never. */
    @ExposedGetter
    static PyObject __unpacked__(PyGenericAlias self) {
        return PyBool.FALSE;
    }

    /**
     * The type variables among the arguments, in order, each once (TypeVar-like objects
     * have __typing_subst__; nested aliases contribute theirs). Compare
     * genericaliasobject.c: _Py_make_parameters.
     */
    @ExposedGetter
    static PyObject __parameters__(PyGenericAlias self) {
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        for (PyObject a : self.args.items) {
            if (a instanceof PyType) {
                continue;
            }
            if (a.type().lookup("__typing_subst__") != null) {
                if (!out.contains(a)) {
                    out.add(a);
                }
                continue;
            }
            PyObject sub = Abstract.lookupAttr(a, "__parameters__");
            if (sub instanceof PyTuple t) {
                for (PyObject p : t.items) {
                    if (!out.contains(p)) {
                        out.add(p);
                    }
                }
            }
        }
        return PyTuple.of(out);
    }

    /** The union type's methods. */
    static final class UnionMethods {
        private UnionMethods() {}

        @ExposedGetter
        static PyObject __parameters__(PyGenericAlias self) {
            return PyGenericAlias.__parameters__(self);
        }

        @ExposedMethod
        static String __repr__(PyGenericAlias self) {
            return PyGenericAlias.__repr__(self);
        }

        @ExposedMethod
        static PyObject __or__(PyGenericAlias self, PyObject o) {
            return PyGenericAlias.__or__(self, o);
        }

        @ExposedMethod
        static PyObject __ror__(PyGenericAlias self, PyObject o) {
            return PyGenericAlias.__ror__(self, o);
        }

        @ExposedMethod
        static PyObject __eq__(PyGenericAlias self, PyObject o) {
            if (!(o instanceof PyGenericAlias g) || !g.union) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            // The same members in any order. Compare unionobject.c: union_richcompare.
            return Ops.richCompare(argSet(self), argSet(g), Ops.EQ);
        }

        /** hash(frozenset(args)), as typing.Union's. Compare unionobject.c: union_hash. */
        @ExposedMethod
        static long __hash__(PyGenericAlias self) {
            return Abstract.hash(argSet(self));
        }

        private static PySet argSet(PyGenericAlias u) {
            PySet s = new PySet(true);
            s.update(u.args);
            return s;
        }

        @ExposedGetter
        static PyObject __args__(PyGenericAlias self) {
            return self.args;
        }
    }

    /** __class_getitem__ of the builtin generic types. */
    public static PyObject classGetItem(PyObject cls, PyObject item) {
        return new PyGenericAlias(cls, item instanceof PyTuple t ? t : PyTuple.of(item), false);
    }
}
