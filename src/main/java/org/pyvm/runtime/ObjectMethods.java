package org.pyvm.runtime;

/** The methods of {@code object}. Compare CPython Objects/typeobject.c: object_* and object.c. */
final class ObjectMethods {

    private ObjectMethods() {}

    /** Whether DESCR (found on a type) is a data descriptor: its type has __set__ or __delete__. */
    static boolean isDataDescr(PyObject descr) {
        if (descr instanceof PyFunction || descr instanceof JavaMethod || descr instanceof PyStr || descr instanceof PyInt) {
            return false;
        }
        if (descr instanceof PyGetSetDescr || descr instanceof PyProperty || descr instanceof PyMemberDescr) {
            return true;
        }
        PyType dt = descr.type();
        return dt.slot(Slot.SET) != null || dt.slot(Slot.DELETE) != null;
    }

    /** object.__getattribute__ without raising: null when missing. Compare object.c: _PyObject_GenericGetAttrWithDict. */
    /** Whether OBJ has an instance dict (a plain object() has none). */
    static boolean hasInstanceDict(PyObject obj) {
        if (!(obj instanceof HasDict)) {
            return false;
        }
        PyType t = obj.type();
        // Among builtin types only object's own instances lack one (ast.AST's have a dict),
        // and GenericAlias's (whose Python subclasses' instances have one).
        return t.isHeapType() ? t.instanceDict
            : (!(obj instanceof PyInstance) || t != PyType.OBJECT) && t != PyGenericAlias.TYPE
                && !(obj instanceof HasDict.ForSubclasses);
    }

    static PyObject genericGetAttr(PyObject obj, PyStr name) {
        PyType t = obj.type();
        PyObject descr = t.lookup(name);
        if (descr != null && isDataDescr(descr)) {
            if (descr instanceof PyGetSetDescr gs) {
                return gs.get(obj);
            }
            if (descr instanceof PyMemberDescr md) {
                return md.get(obj);
            }
            // A data descriptor without __get__ lets the instance dict answer first.
            if (descr instanceof PyProperty || descr.type().slot(Slot.GET) != null) {
                return Abstract.bindDescr(descr, obj, t);
            }
        }
        if (hasInstanceDict(obj)) {
            PyObject v = ((HasDict) obj).getDict().get(name);
            if (v != null) {
                return v;
            }
        }
        if (descr != null) {
            return Abstract.bindDescr(descr, obj, t);
        }
        return null;
    }

    /** object.__setattr__. Compare object.c: _PyObject_GenericSetAttrWithDict. */
    static void genericSetAttr(PyObject obj, PyStr name, PyObject value) {
        if (obj instanceof PyBaseException e && ExceptionMethods.setSpecial(e, name.value(), value)) {
            return;
        }
        if (obj instanceof PyFunction f && f.setSpecial(name.value(), value)) {
            return;
        }
        if (obj instanceof PyTraceback tb && tb.setSpecial(name.value(), value)) {
            return;
        }
        if (obj instanceof PyFrame fr && fr.setSpecial(name.value(), value)) {
            return;
        }
        if (obj instanceof PyGenerator g && g.setSpecial(name.value(), value)) {
            return;
        }
        if (obj instanceof PyAsyncGen ag && ag.core.setSpecial(name.value(), value)) {
            return;
        }
        PyType t = obj.type();
        PyObject descr = t.lookup(name);
        if (descr != null && isDataDescr(descr)) {
            if (descr instanceof PyGetSetDescr gs) {
                gs.set(obj, value);
                return;
            }
            if (PyProperty.isExact(descr)) {
                ((PyProperty) descr).set(obj, value);
                return;
            }
            if (descr instanceof PyMemberDescr md) {
                md.set(obj, value);
                return;
            }
            PyObject m = descr.type().slot(value == null ? Slot.DELETE : Slot.SET);
            if (m != null) {
                if (value == null) {
                    Abstract.callDescr(m, descr, obj);
                } else {
                    Abstract.callDescr(m, descr, obj, value);
                }
                return;
            }
        }
        if (hasInstanceDict(obj)) {
            HasDict hd = (HasDict) obj;
            if (value == null) {
                if (hd.getDict().delItem(name) == null) {
                    throw Abstract.noAttribute(obj, name);
                }
            } else {
                hd.getDict().setItem(name, value);
            }
            return;
        }
        if (descr == null) {
            PyBaseException e = PyErr.attributeError("'" + t.tpName() + "' object has no attribute '" + name + "'");
            throw e;
        }
        throw PyErr.attributeError("'" + t.getName() + "' object attribute '" + name + "' is read-only");
    }

    @ExposedMethod
    static PyObject __getattribute__(PyObject self, PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw PyErr.typeError("attribute name must be string, not '" + name.type().getName() + "'");
        }
        PyObject r = genericGetAttr(self, s);
        if (r == null) {
            throw Abstract.noAttribute(self, s);
        }
        return r;
    }

    @ExposedMethod
    static void __setattr__(PyObject self, PyObject name, PyObject value) {
        if (!(name instanceof PyStr s)) {
            throw PyErr.typeError("attribute name must be string, not '" + name.type().getName() + "'");
        }
        hackcheck(self, "__setattr__");
        genericSetAttr(self, s, value);
    }

    @ExposedMethod
    static void __delattr__(PyObject self, PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw PyErr.typeError("attribute name must be string, not '" + name.type().getName() + "'");
        }
        hackcheck(self, "__delattr__");
        genericSetAttr(self, s, null);
    }

    /**
     * object.__setattr__ called on an object whose builtin base overrides it (a class, whose
     * type.__setattr__ keeps the type caches right) is refused. Compare typeobject.c: hackcheck.
     */
    private static void hackcheck(PyObject self, String what) {
        PyType t = self.type();
        while (t.isHeapType()) {
            t = t.getBase();
        }
        if (t != PyType.OBJECT && t.lookup(what) != PyType.OBJECT.getDict().getStr(what)) {
            throw PyErr.typeError("can't apply this " + what + " to " + self.type().getName() + " object");
        }
    }

    @ExposedMethod
    static String __repr__(PyObject self) {
        PyType t = self.type();
        PyObject mod = t.getDict().getStr("__module__");
        String prefix = mod instanceof PyStr m && !m.value().equals("builtins") ? m.value() + "." : "";
        return "<" + prefix + t.getQualname() + " object at 0x" + Abstract.idHex(self) + ">";
    }

    @ExposedMethod
    static PyObject __str__(PyObject self) {
        return Abstract.repr(self);
    }

    @ExposedMethod
    static long __hash__(PyObject self) {
        return System.identityHashCode(self);
    }

    @ExposedMethod
    static PyObject __eq__(PyObject self, PyObject o) {
        return self == o ? PyBool.TRUE : PyNotImplemented.NOT_IMPLEMENTED;
    }

    /** __ne__ inverts __eq__ unless it is NotImplemented. Compare typeobject.c: object_richcompare. */
    @ExposedMethod
    static PyObject __ne__(PyObject self, PyObject o) {
        PyObject eq = self.type().lookup("__eq__");
        PyObject r = eq == null ? PyNotImplemented.NOT_IMPLEMENTED : Abstract.callDescr(eq, self, o);
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            return r;
        }
        return PyBool.of(!Abstract.isTrue(r));
    }

    @ExposedMethod
    static PyObject __lt__(PyObject self, PyObject o) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __le__(PyObject self, PyObject o) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __gt__(PyObject self, PyObject o) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __ge__(PyObject self, PyObject o) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    private static boolean overrides(PyType t, String name) {
        if (name.equals("__new__")) {
            // type->tp_new != object_new, with CPython's rule for a __new__ taken from a builtin type.
            PyObject own = PyType.OBJECT.getDict().getStr(name);
            return TypeMethods.effectiveNew(t) != (own instanceof BoundJavaMethod b ? b.method : own);
        }
        return t.lookup(name) != PyType.OBJECT.getDict().getStr(name);
    }

    /** Compare typeobject.c: object_init (the excess-arguments rules). */
    @ExposedMethod
    static void __init__(PyObject self, PyObject[] args, String[] kw) {
        if (args.length > 0) {
            PyType t = self.type();
            if (overrides(t, "__init__")) {
                throw PyErr.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (!overrides(t, "__new__")) {
                throw PyErr.typeError(t.getName() + ".__init__() takes exactly one argument (the instance to initialize)");
            }
        }
    }

    /** Compare typeobject.c: object_new. */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        int tag = cls.tag();
        if (cls.plainNewTag == tag) {
            // Checked below at this tag (each check is a look-up along the MRO).
            return newInstance(cls);
        }
        if (args.length > 0) {
            if (overrides(cls, "__new__")) {
                throw PyErr.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (!overrides(cls, "__init__")) {
                throw PyErr.typeError(cls.tpName() + "() takes no arguments");
            }
        }
        if (cls.solidBase.specAlloc != null) {
            // A type made from a spec with a C struct of its own: PyType_GenericAlloc of it.
            return cls.solidBase.specAlloc.apply(cls);
        }
        if (cls.solidBase != PyType.OBJECT) {
            throw PyErr.typeError("object.__new__(" + cls.getName() + ") is not safe, use " + cls.solidBase.getName()
                + ".__new__()");
        }
        // The class's own __abstractmethods__, as CPython's Py_TPFLAGS_IS_ABSTRACT (set when that
        // attribute is assigned, not inherited): a subclass of a class marked by hand is concrete.
        PyObject abstracts = cls.getDict().getStr("__abstractmethods__");
        if (abstracts != null && !(abstracts instanceof PyGetSetDescr) && Abstract.isTrue(abstracts)) {
            java.util.List<String> names = new java.util.ArrayList<>();
            for (PyObject n : Abstract.iterable(abstracts)) {
                names.add(n.toString());
            }
            java.util.Collections.sort(names);
            // Compare CPython 3.12 typeobject.c: object_new's message.
            throw PyErr.typeError("Can't instantiate abstract class " + cls.getName()
                + " without an implementation for abstract method" + (names.size() > 1 ? "s '" : " '")
                + String.join("', '", names) + "'");
        }
        // (An empty __abstractmethods__ stays empty for CPython too: its flag is set on assignment.)
        if (!(abstracts instanceof PyGetSetDescr) && overrides(cls, "__init__") && !overrides(cls, "__new__")) {
            cls.plainNewTag = tag;
        }
        return newInstance(cls);
    }

    /** A plain instance, or one whose __del__ will run when it dies ({@link InstanceFinalizer}). */
    private static PyInstance newInstance(PyType cls) {
        return cls.hasDel() ? InstanceFinalizer.track(cls) : new PyInstance(cls);
    }

    @ExposedMethod(classMethod = true)
    static void __init_subclass__(PyObject cls, PyObject[] args, String[] kw) {
        if (args.length > 0) {
            throw PyErr.typeError(((PyType) cls).getName() + ".__init_subclass__() takes no keyword arguments");
        }
    }

    /**
     * object.__sizeof__: CPython's tp_basicsize, plus tp_itemsize per item of a variable-size
     * object (a tuple's items, a bytes' bytes), from {@link TypeLayouts}: CPython's layout,
     * not the JVM's. Compare typeobject.c: object___sizeof___impl.
     */
    @ExposedMethod
    static long __sizeof__(PyObject self) {
        PyType t = self.type();
        long n = TypeLayouts.basicsize(t);
        long isize = TypeLayouts.itemsize(t);
        if (isize > 0 && (self instanceof PyTuple || self instanceof PyBytes)) {
            n += isize * Abstract.len(self);
        }
        if (self instanceof PyMemoryView mv) {
            // memory_alloc: shape, strides and suboffsets, three Py_ssize_t per dimension.
            n += 24L * mv.allocatedDims();
        }
        return n;
    }

    @ExposedMethod
    static PyObject __format__(PyObject self, PyObject spec) {
        String s = Abstract.strArg(spec, "format");
        if (!s.isEmpty()) {
            throw PyErr.typeError("unsupported format string passed to " + self.type().getName() + ".__format__");
        }
        return Abstract.str(self);
    }

    /**
     * The instance's __dict__ keys and those of its __class__ and the classes' __bases__,
     * all looked up as attributes (a class may hide them). Compare typeobject.c:
     * object___dir___impl, merge_class_dict.
     */
    @ExposedMethod
    static PyObject __dir__(PyObject self) {
        PyDict names = Abstract.lookupAttr(self, "__dict__") instanceof PyDict d ? d.copy() : new PyDict();
        PyObject cls = Abstract.lookupAttr(self, "__class__");
        if (cls != null) {
            mergeClassDict(names, cls);
        }
        return new PyList(names.keysArray());
    }

    private static void mergeClassDict(PyDict names, PyObject cls) {
        PyObject d = Abstract.lookupAttr(cls, "__dict__");
        if (d instanceof PyDict pd) {
            names.update(pd);
        } else if (d != null) {
            for (PyObject k : Abstract.toArray(Abstract.call(Abstract.getAttr(d, "keys")))) {
                names.setItem(k, PyNone.NONE);
            }
        }
        PyObject bases = Abstract.lookupAttr(cls, "__bases__");
        if (bases != null) {
            for (PyObject b : Abstract.toArray(bases)) {
                mergeClassDict(names, b);
            }
        }
    }

    /** Compare typeobject.c: object___reduce_ex___impl. */
    @ExposedMethod
    static PyObject __reduce_ex__(PyObject self, PyObject protocol) {
        return Reduce.reduceEx(self, protocol);
    }

    /** Compare typeobject.c: object___reduce___impl. */
    @ExposedMethod
    static PyObject __reduce__(PyObject self) {
        return Reduce.commonReduce(self, 0);
    }

    /** Compare typeobject.c: object___getstate___impl. */
    @ExposedMethod
    static PyObject __getstate__(PyObject self) {
        return Reduce.getstateDefault(self, false);
    }

    @ExposedMethod(classMethod = true)
    static PyObject __subclasshook__(PyObject cls, PyObject[] args, String[] kw) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedGetter
    static PyObject __class__(PyObject self) {
        return self.type();
    }

    /**
     * The instance dict of a builtin type's instance: the getter of the __dict__ descriptor
     * PyType puts in the dict of each builtin type whose instances have one (object has
     * none: dir(5) does not list __dict__). Compare typeobject.c: subtype_dict, and the
     * __dict__ getsets of function, module and the like.
     */
    static PyObject __dict__(PyObject self) {
        if (hasInstanceDict(self) && self instanceof HasDict hd) {
            return hd.getDict();
        }
        throw PyErr.attributeError("'" + self.type().getName() + "' object has no attribute '__dict__'");
    }

    /** obj.__dict__ = v for a builtin type whose instances have a dict. Compare object.c: PyObject_GenericSetDict. */
    static void setGenericDict(PyObject self, PyObject v) {
        if (v == null) {
            throw PyErr.typeError("cannot delete __dict__");
        }
        if (!(v instanceof PyDict d)) {
            throw PyErr.typeError("__dict__ must be set to a dictionary, not a '" + v.type().getName() + "'");
        }
        ((HasDict) self).setDict(d);
    }
}
