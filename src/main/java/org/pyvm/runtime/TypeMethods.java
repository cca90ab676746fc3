package org.pyvm.runtime;

import java.util.Arrays;

/** The methods of {@code type}. Compare CPython Objects/typeobject.c: type_*. */
final class TypeMethods {

    private TypeMethods() {}

    /** type.__getattribute__ without raising: null when missing. Compare typeobject.c: type_getattro. */
    static PyObject typeGetAttr(PyType type, PyStr name) {
        PyType meta = type.type();
        PyObject metaAttr = meta.lookup(name);
        if (metaAttr != null && ObjectMethods.isDataDescr(metaAttr)) {
            if (metaAttr instanceof PyGetSetDescr gs) {
                return gs.get(type);
            }
            // Without __get__, the class's own attribute answers first.
            if (metaAttr instanceof PyProperty || metaAttr.type().slot(Slot.GET) != null) {
                return Abstract.bindDescr(metaAttr, type, meta);
            }
        }
        PyObject attr = type.lookup(name);
        if (attr != null) {
            if (attr instanceof PyFunction || attr instanceof JavaMethod) {
                return attr;
            }
            if (attr instanceof PyStaticMethod sm && sm.isExact()) {
                return sm.callable instanceof JavaMethod jm ? jm.asStatic() : sm.callable;
            }
            PyObject get = attr.type().slot(Slot.GET);
            if (get != null) {
                return Abstract.callGet(get, attr, PyNone.NONE, type);
            }
            return attr;
        }
        if (metaAttr != null) {
            return Abstract.bindDescr(metaAttr, type, meta);
        }
        return null;
    }

    /** type.__setattr__. Compare typeobject.c: type_setattro (then object.c: _PyObject_GenericSetAttrWithDict). */
    static void typeSetAttr(PyType type, PyStr name, PyObject value) {
        if (!type.isMutable()) {
            // Py_TPFLAGS_IMMUTABLETYPE is checked before any descriptor (int.__flags__ = 0 too).
            throw PyErr.typeError("cannot set '" + name + "' attribute of immutable type '" + type.tpName() + "'");
        }
        PyObject metaAttr = type.type().lookup(name);
        if (metaAttr != null && ObjectMethods.isDataDescr(metaAttr)) {
            ObjectMethods.genericSetAttr(type, name, value);
            return;
        }
        type.setAttr(name, value);
        if (name.value().equals("__call__")) {
            PyType.clearVectorcall(type);
        }
    }

    /** Compare typeobject.c: check_set_special_type_attr. */
    private static void checkSpecial(PyType type, PyObject value, String name) {
        if (!type.isMutable()) {
            throw PyErr.typeError("cannot set '" + name + "' attribute of immutable type '" + type.tpName() + "'");
        }
        if (value == null) {
            throw PyErr.typeError("cannot delete '" + name + "' attribute of immutable type '" + type.tpName() + "'");
        }
        if (Audit.on()) {
            Audit.event("object.__setattr__", type, PyStr.of(name), value);
        }
    }

    /** Compare typeobject.c: type_set_name. */
    static void setName(PyType type, PyObject value) {
        checkSpecial(type, value, "__name__");
        if (!(value instanceof PyStr s)) {
            throw PyErr.typeError("can only assign string to " + type.getName() + ".__name__, not '"
                + value.type().getName() + "'");
        }
        type.name = checkName(s.value());
        type.nameObj = s;
    }

    /** Compare typeobject.c: type_set_qualname. */
    static void setQualname(PyType type, PyObject value) {
        checkSpecial(type, value, "__qualname__");
        if (!(value instanceof PyStr s)) {
            throw PyErr.typeError("can only assign string to " + type.getName() + ".__qualname__, not '"
                + value.type().getName() + "'");
        }
        type.qualname = s.value();
        type.qualnameObj = s;
    }

    /** Compare typeobject.c: type_set_module. */
    static void setModule(PyType type, PyObject value) {
        checkSpecial(type, value, "__module__");
        type.setAttr(PyStr.intern("__module__"), value);
    }

    /** Compare typeobject.c: type_set_doc. */
    static void setDoc(PyType type, PyObject value) {
        checkSpecial(type, value, "__doc__");
        type.setAttr(PyStr.intern("__doc__"), value);
    }

    /** Compare typeobject.c: type_set_annotations. */
    static void setAnnotations(PyType type, PyObject value) {
        if (!type.isMutable()) {
            throw PyErr.typeError("cannot set '__annotations__' attribute of immutable type '" + type.tpName() + "'");
        }
        if (value == null && type.getDict().getStr("__annotations__") == null) {
            throw PyErr.attributeError("__annotations__");
        }
        type.setAttr(PyStr.intern("__annotations__"), value);
    }

    /** Compare typeobject.c: type_set_abstractmethods. */
    static void setAbstractmethods(PyType type, PyObject value) {
        if (value != null) {
            Abstract.isTrue(value);
        } else if (type.getDict().getStr("__abstractmethods__") == null) {
            throw PyErr.attributeError("__abstractmethods__");
        }
        type.setAttrAnyType(PyStr.intern("__abstractmethods__"), value);
    }

    /** Compare typeobject.c: type_set_type_params. */
    static void setTypeParams(PyType type, PyObject value) {
        checkSpecial(type, value, "__type_params__");
        type.setAttr(PyStr.intern("__type_params__"), value);
    }

    /** A type's name is valid UTF-8 without NULs. Compare typeobject.c: type_new_impl, type_set_name. */
    private static String checkName(String name) {
        org.pyvm.runtime.codecs.Utf8.encode(PyStr.of(name), "strict");
        if (name.indexOf('\0') >= 0) {
            throw PyErr.valueError("type name must not contain null characters");
        }
        return name;
    }

    /** type(...)'s call: __new__ then __init__. Compare typeobject.c: type_call. */
    static PyObject typeCall(PyType type, PyObject[] args, String[] kw) {
        if (type == PyStr.TYPE && args.length == 1 && (kw == null || kw.length == 0)) {
            // str(x) is PyObject_Str(x), as CPython's CALL_NO_KW_STR_1 does it: no __new__
            // look-up and call, no __init__ check (str's are object's).
            return Abstract.str(args[0]);
        }
        if (type == PyType.TYPE) {
            int nkw = kw == null ? 0 : kw.length;
            if (args.length == 1 && nkw == 0) {
                return args[0].type();
            }
            if (args.length - nkw != 3) {
                throw PyErr.typeError("type() takes 1 or 3 arguments");
            }
        }
        PyObject nw = type.slot(Slot.NEW);
        if (nw == null || type.disallowsInstantiation()) {
            throw PyErr.typeError("cannot create '" + type.fullName() + "' instances");
        }
        // A builtin type's __new__ (its Java method), a staticmethod (as type.__new__ makes a function __new__) or a function is called
        // as it is; another descriptor (a classmethod) is bound first. Compare slot_tp_new.
        PyObject f = nw instanceof BoundJavaMethod b && b.isTypeNew() ? typeNewOf(type, b)
            : nw instanceof PyStaticMethod sm ? sm.callable
            : nw instanceof PyFunction || nw instanceof JavaMethod ? nw : bindToType(nw, type);
        PyObject obj;
        boolean baseExcNew = f == baseExceptionNew() && (kw == null || kw.length == 0);
        if (baseExcNew) {
            // BaseException_new, as most exception classes have it: called directly, without
            // the argument array with the type in front and the method handle's dispatch.
            obj = ExceptionMethods.__new__(type, args, null);
        } else {
            PyObject[] a = new PyObject[args.length + 1];
            a[0] = type;
            System.arraycopy(args, 0, a, 1, args.length);
            obj = Abstract.call(f, a, kw);
        }
        if (!obj.type().isSubtypeOf(type)) {
            return obj;
        }
        PyObject init = obj.type().slot(Slot.INIT);
        if (baseExcNew && init == PyExc.BaseException.slot(Slot.INIT)) {
            // BaseException_init would only store the same positional args again.
            return obj;
        }
        if (init != null) {
            PyObject r = Abstract.callDescrArgs(init, obj, args, kw);
            if (r != PyNone.NONE) {
                throw PyErr.typeError("__init__() should return None, not '" + r.type().getName() + "'");
            }
        }
        return obj;
    }

    private static PyObject baseExceptionNew;

    /** The Java method BaseException's __new__ calls (ExceptionMethods.__new__), found once. */
    private static PyObject baseExceptionNew() {
        PyObject m = baseExceptionNew;
        if (m == null && PyExc.BaseException.slot(Slot.NEW) instanceof BoundJavaMethod b) {
            m = b.method;
            baseExceptionNew = m;
        }
        return m;
    }

    /** DESCR (found on TYPE) as TYPE.attr gives it: its __get__(None, TYPE). */
    /**
     * What instantiating TYPE calls when its __new__ is builtin type's (B): that Java method,
     * unless TYPE is a class given another builtin's __new__ (effectiveNew).
     */
    private static PyObject typeNewOf(PyType type, BoundJavaMethod b) {
        if (b.method.owner == type.solidBase || !type.isHeapType()) {
            return b.method;   // the usual case: effectiveNew would give the same
        }
        JavaMethod e = effectiveNew(type);
        return e != null ? e : b.method;
    }

    /**
     * TYPE's tp_new slot as CPython fills it: a builtin type's own __new__ (its Java method),
     * or null for slot_tp_new (a __new__ written in Python, looked up on the class at each
     * call). A class whose __new__ is some builtin type's __new__ (`__new__ = list.__new__`,
     * a tp_new_wrapper) gets the tp_new it inherits from its base instead, not the one it
     * names: update_one_slot's special case, which test_descr's expected failures record.
     * Compare typeobject.c: update_one_slot, tp_new_wrapper (staticbase), object_new.
     */
    static JavaMethod effectiveNew(PyType type) {
        for (PyType t = type; t != null; t = t.base) {
            PyObject nw = t.slot(Slot.NEW);
            // A type made from a spec has C slots, as a builtin type has.
            if (!t.isHeapType() || t.specFlags != -1) {
                if (nw instanceof BoundJavaMethod b && b.isTypeNew()) {
                    return b.method;
                }
                return nw instanceof JavaMethod jm ? jm : nw instanceof PyStaticMethod sm
                    && sm.callable instanceof JavaMethod jm ? jm : null;
            }
            if (!(nw instanceof BoundJavaMethod b && b.isTypeNew())) {
                return null;
            }
        }
        return null;
    }

    private static PyObject bindToType(PyObject descr, PyType type) {
        PyObject get = descr.type().slot(Slot.GET);
        return get == null ? descr : Abstract.callGet(get, descr, PyNone.NONE, type);
    }

    @ExposedMethod
    static PyObject __call__(PyType self, PyObject[] args, String[] kw) {
        return typeCall(self, args, kw);
    }

    @ExposedMethod
    static PyObject __getattribute__(PyType self, PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw PyErr.typeError("attribute name must be string, not '" + name.type().getName() + "'");
        }
        PyObject r = typeGetAttr(self, s);
        if (r == null) {
            throw Abstract.noAttribute(self, s);
        }
        return r;
    }

    @ExposedMethod
    static void __setattr__(PyType self, PyObject name, PyObject value) {
        typeSetAttr(self, nameArg(name), value);
    }

    @ExposedMethod
    static void __delattr__(PyType self, PyObject name) {
        typeSetAttr(self, nameArg(name), null);
    }

    private static PyStr nameArg(PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw PyErr.typeError("attribute name must be string, not '" + name.type().getName() + "'");
        }
        return s;
    }

    @ExposedMethod
    static String __repr__(PyType self) {
        return self.toString();
    }

    /** The most derived metaclass of META and the bases' metaclasses. Compare typeobject.c: _PyType_CalculateMetaclass. */
    static PyType calculateMeta(PyType meta, PyType[] bases) {
        PyType winner = meta;
        for (PyType b : bases) {
            PyType bm = b.type();
            if (winner.isSubtypeOf(bm)) {
                continue;
            }
            if (bm.isSubtypeOf(winner)) {
                winner = bm;
                continue;
            }
            throw PyErr.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
                + "of the metaclasses of all its bases");
        }
        return winner;
    }

    /** type(obj) or type(name, bases, dict, **kw). Compare typeobject.c: type_new. */
    @ExposedMethod
    static PyObject __new__(PyType meta, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (meta == PyType.TYPE && npos == 1 && nkw == 0) {
            return args[0].type();
        }
        if (npos != 3) {
            throw PyErr.typeError("type.__new__() takes exactly 3 arguments (" + npos + " given)");
        }
        if (!(args[0] instanceof PyStr)) {
            throw PyErr.typeError("type.__new__() argument 1 must be str, not " + args[0].type().getName());
        }
        String name = checkName(args[0].toString());
        if (!(args[1] instanceof PyTuple bt)) {
            throw PyErr.typeError("type.__new__() argument 2 must be tuple, not " + args[1].type().getName());
        }
        if (!(args[2] instanceof PyDict ns)) {
            throw PyErr.typeError("type.__new__() argument 3 must be dict, not " + args[2].type().getName());
        }
        for (PyObject b : bt.items()) {
            // type_new_get_bases: a class statement resolves __mro_entries__, type() does not.
            if (!(b instanceof PyType) && Abstract.lookupAttr(b, "__mro_entries__") != null) {
                throw PyErr.typeError("type() doesn't support MRO entry resolution; use types.new_class()");
            }
        }
        PyType winner = meta;
        for (PyObject b : bt.items()) {
            PyType bm = b.type();
            if (winner.isSubtypeOf(bm)) {
                continue;
            }
            if (bm.isSubtypeOf(winner)) {
                winner = bm;
                continue;
            }
            throw PyErr.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
                + "of the metaclasses of all its bases");
        }
        if (winner != meta && winner.slot(Slot.NEW) != PyType.TYPE.slot(Slot.NEW)) {
            // Pass it to the winner (type('E', (SomeEnum,), ns, boundary=...) reaches EnumType.__new__).
            PyObject nw = winner.slot(Slot.NEW);
            PyObject[] a = new PyObject[args.length + 1];
            a[0] = winner;
            System.arraycopy(args, 0, a, 1, args.length);
            return Abstract.call(nw instanceof PyStaticMethod sm ? sm.callable : nw, a, kw);
        }
        PyType[] bases = new PyType[bt.size()];
        for (int i = 0; i < bases.length; i++) {
            if (!(bt.get(i) instanceof PyType b)) {
                throw PyErr.typeError("bases must be types");
            }
            bases[i] = b;
        }
        if (ns.getClass() != PyDict.class && ns.type().lookup("__iter__") != PyDict.TYPE.lookup("__iter__")) {
            // PyDict_Copy of a dict subclass with its own iteration order (OrderedDict): keys() then [key].
            // Compare dictobject.c: dict_merge.
            PyDict copy = new PyDict();
            for (PyObject k : Abstract.toArray(Abstract.call(Abstract.getAttr(ns, "keys")))) {
                copy.setItem(k, Abstract.getItem(ns, k));
            }
            ns = copy;
        }
        if (ns.getStr("__doc__") instanceof PyStr doc) {
            org.pyvm.runtime.codecs.Utf8.encode(doc, "strict"); // type_new_set_doc: tp_doc is UTF-8
        }
        PyObject cell = ns.getStr("__classcell__");
        if (cell != null && !(cell instanceof PyCell)) {
            // Compare typeobject.c: type_new_set_classcell.
            throw PyErr.typeError("__classcell__ must be a nonlocal cell, not " + Abstract.repr(cell.type()));
        }
        PyType cls = PyType.newClass(winner, name, bases, ns);
        PyDict d = cls.getDict();
        if (d.getStr("__module__") == null) {
            // The calling code's module, as a class statement's body sets it. Compare typeobject.c: type_new_set_module.
            PyFrame f = CodeRunner.get().currentFrame();
            PyObject mod = f == null ? null : f.globals().getStr("__name__");
            if (mod != null) {
                d.setStr("__module__", mod);
            }
        }
        // From the namespace: a __classcell__ slot replaces it in the class dict.
        if (cell != null) {
            ((PyCell) cell).set(cls);
            if (d.getStr("__classcell__") == cell) {
                d.delItem(PyStr.of("__classcell__"));
            }
        }
        // The cell that annotation scopes of the body read the class's names through now holds
        // the class's own dict, so that later changes to the class are seen (PEP 695). Compare
        // typeobject.c: type_new_set_classdictcell.
        PyObject dictCell = d.getStr("__classdictcell__");
        if (dictCell != null) {
            if (!(dictCell instanceof PyCell dc)) {
                throw PyErr.typeError("__classdictcell__ must be a nonlocal cell, not " + Abstract.repr(dictCell.type()));
            }
            dc.set(d);
            d.delItem(PyStr.of("__classdictcell__"));
        }
        // __set_name__ on attributes, then the parent's __init_subclass__ (type_new_set_names, init_subclass).
        for (PyObject k : d.keysArray()) {
            PyObject v = d.get(k);
            PyObject sn = v.type().lookup("__set_name__");
            if (sn != null) {
                try {
                    Abstract.callDescr(sn, v, cls, k);
                } catch (PyBaseException e) {
                    ExceptionMethods.add_note(e, PyStr.of("Error calling __set_name__ on '" + v.type().getName()
                        + "' instance " + Abstract.repr(k) + " in '" + name + "'"));
                    throw e;
                }
            }
        }
        PyType[] mro = cls.getMro();
        PyObject[] kwArgs = Arrays.copyOfRange(args, npos, args.length);
        // CPython calls super(cls, cls).__init_subclass__: its check fails when a custom
        // mro() left cls out of its own MRO, and the search starts after cls.
        // Compare typeobject.c: init_subclass, supercheck.
        int self = -1;
        for (int i = 0; i < mro.length && self < 0; i++) {
            self = mro[i] == cls ? i : -1;
        }
        if (self < 0) {
            throw PyErr.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
        for (int i = self + 1; i < mro.length; i++) {
            PyObject isc = mro[i].getDict().getStr("__init_subclass__");
            if (isc != null) {
                PyObject bound = isc instanceof PyClassMethod cm && cm.isExact() ? (cm.callable instanceof JavaMethod jm
                    ? new BoundJavaMethod(cls, jm) : new PyBoundMethod(cm.callable, cls)) : Abstract.bindDescr(isc, cls, cls);
                Abstract.call(bound, kwArgs, nkw == 0 ? null : kw);
                break;
            }
        }
        return cls;
    }

    @ExposedMethod
    static void __init__(PyType self, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos != 1 && npos != 3) {
            throw PyErr.typeError("type.__init__() takes 1 or 3 arguments");
        }
    }

    @ExposedMethod(classMethod = true)
    static PyObject __prepare__(PyObject meta, PyObject[] args, String[] kw) {
        return new PyDict();
    }

    @ExposedMethod
    static PyObject __dir__(PyType self) {
        PySet names = new PySet(false);
        for (PyType t : self.getMro()) {
            names.update(t.getDict());
        }
        return new PyList(names.toArray());
    }

    @ExposedMethod
    static PyObject mro(PyType self) {
        return TypeBases.defaultMro(self);
    }

    @ExposedMethod
    static PyObject __subclasses__(PyType self) {
        return new PyList(self.subclassList().toArray(new PyObject[0]));
    }

    @ExposedMethod
    static boolean __instancecheck__(PyType self, PyObject obj) {
        return obj.type().isSubtypeOf(self) || Abstract.classAttrIsSubtype(obj, self);
    }

    @ExposedMethod
    static boolean __subclasscheck__(PyType self, PyObject sub) {
        return sub instanceof PyType t && t.isSubtypeOf(self);
    }

    @ExposedMethod
    static PyObject __or__(PyType self, PyObject o) {
        PyObject r = PyGenericAlias.union(self, o);
        return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
    }

    @ExposedMethod
    static PyObject __ror__(PyType self, PyObject o) {
        PyObject r = PyGenericAlias.union(o, self);
        return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
    }

    /** The class's own __type_params__ (PEP 695), else (). Compare typeobject.c: type_get_type_params. */
    @ExposedGetter(setter = "setTypeParams")
    static PyObject __type_params__(PyType self) {
        PyObject v = self.getDict().getStr("__type_params__");
        return v == null ? PyTuple.EMPTY : v;
    }

    @ExposedGetter(setter = "setName")
    static PyObject __name__(PyType self) {
        // A builtin type's name is CPython's tp_name, "module.Name" for extension types:
        // __name__ is the part after the last dot. Compare typeobject.c: type_name.
        if (!self.isHeapType()) {
            return PyStr.of(self.name.substring(self.name.lastIndexOf('.') + 1));
        }
        return self.nameObj = sameStr(self.nameObj, self.name);
    }

    /** CACHED when it still spells VALUE, else a new str of VALUE: a heap type's name objects. */
    private static PyStr sameStr(PyStr cached, String value) {
        return cached != null && cached.value().equals(value) ? cached : PyStr.of(value);
    }

    @ExposedGetter(setter = "setQualname")
    static PyObject __qualname__(PyType self) {
        if (!self.isHeapType()) {
            return PyStr.of(self.qualname.substring(self.qualname.lastIndexOf('.') + 1));
        }
        return self.qualnameObj = sameStr(self.qualnameObj, self.qualname);
    }

    /** type.__basicsize__: CPython's tp_basicsize (see {@link TypeLayouts}). Compare typeobject.c: type_members. */
    @ExposedGetter(member = true)
    static PyObject __basicsize__(PyType self) {
        return PyInt.of(TypeLayouts.basicsize(self));
    }

    /** type.__itemsize__: CPython's tp_itemsize (see {@link TypeLayouts}). Compare typeobject.c: type_members. */
    @ExposedGetter(member = true)
    static PyObject __itemsize__(PyType self) {
        return PyInt.of(TypeLayouts.itemsize(self));
    }

    /**
     * type.__flags__: the Py_TPFLAGS_* bits that Python code reads (copyreg's HEAPTYPE test,
     * inspect's IS_ABSTRACT, the fast-subclass bits, BASETYPE, READY, IMMUTABLETYPE, HAVE_GC and
     * managed dict/weakref for classes, PEP 590's HAVE_VECTORCALL and METHOD_DESCRIPTOR as
     * CPython's types have them: PyType.withCallFlags). An approximation of CPython's
     * tp_flags: other bits describing C-level slots are not modelled, so a builtin type's
     * number can differ from CPython's. Compare Include/object.h.
     */
    @ExposedGetter
    static PyObject __flags__(PyType self) {
        long f = 1L << 12; // READY
        if (self.specFlags != -1) {
            // A type made from a spec has the bits its spec gave (and HEAPTYPE, READY).
            f |= (1L << 9) | self.specFlags;
        } else if (self.isHeapType()) {
            f |= (1L << 9) | (1L << 14) | (1L << 4) | (1L << 3); // HEAPTYPE, HAVE_GC, MANAGED_DICT/WEAKREF
        }
        if (self.reportsHeapType()) {
            f |= 1L << 9; // HEAPTYPE: also a C type made from a spec (PyType.markFromSpec)
        }
        if (!self.isMutable() && self.specFlags == -1) {
            f |= 1L << 8; // IMMUTABLETYPE
        }
        if (self.hasGcFlag()) {
            f |= 1L << 14; // HAVE_GC
        }
        if (self.hasVectorcallFlag()) {
            f |= 1L << 11; // HAVE_VECTORCALL
        }
        if (self.hasMethodDescriptorFlag()) {
            f |= 1L << 17; // METHOD_DESCRIPTOR
        }
        if (self.allowsSubclass() && self.specFlags == -1) {
            f |= 1L << 10; // BASETYPE
        }
        f |= self.collectionFlags(); // SEQUENCE, MAPPING
        // The type's own __abstractmethods__ only: CPython sets the bit when that attribute is
        // assigned (type_set_abstractmethods) and a subclass does not inherit it, so a class is
        // not abstract while ABCMeta.__new__ has yet to compute its set (inspect.isabstract in
        // __init_subclass__).
        PyObject abs = self.isHeapType() ? self.getDict().getStr("__abstractmethods__") : null;
        if (abs != null && Abstract.isTrue(abs)) {
            f |= 1L << 20; // IS_ABSTRACT
        }
        Object[][] fast = {{PyInt.TYPE, 24}, {PyList.TYPE, 25}, {PyTuple.TYPE, 26}, {PyBytes.TYPE, 27},
            {PyStr.TYPE, 28}, {PyDict.TYPE, 29}, {PyExc.BaseException, 30}, {PyType.TYPE, 31}};
        for (Object[] e : fast) {
            if (self.isSubtypeOf((PyType) e[0])) {
                f |= 1L << (Integer) e[1];
            }
        }
        return PyInt.of(f);
    }

    @ExposedGetter
    static PyObject __mro__(PyType self) {
        // None while a metaclass's mro() is computing it.
        return self.getMro() == null ? PyNone.NONE : PyTuple.of((PyObject[]) self.getMro().clone());
    }

    static void setBases(PyType self, PyObject value) {
        TypeBases.setBases(self, value);
    }

    @ExposedGetter(setter = "setBases")
    static PyObject __bases__(PyType self) {
        return PyTuple.of((PyObject[]) self.getBases().clone());
    }

    @ExposedGetter
    static PyObject __base__(PyType self) {
        return self.getBase() == null ? PyNone.NONE : self.getBase();
    }

    @ExposedGetter
    static PyObject __dict__(PyType self) {
        return PyMappingProxy.ofType(self, self.getDict());
    }

    /** One object, as CPython's interned &_Py_ID(builtins) (pickle's memo sees it once). */
    private static final PyStr BUILTINS_NAME = PyStr.of("builtins");

    @ExposedGetter(setter = "setModule")
    static PyObject __module__(PyType self) {
        if (!self.isHeapType()) {
            // tp_name "module.Name", a str a module put in the dict, else builtins (type's own
            // dict holds this getter under the name). Compare typeobject.c: type_module.
            int dot = self.getName().lastIndexOf('.');
            if (dot >= 0) {
                return PyStr.of(self.getName().substring(0, dot));
            }
            PyObject dm = self.getDict().getStr("__module__");
            return dm instanceof PyStr ? dm : BUILTINS_NAME;
        }
        PyObject m = self.getDict().getStr("__module__");
        return m != null ? m : PyStr.of("builtins");
    }

    /** Compare typeobject.c: type_get_text_signature. */
    @ExposedGetter
    static PyObject __text_signature__(PyType self) {
        return TextSignatures.ofType(self);
    }

    @ExposedGetter(setter = "setDoc")
    static PyObject __doc__(PyType self) {
        if (!self.isHeapType()) {
            // A builtin type's own docstring (tp_doc), whatever its dict's __doc__ is (property's is
            // a descriptor). Compare typeobject.c: type_get_doc.
            String doc = Docstrings.lookup(self.fullName());
            if (doc != null) {
                return PyStr.of(doc);
            }
        }
        PyObject d = self.getDict().getStr("__doc__");
        if (d == null) {
            return PyNone.NONE;
        }
        PyObject get = d.type().slot(Slot.GET);
        return get == null ? d : Abstract.callGet(get, d, PyNone.NONE, self);
    }

    /**
     * A class's own annotations, never a base class's: a class without any gets an empty
     * dict in its namespace on first access. Compare typeobject.c: type_get_annotations.
     */
    @ExposedGetter(setter = "setAnnotations")
    static PyObject __annotations__(PyType self) {
        if (!self.isHeapType()) {
            throw PyErr.attributeError("type object '" + self.getName() + "' has no attribute '__annotations__'");
        }
        PyObject a = self.getDict().getStr("__annotations__");
        if (a == null) {
            a = new PyDict();
            self.setAttr(PyStr.of("__annotations__"), a);
            return a;
        }
        PyObject get = a.type().slot(Slot.GET);
        return get == null ? a : Abstract.callGet(get, a, PyNone.NONE, self);
    }

    @ExposedGetter(setter = "setAbstractmethods")
    static PyObject __abstractmethods__(PyType self) {
        // type's own dict holds this descriptor under the name: type pretends to have none.
        PyObject v = self == PyType.TYPE ? null : self.getDict().getStr("__abstractmethods__");
        if (v == null) {
            throw PyErr.attributeError("__abstractmethods__");
        }
        return v;
    }
}
