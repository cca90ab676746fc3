package org.pyvm.runtime;

/**
 * {@code list[int]} (types.GenericAlias) and {@code int | str} (types.UnionType), the
 * runtime forms of type annotations. Compare CPython Objects/genericaliasobject.c and
 * Objects/unionobject.c.
 */
public final class PyGenericAlias implements PyObject, HasDict {

    public static final PyType TYPE = PyType.builtin("types.GenericAlias", PyGenericAlias.class, PyGenericAlias.class)
        .inModule("types", "GenericAlias");
    public static final PyType UNION = PyType.builtin("types.UnionType", PyGenericAlias.class, UnionMethods.class)
        .notSubclassable().inModule("types", "UnionType");

    final PyObject origin;
    final PyTuple args;
    private final boolean union;
    /** *tuple[int]: what iterating over an alias gives (PEP 646). Compare gaobject.starred. */
    boolean starred;
    /** __parameters__, made on first use. */
    private PyTuple parameters;

    PyGenericAlias(PyObject origin, PyTuple args, boolean union) {
        this.origin = origin;
        this.args = args;
        this.union = union;
    }

    /** A Python subclass of GenericAlias this instance belongs to, or null. */
    private PyType subtype;
    /** The instance dictionary of a subclass's instance (GenericAlias's own have none). */
    private PyDict dict;

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

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
        if (nkw > 0) { // ga_new: a subclass too
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

    /**
     * One argument in a GenericAlias's repr: ... for Ellipsis, the repr of anything that
     * looks like an alias (has __origin__ and __args__), module.qualname of anything that
     * looks like a class, else the repr. Compare genericaliasobject.c: ga_repr_item.
     */
    private static String reprItem(PyObject p) {
        if (p == PyEllipsis.ELLIPSIS) {
            return "...";
        }
        if (Abstract.lookupAttr(p, "__origin__") != null && Abstract.lookupAttr(p, "__args__") != null) {
            return Abstract.repr(p).value();
        }
        PyObject qualname = Abstract.lookupAttr(p, "__qualname__");
        if (qualname == null) {
            return Abstract.repr(p).value();
        }
        PyObject module = Abstract.lookupAttr(p, "__module__");
        if (module == null || module == PyNone.NONE) {
            return Abstract.repr(p).value();
        }
        if (module instanceof PyStr m && m.value().equals("builtins")) {
            return Abstract.str(qualname).value();
        }
        return Abstract.str(module).value() + "." + Abstract.str(qualname).value();
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
        if (self.starred) {
            sb.append('*');
        }
        sb.append(reprItem(self.origin)).append('[');
        for (int i = 0; i < self.args.size(); i++) {
            sb.append(i > 0 ? ", " : "");
            PyObject a = self.args.get(i);
            if (a.getClass() == PyList.class) {
                // Callable[[int], str]'s argument list (ga_repr_items_list)
                PyObject[] items = ((PyList) a).toArray();
                sb.append('[');
                for (int j = 0; j < items.length; j++) {
                    sb.append(j > 0 ? ", " : "").append(reprItem(items[j]));
                }
                sb.append(']');
            } else {
                sb.append(reprItem(a));
            }
        }
        if (self.args.size() == 0) {
            sb.append("()");
        }
        return sb.append(']').toString();
    }

    /** Calls the origin, then tells the new object its alias. Compare genericaliasobject.c: ga_call. */
    @ExposedMethod
    static PyObject __call__(PyGenericAlias self, PyObject[] args, String[] kw) {
        PyObject obj = Abstract.call(self.origin, args, kw);
        try {
            Abstract.setAttr(obj, "__orig_class__", self);
        } catch (PyBaseException e) {
            if (!e.matches(PyExc.AttributeError) && !e.matches(PyExc.TypeError)) {
                throw e;
            }
        }
        return obj;
    }

    /** Compare genericaliasobject.c: ga_richcompare (== and != only). */
    @ExposedMethod
    static PyObject __eq__(PyGenericAlias self, PyObject o) {
        if (!(o instanceof PyGenericAlias g) || g.union != self.union) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (self.starred != g.starred) {
            return PyBool.FALSE;
        }
        boolean same = self.union ? self.origin == g.origin : Ops.eqBool(self.origin, g.origin);
        return PyBool.of(same && Ops.eqBool(self.args, g.args));
    }

    @ExposedMethod
    static PyObject __ne__(PyGenericAlias self, PyObject o) {
        PyObject r = __eq__(self, o);
        return r instanceof PyBool b ? PyBool.of(b == PyBool.FALSE) : r;
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

    /**
     * Attributes other than the alias's own come from the origin (list[int].__name__).
     * Compare genericaliasobject.c: ga_getattro, attr_exceptions.
     */
    @ExposedMethod
    static PyObject __getattribute__(PyGenericAlias self, PyObject name) {
        if (name instanceof PyStr s && !OWN_ATTRIBUTES.contains(s.value())) {
            return Abstract.getAttr(self.origin, s);
        }
        return ObjectMethods.__getattribute__(self, name);
    }

    private static final java.util.Set<String> OWN_ATTRIBUTES = java.util.Set.of("__class__", "__bases__",
        "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
        "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__");

    /** ALIAS[ITEM]: the type variables replaced by ITEM. Compare genericaliasobject.c: ga_getitem. */
    @ExposedMethod
    static PyObject __getitem__(PyGenericAlias self, PyObject item) {
        PyTuple newArgs = GenericAliasSubst.substitute(self, self.args, parameters(self), item);
        PyGenericAlias r = new PyGenericAlias(self.origin, newArgs, false);
        r.starred = self.starred;
        return r;
    }

    /** iter(tuple[int]) gives *tuple[int] once. Compare genericaliasobject.c: ga_iter. */
    @ExposedMethod
    static PyObject __iter__(PyGenericAlias self) {
        return new GenericAliasIter(self);
    }

    /** The same alias, starred (what iterating over it gives). */
    PyGenericAlias starredCopy() {
        PyGenericAlias s = new PyGenericAlias(origin, args, false);
        s.starred = true;
        return s;
    }

    @ExposedGetter
    static PyObject __unpacked__(PyGenericAlias self) {
        return PyBool.of(self.starred);
    }

    @ExposedGetter
    static PyObject __typing_unpacked_tuple_args__(PyGenericAlias self) {
        return self.starred && self.origin == PyTuple.TYPE ? self.args : PyNone.NONE;
    }

    /** Compare genericaliasobject.c: ga_reduce. */
    @ExposedMethod
    static PyObject __reduce__(PyGenericAlias self) {
        if (self.starred) {
            PyObject it = __iter__(new PyGenericAlias(self.origin, self.args, false));
            return PyTuple.of(PyRuntime.builtins.getStr("next"), PyTuple.of(it));
        }
        return PyTuple.of(self.type(), PyTuple.of(self.origin, self.args));
    }

    /** Compare genericaliasobject.c: ga_dir (the origin's names and the alias's own). */
    @ExposedMethod
    static PyObject __dir__(PyGenericAlias self) {
        PyObject d = Abstract.call(PyRuntime.builtins.getStr("dir"), self.origin);
        PyList l = (PyList) d;
        for (String n : OWN_ATTRIBUTES) {
            PyStr s = PyStr.of(n);
            if (!Ops.eqBool(Abstract.call(Abstract.getAttr(l, "__contains__"), s), PyBool.TRUE)) {
                Abstract.call(Abstract.getAttr(l, "append"), s);
            }
        }
        return l;
    }

    @ExposedGetter
    static PyObject __origin__(PyGenericAlias self) {
        return self.origin;
    }

    @ExposedGetter
    static PyObject __args__(PyGenericAlias self) {
        return self.args;
    }

    /**
     * The type variables among the arguments, in order, each once (TypeVar-like objects
     * have __typing_subst__; nested aliases contribute theirs). Compare
     * genericaliasobject.c: _Py_make_parameters.
     */
    @ExposedGetter
    static PyObject __parameters__(PyGenericAlias self) {
        return parameters(self);
    }

    static PyTuple parameters(PyGenericAlias self) {
        PyTuple p = self.parameters;
        if (p == null) {
            p = self.parameters = GenericAliasSubst.makeParameters(self.args);
        }
        return p;
    }

    /** The union type's methods. */
    static final class UnionMethods {
        private UnionMethods() {}

        @ExposedGetter
        static PyObject __parameters__(PyGenericAlias self) {
            return PyGenericAlias.parameters(self);
        }

        @ExposedMethod
        static String __repr__(PyGenericAlias self) {
            return PyGenericAlias.__repr__(self);
        }

        /** UNION[ITEM]: the type variables replaced, the members joined again with |. Compare unionobject.c: union_getitem. */
        @ExposedMethod
        static PyObject __getitem__(PyGenericAlias self, PyObject item) {
            PyTuple newArgs = GenericAliasSubst.substitute(self, self.args, PyGenericAlias.parameters(self), item);
            if (newArgs.size() == 0) {
                return new PyGenericAlias(null, newArgs, true);
            }
            PyObject r = newArgs.items[0];
            for (int i = 1; i < newArgs.size(); i++) {
                r = Ops.binaryOp(r, newArgs.items[i], 7);
            }
            return r;
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
