package org.pyvm.runtime;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The abstract object protocols every layer uses: attributes, calls, truth, repr/str,
 * hashing, iteration, items, numbers. Each goes through the type's slot table; fast
 * paths for the exact builtin types come first. Compare CPython Objects/abstract.c and
 * Objects/object.c.
 */
public final class Abstract {

    private Abstract() {}

    private static final PyObject[] NO_ARGS = new PyObject[0];

    // ---- calling ----

    public static PyObject call(PyObject callable, PyObject... args) {
        return call(callable, args, null);
    }

    /** Calls CALLABLE with positional values then keyword values named by KWNAMES (may be null). */
    public static PyObject call(PyObject callable, PyObject[] args, String[] kwnames) {
        if (callable instanceof Callable c) {
            return c.call(args, kwnames);
        }
        if (callable instanceof PyType t && t.type() == PyType.TYPE) {
            return TypeMethods.typeCall(t, args, kwnames);
        }
        PyObject m = callable.type().slot(Slot.CALL);
        if (m == null) {
            throw PyErr.typeError("'" + callable.type().getName() + "' object is not callable");
        }
        if (m instanceof PyFunction) {
            return callDescrArgs(m, callable, args, kwnames);
        }
        // A __call__ that is not a function (an instance whose class has __call__ ...) can
        // recurse without Python frames. Compare CPython Objects/call.c: _PyObject_Call.
        CRecursion c = CRecursion.enter(" while calling a Python object");
        try {
            return callDescrArgs(m, callable, args, kwnames);
        } finally {
            CRecursion.leave(c);
        }
    }

    /** Calls a slot value (found on the type) with SELF and ARGS, binding it as a method. */
    public static PyObject callDescr(PyObject descr, PyObject self, PyObject... args) {
        if (descr instanceof JavaMethod jm && jm.hasSelf && jm.owner != null && !jm.isClassMethod()) {
            jm.checkSelf(self);
            switch (args.length) {
                case 0:
                    return jm.call1(self);
                case 1:
                    return jm.call2(self, args[0]);
                case 2:
                    return jm.call3(self, args[0], args[1]);
                default:
                    return jm.invoke(self, args, 0, null);
            }
        }
        return callDescrArgs(descr, self, args, null);
    }

    static PyObject callDescrArgs(PyObject descr, PyObject self, PyObject[] args, String[] kwnames) {
        if (descr instanceof JavaMethod jm && jm.hasSelf && !jm.isClassMethod()) {
            jm.checkSelf(self);
            return jm.invoke(self, args, 0, kwnames);
        }
        if (descr instanceof PyFunction f) {
            PyObject[] a = new PyObject[args.length + 1];
            a[0] = self;
            System.arraycopy(args, 0, a, 1, args.length);
            return f.call(a, kwnames);
        }
        PyObject bound = bindDescr(descr, self, self.type());
        return call(bound, args, kwnames);
    }

    /** descr.__get__(obj, type) when DESCR has __get__, else DESCR itself. */
    public static PyObject bindDescr(PyObject descr, PyObject obj, PyType type) {
        if (descr instanceof PyFunction f) {
            return obj == null ? f : new PyBoundMethod(f, obj);
        }
        if (descr instanceof JavaMethod jm) {
            return JavaMethod.__get__(jm, obj, type);
        }
        PyObject get = descr.type().slot(Slot.GET);
        if (get == null) {
            return descr;
        }
        return callGet(get, descr, obj == null ? PyNone.NONE : obj, type);
    }

    /**
     * Calls GET, the __get__ found on DESCR's type, as get(descr, obj, type): a function or a
     * method descriptor binds to DESCR as usual, and any other callable (a builtin function,
     * a staticmethod) gets the three arguments as they are, never bound. Compare
     * typeobject.c: slot_tp_descr_get.
     */
    public static PyObject callGet(PyObject get, PyObject descr, PyObject obj, PyObject type) {
        PyObject t = type == null ? PyNone.NONE : type;
        if (get instanceof PyFunction || get instanceof JavaMethod jm && jm.hasSelf && !jm.isClassMethod()) {
            return callDescr(get, descr, obj, t);
        }
        return call(get, descr, obj, t);
    }

    // ---- attributes ----

    private static PyObject objectGetattribute;
    private static PyObject typeGetattribute;

    private static PyObject objectSetattr;
    private static PyObject objectDelattr;

    /** Whether T's attribute lookup is object's generic one (the common case the interpreter shortcuts). */
    public static boolean hasGenericGetattr(PyType t) {
        return t.slot(Slot.GETATTRIBUTE) == objectGA();
    }

    /** Whether T's attribute assignment is object's generic __setattr__. */
    static boolean hasGenericSetattr(PyType t) {
        return t.slot(Slot.SETATTR) == objectSA(false);
    }

    private static PyObject objectSA(boolean delete) {
        PyObject o = delete ? objectDelattr : objectSetattr;
        if (o == null) {
            o = PyType.OBJECT.getDict().getStr(delete ? "__delattr__" : "__setattr__");
            if (delete) {
                objectDelattr = o;
            } else {
                objectSetattr = o;
            }
        }
        return o;
    }

    private static PyObject objectGA() {
        PyObject o = objectGetattribute;
        if (o == null) {
            o = PyType.OBJECT.getDict().getStr("__getattribute__");
            objectGetattribute = o;
        }
        return o;
    }

    private static PyObject typeGA() {
        PyObject o = typeGetattribute;
        if (o == null) {
            o = PyType.TYPE.getDict().getStr("__getattribute__");
            typeGetattribute = o;
        }
        return o;
    }

    public static PyObject getAttr(PyObject obj, String name) {
        return getAttr(obj, PyStr.intern(name));
    }

    /** getattr(obj, name): AttributeError when missing. */
    public static PyObject getAttr(PyObject obj, PyStr name) {
        PyObject r;
        try {
            r = lookupAttr(obj, name, true);
        } catch (PyBaseException e) {
            throw attributeErrorContext(e, obj, name);
        }
        if (r == null) {
            throw noAttribute(obj, name);
        }
        return r;
    }

    /**
     * An AttributeError raised while looking NAME up on OBJ (by __getattr__, say) that does
     * not name its attribute and object yet gets them, for the "Did you mean" suggestions.
     * Compare object.c: set_attribute_error_context.
     */
    public static PyBaseException attributeErrorContext(PyBaseException e, PyObject obj, PyStr name) {
        if (e.matches(PyExc.AttributeError)) {
            PyDict d = e.getDict();
            PyObject n = d.getStr("name");
            PyObject o = d.getStr("obj");
            if ((n == null || n == PyNone.NONE) && (o == null || o == PyNone.NONE)) {
                d.setStr("name", name);
                d.setStr("obj", obj);
            }
        }
        return e;
    }

    public static PyObject lookupAttr(PyObject obj, String name) {
        return lookupAttr(obj, PyStr.intern(name));
    }

    /**
     * getattr(obj, name) or null when missing: AttributeError does not travel as a Java
     * exception on the common path. Compare object.c: _PyObject_LookupAttr.
     */
    public static PyObject lookupAttr(PyObject obj, PyStr name) {
        return lookupAttr(obj, name, false);
    }

    /** With RAISE, an AttributeError raised by __getattribute__ or __getattr__ propagates as it is. */
    private static PyObject lookupAttr(PyObject obj, PyStr name, boolean raise) {
        PyType t = obj.type();
        PyObject ga = t.slot(Slot.GETATTRIBUTE);
        PyObject r;
        if (ga == objectGA()) {
            try {
                r = ObjectMethods.genericGetAttr(obj, name);
            } catch (PyBaseException e) {
                // An AttributeError (from a descriptor's __get__, say) still leaves __getattr__ to
                // try (typeobject.c: slot_tp_getattr_hook).
                if (!e.matches(PyExc.AttributeError) || raise && t.slot(Slot.GETATTR) == null) {
                    throw e;
                }
                r = null;
            }
        } else if (ga == typeGA()) {
            try {
                r = TypeMethods.typeGetAttr((PyType) obj, name);
            } catch (PyBaseException e) {
                // A getter such as type.__abstractmethods__ raises AttributeError itself; a
                // metaclass's __getattr__ may still answer.
                if (!e.matches(PyExc.AttributeError) || raise && t.slot(Slot.GETATTR) == null) {
                    throw e;
                }
                r = null;
            }
        } else {
            try {
                r = callDescr(ga, obj, name);
            } catch (PyBaseException e) {
                if (raise || !e.matches(PyExc.AttributeError)) {
                    if (t.slot(Slot.GETATTR) == null || !e.matches(PyExc.AttributeError)) {
                        throw e;
                    }
                }
                r = null;
            }
        }
        if (r == null) {
            PyObject gattr = t.slot(Slot.GETATTR);
            if (gattr != null) {
                try {
                    return callDescr(gattr, obj, name);
                } catch (PyBaseException e) {
                    if (raise || !e.matches(PyExc.AttributeError)) {
                        throw e;
                    }
                    return null;
                }
            }
        }
        return r;
    }

    public static PyBaseException noAttribute(PyObject obj, PyStr name) {
        PyBaseException e;
        if (obj instanceof PyModule m) {
            e = PyErr.attributeError(moduleNoAttribute(m, name));
        } else if (obj instanceof PyType t) {
            e = PyErr.attributeError("type object '" + t.getName() + "' has no attribute '" + name + "'");
        } else {
            e = PyErr.attributeError("'" + obj.type().tpName() + "' object has no attribute '" + name + "'");
        }
        e.getDict().setStr("name", name);
        e.getDict().setStr("obj", obj);
        return e;
    }

    /**
     * The message for a module without attribute NAME: a module still running its code, or
     * a submodule being imported, says it is most likely a circular import. Compare
     * moduleobject.c: module_getattro, _PyModuleSpec_IsInitializing,
     * _PyModuleSpec_IsUninitializedSubmodule.
     */
    private static String moduleNoAttribute(PyModule m, PyStr name) {
        PyObject modName = m.getDict().getStr("__name__");
        if (!(modName instanceof PyStr)) {
            return "module has no attribute '" + name + "'";
        }
        PyObject spec = m.getDict().getStr("__spec__");
        if (spec != null && spec != PyNone.NONE) {
            try {
                PyObject init = lookupAttr(spec, "_initializing");
                if (init != null && isTrue(init)) {
                    return "partially initialized module '" + modName + "' has no attribute '" + name
                        + "' (most likely due to a circular import)";
                }
                PyObject subs = lookupAttr(spec, "_uninitialized_submodules");
                if (subs != null && contains(subs, name)) {
                    return "cannot access submodule '" + name + "' of module '" + modName
                        + "' (most likely due to a circular import)";
                }
            } catch (PyBaseException ignored) {
                // CPython clears errors from these checks too.
            }
        }
        return "module '" + modName + "' has no attribute '" + name + "'";
    }

    public static void setAttr(PyObject obj, String name, PyObject value) {
        setAttr(obj, PyStr.intern(name), value);
    }

    /** setattr(obj, name, value); VALUE null deletes. */
    public static void setAttr(PyObject obj, PyStr name, PyObject value) {
        PyType t = obj.type();
        PyObject sa = t.slot(value == null ? Slot.DELATTR : Slot.SETATTR);
        PyObject generic = objectSA(value == null);
        if (sa == generic) {
            ObjectMethods.genericSetAttr(obj, name, value);
        } else if (obj instanceof PyType ty && sa == PyType.TYPE.getDict().getStr(value == null ? "__delattr__" : "__setattr__")) {
            TypeMethods.typeSetAttr(ty, name, value);
        } else if (value == null) {
            callDescr(sa, obj, name);
        } else {
            callDescr(sa, obj, name, value);
        }
    }

    // ---- truth, repr, str, hash ----

    /** bool(o). Compare object.c: PyObject_IsTrue. */
    public static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) {
            return true;
        }
        if (o == PyBool.FALSE || o == PyNone.NONE) {
            return false;
        }
        if (o instanceof PyInt i && o.getClass() == PyInt.class) {
            return i.signum() != 0;
        }
        if (o instanceof PyStr s && o.getClass() == PyStr.class) {
            return !s.value().isEmpty();
        }
        if (o instanceof PyList l && o.getClass() == PyList.class) {
            return l.size != 0;
        }
        PyType t = o.type();
        PyObject b = t.slot(Slot.BOOL);
        if (b != null) {
            PyObject r = callDescr(b, o);
            if (r instanceof PyBool pb) {
                return pb == PyBool.TRUE;
            }
            throw PyErr.typeError("__bool__ should return bool, returned " + r.type().getName());
        }
        PyObject len = t.slot(Slot.LEN);
        if (len != null) {
            return lenResult(callDescr(len, o)) != 0;
        }
        return true;
    }

    public static PyStr repr(PyObject o) {
        if (o instanceof PyStr s && o.getClass() == PyStr.class) {
            return PyStr.of(StrMethods.repr(s.value()));
        }
        if (o instanceof PyInt i && o.getClass() == PyInt.class) {
            return PyStr.of(i.toString());
        }
        PyObject m = o.type().slot(Slot.REPR);
        // Containers' reprs nest here: CPython's PyObject_Repr counts them against the C
        // recursion limit (Py_C_RECURSION_LIMIT, not sys.getrecursionlimit()).
        CRecursion c = CRecursion.enter(" while getting the repr of an object");
        PyObject r;
        try {
            r = callDescr(m, o);
        } finally {
            CRecursion.leave(c);
        }
        if (r instanceof PyStr s) {
            return s;
        }
        throw PyErr.typeError("__repr__ returned non-string (type " + r.type().getName() + ")");
    }

    public static PyStr str(PyObject o) {
        if (o instanceof PyStr s && o.getClass() == PyStr.class) {
            return s;
        }
        PyObject m = o.type().slot(Slot.STR);
        PyObject r = callDescr(m, o);
        if (r instanceof PyStr s) {
            return s;
        }
        throw PyErr.typeError("__str__ returned non-string (type " + r.type().getName() + ")");
    }

    public static long hash(PyObject o) {
        if (o instanceof PyStr s && o.getClass() == PyStr.class) {
            return s.pyHash();
        }
        if (o instanceof PyInt i && o.getClass() == PyInt.class) {
            return IntMethods.hash(i);
        }
        PyObject m = o.type().slot(Slot.HASH);
        if (m == null || m == PyNone.NONE) {
            throw PyErr.typeError("unhashable type: '" + o.type().getName() + "'");
        }
        PyObject r = callDescr(m, o);
        if (r instanceof PyInt i) {
            return i.isBig() ? IntMethods.hash(i) : (i.value == -1 ? -2 : i.value);
        }
        throw PyErr.typeError("__hash__ method should return an integer");
    }

    /** A stable pseudo-address for reprs and id(). */
    public static String idHex(PyObject o) {
        return Long.toHexString(id(o));
    }

    /** id(o): unique among live objects (see {@link ObjectIds}). */
    public static long id(PyObject o) {
        return ObjectIds.id(o);
    }

    /** The live object whose id() is ID, or null (C's pointer-to-object cast, PyLong_AsVoidPtr). */
    public static PyObject objectWithId(long id) {
        return ObjectIds.lookup(id);
    }

    // ---- sizes, items ----

    private static long lenResult(PyObject r) {
        if (!(r instanceof PyInt i)) {
            throw PyErr.typeError("'" + r.type().getName() + "' object cannot be interpreted as an integer");
        }
        // Compare typeobject.c: slot_sq_length (the sign first, then PyNumber_AsSsize_t with OverflowError).
        if (i.signum() < 0) {
            throw PyErr.valueError("__len__() should return >= 0");
        }
        if (i.isBig()) {
            throw PyErr.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return i.longValue();
    }

    /**
     * O as an index that fits a Py_ssize_t, after __index__; an int too big for one raises
     * EXC("cannot fit 'T' into an index-sized integer"), T being O's type, as sequence
     * repetition (OverflowError) and item access (IndexError) say it. Compare abstract.c:
     * PyNumber_AsSsize_t.
     */
    /**
     * O as a Py_ssize_t argument (getargs' "n" format): its __index__, OverflowError "Python
     * int too large to convert to C ssize_t" when it does not fit. Compare PyLong_AsSsize_t.
     */
    public static long ssizeArg(PyObject o) {
        PyInt i = index(o);
        if (i.isBig()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.value;
    }

    public static long asSsize(PyObject o, PyType exc) {
        PyInt i = index(o);
        if (i.isBig()) {
            throw PyErr.of(exc, "cannot fit '" + o.type().getName() + "' into an index-sized integer");
        }
        return i.value;
    }

    public static long len(PyObject o) {
        if (o instanceof PyList l && o.getClass() == PyList.class) {
            return l.size;
        }
        if (o instanceof PyTuple t && o.getClass() == PyTuple.class) {
            return t.items.length;
        }
        PyObject m = o.type().slot(Slot.LEN);
        if (m == null) {
            throw PyErr.typeError("object of type '" + o.type().getName() + "' has no len()");
        }
        return lenResult(callDescr(m, o));
    }

    public static PyObject getItem(PyObject o, PyObject key) {
        if (o instanceof PyList l && o.getClass() == PyList.class && key instanceof PyInt i && !i.isBig()) {
            long k = i.value < 0 ? i.value + l.size : i.value;
            if (k >= 0 && k < l.size) {
                return l.items[(int) k];
            }
        }
        if (o instanceof PyDict d && o.getClass() == PyDict.class) {
            PyObject v = d.get(key);
            if (v == null) {
                throw PyErr.keyError(key);
            }
            return v;
        }
        PyObject m = o.type().slot(Slot.GETITEM);
        if (m == null) {
            if (o instanceof PyType t) {
                // type[int] is special-cased: type has no __class_getitem__ (abstract.c: PyObject_GetItem).
                if (t == PyType.TYPE) {
                    return PyGenericAlias.classGetItem(t, key);
                }
                // Only the class's own MRO, not its metaclass (type[int] is for type itself).
                PyObject cg = t.lookup("__class_getitem__");
                if (cg != null && cg != PyNone.NONE) { // None: not subscriptable, as in CPython
                    return call(bindDescr(cg, null, t), key);
                }
                throw PyErr.typeError("type '" + t.getName() + "' is not subscriptable");
            }
            throw PyErr.typeError("'" + o.type().getName() + "' object is not subscriptable");
        }
        return callDescr(m, o, key);
    }

    /** o[key] or null when the key is missing (LookupError). */
    public static PyObject getItemOrNull(PyObject o, PyObject key) {
        if (o instanceof PyDict d && o.getClass() == PyDict.class) {
            return d.get(key);
        }
        try {
            return getItem(o, key);
        } catch (PyBaseException e) {
            if (e.matches(PyExc.LookupError)) {
                return null;
            }
            throw e;
        }
    }

    public static void setItem(PyObject o, PyObject key, PyObject value) {
        if (o instanceof PyList l && o.getClass() == PyList.class && key instanceof PyInt i && !i.isBig()) {
            // l[i] = v for an index in range (as getItem): CPython's STORE_SUBSCR_LIST_INT.
            long k = i.value < 0 ? i.value + l.size : i.value;
            if (k >= 0 && k < l.size) {
                ArrayStore.put(l.items, (int) k, value);
                return;
            }
        }
        if (o instanceof PyDict d && o.getClass() == PyDict.class) {
            d.setItem(key, value);
            return;
        }
        PyObject m = o.type().slot(Slot.SETITEM);
        if (m == null) {
            throw PyErr.typeError("'" + o.type().getName() + "' object does not support item assignment");
        }
        callDescr(m, o, key, value);
    }

    public static void delItem(PyObject o, PyObject key) {
        PyObject m = o.type().slot(Slot.DELITEM);
        if (m == null) {
            throw PyErr.typeError("'" + o.type().getName() + "' object doesn't support item deletion");
        }
        callDescr(m, o, key);
    }

    /** x in container. Compare abstract.c: PySequence_Contains. */
    public static boolean contains(PyObject container, PyObject x) {
        PyObject m = container.type().slot(Slot.CONTAINS);
        if (m != null) {
            return isTrue(callDescr(m, container, x));
        }
        if (container.type().slot(Slot.ITER) == null && !container.type().indexable()) {
            throw PyErr.typeError("argument of type '" + container.type().getName() + "' is not iterable");
        }
        PyObject it = iter(container);
        for (PyObject v = next(it); v != null; v = next(it)) {
            if (v == x || Ops.eqBool(v, x)) {
                return true;
            }
        }
        return false;
    }

    // ---- iteration ----

    /** iter(o). Compare abstract.c: PyObject_GetIter. */
    public static PyObject iter(PyObject o) {
        if (o instanceof PyList l && o.getClass() == PyList.class) {
            return new PySeqIter(l);
        }
        PyType t = o.type();
        PyObject m = t.slot(Slot.ITER);
        if (m != null && m != PyNone.NONE) {
            PyObject it = callDescr(m, o);
            if (!(it instanceof PyIterator) && it.type().slot(Slot.NEXT) == null) {
                throw PyErr.typeError("iter() returned non-iterator of type '" + it.type().getName() + "'");
            }
            return it;
        }
        if (m == null && t.indexable()) {
            return new PySeqIter(o);
        }
        throw PyErr.typeError("'" + t.getName() + "' object is not iterable");
    }

    /** next(it), or null when exhausted: StopIteration from a Python __next__ ends here. */
    public static PyObject next(PyObject it) {
        if (it instanceof PyGenerator g) {
            return g.next(); // the common case of sum(x for x in ...) and friends, without interface dispatch
        }
        if (it instanceof PyIterator pi) {
            return pi.next();
        }
        PyObject m = it.type().slot(Slot.NEXT);
        if (m == null) {
            throw PyErr.typeError("'" + it.type().getName() + "' object is not an iterator");
        }
        try {
            return callDescr(m, it);
        } catch (PyBaseException e) {
            if (e.matches(PyExc.StopIteration)) {
                return null;
            }
            throw e;
        }
    }

    /** A Java view of a Python iterable, for loops written in Java. */
    public static Iterable<PyObject> iterable(PyObject o) {
        PyObject it = iter(o);
        return () -> new Iterator<>() {
            private PyObject nextItem;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (nextItem == null && !done) {
                    nextItem = Abstract.next(it);
                    done = nextItem == null;
                }
                return !done;
            }

            @Override
            public PyObject next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                PyObject v = nextItem;
                nextItem = null;
                return v;
            }
        };
    }

    /** The items of an iterable as a fresh array. */
    public static PyObject[] toArray(PyObject o) {
        // A subclass that overrides __iter__ is iterated (abstract.c: PySequence_Tuple checks exact types).
        if (o instanceof PyTuple t && (o.type() == PyTuple.TYPE || builtinIter(o, PyTuple.TYPE))) {
            return t.toArray();
        }
        if (o instanceof PyList l && (o.type() == PyList.TYPE || builtinIter(o, PyList.TYPE))) {
            return l.toArray();
        }
        // A class's __len__ or __length_hint__ is asked for the size first, as list() and
        // tuple() do (list_extend, PySequence_Tuple); a builtin's answer cannot be observed.
        int hint = o.type().isHeapType() ? (int) Math.min(lengthHint(o, 8), 1 << 16) : 8;
        List<PyObject> out = new ArrayList<>(hint);
        PyObject it = iter(o);
        for (PyObject v = next(it); v != null; v = next(it)) {
            out.add(v);
        }
        return out.toArray(NO_ARGS);
    }

    /** The length O says it has, or DFLT. Compare abstract.c: PyObject_LengthHint. */
    public static long lengthHint(PyObject o, long dflt) {
        if (o.type().slot(Slot.LEN) != null) {
            try {
                return len(o);
            } catch (PyBaseException e) {
                if (!e.matches(PyExc.TypeError)) {
                    throw e;
                }
            }
        }
        PyObject hint = o.type().lookup("__length_hint__");
        if (hint == null) {
            return dflt;
        }
        PyObject r;
        try {
            r = callDescr(hint, o);
        } catch (PyBaseException e) {
            if (e.matches(PyExc.TypeError)) {
                return dflt;
            }
            throw e;
        }
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            return dflt;
        }
        if (!(r instanceof PyInt i)) {
            throw PyErr.typeError("__length_hint__ must be an integer, not " + r.type().getName());
        }
        if (i.signum() < 0) {
            throw PyErr.valueError("__length_hint__() should return >= 0");
        }
        return i.longValue();
    }


    /** Whether O's type iterates as the builtin BASE does (no __iter__ of its own). */
    private static boolean builtinIter(PyObject o, PyType base) {
        return o.type().lookup("__iter__") == base.getDict().getStr("__iter__");
    }

    // ---- numbers ----

    public static boolean hasIndex(PyObject o) {
        return o instanceof PyInt || o.type().slot(Slot.INDEX) != null;
    }

    /** PyCallable_Check: O can be called (a callable Java object, a type, or __call__ on its type). */
    public static boolean isCallable(PyObject o) {
        return o instanceof Callable || o instanceof PyType || o.type().slot(Slot.CALL) != null;
    }

    /** An int argument converted as Argument Clinic's "int" converter does (_PyLong_AsInt). */
    public static int asCInt(PyObject o) {
        if (o instanceof PyFloat) {
            throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt i = index(o);
        if (i.isBig() || i.longValue() > Integer.MAX_VALUE || i.longValue() < Integer.MIN_VALUE) {
            throw PyErr.overflowError(i.signum() < 0 ? "Python int too small to convert to C int"
                : "Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    /** operator.index(o). Compare abstract.c: PyNumber_Index. */
    public static PyInt index(PyObject o) {
        if (o instanceof PyInt i) {
            return i;
        }
        PyObject m = o.type().slot(Slot.INDEX);
        if (m == null) {
            throw PyErr.typeError("'" + o.type().getName() + "' object cannot be interpreted as an integer");
        }
        PyObject r = callDescr(m, o);
        if (!(r instanceof PyInt i)) {
            throw PyErr.typeError("__index__ returned non-int (type " + r.type().getName() + ")");
        }
        if (r.type() != PyInt.TYPE) {
            warn(PyExc.DeprecationWarning, "__index__ returned non-int (type " + r.type().getName() + ").  The ability "
                + "to return an instance of a strict subclass of int is deprecated, and may be removed in a future "
                + "version of Python.");
        }
        return i;
    }

    /**
     * int(o), in CPython's order: __int__ (an int subclass may override it), __index__,
     * __trunc__ (deprecated), then str, bytes, bytearray and any other buffer parsed as
     * base 10. Compare abstract.c: PyNumber_Long.
     */
    public static PyInt toInt(PyObject o) {
        PyType t = o.type();
        if (t == PyInt.TYPE) {
            return (PyInt) o;
        }
        if (t == PyFloat.TYPE) {
            return FloatMethods.toInt(((PyFloat) o).value);
        }
        if (t == PyStr.TYPE) {
            return IntMethods.parse(((PyStr) o).value(), 10);
        }
        PyObject m = t.slot(Slot.INT);
        if (m != null) {
            PyObject r = callDescr(m, o);
            if (r.type() == PyInt.TYPE) {
                return (PyInt) r;
            }
            if (!(r instanceof PyInt i)) {
                throw PyErr.typeError("__int__ returned non-int (type " + r.type().getName() + ")");
            }
            warn(PyExc.DeprecationWarning, "__int__ returned non-int (type " + r.type().getName() + ").  The ability "
                + "to return an instance of a strict subclass of int is deprecated, and may be removed in a future "
                + "version of Python.");
            return IntMethods.exact(i);
        }
        if (t.slot(Slot.INDEX) != null) {
            return IntMethods.exact(index(o));
        }
        PyObject trunc = t.slot(Slot.TRUNC);
        if (trunc != null) {
            warn(PyExc.DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.");
            PyObject r = callDescr(trunc, o);
            if (r instanceof PyInt i) {
                return IntMethods.exact(i);
            }
            if (r.type().slot(Slot.INDEX) == null) {
                throw PyErr.typeError("__trunc__ returned non-Integral (type " + r.type().getName() + ")");
            }
            return IntMethods.exact(index(r));
        }
        if (o instanceof PyStr s) {
            return IntMethods.parse(s.value(), 10);
        }
        byte[] b = o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView
            || o instanceof BufferExporter || o instanceof BufferProvider || t.isHeapType() ? PyByteArray.bytesOf(o) : null;
        if (b != null) {
            return IntMethods.parse(b, 10);
        }
        throw PyErr.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
            + t.getName() + "'");
    }

    /**
     * Issues a warning of CATEGORY from the running Python code (stack level 1), through the
     * _warnings module, as CPython's PyErr_WarnEx does; raises when a filter turns it into an error.
     */
    public static void warn(PyType category, String message) {
        PyModule w = PyRuntime.builtinModule("_warnings");
        if (w != null) {
            call(getAttr(w, "warn"), PyStr.of(message), category, PyInt.ONE);
        }
    }

    /** float(o) for non-strings. Compare abstract.c: PyNumber_Float. */
    public static double toDouble(PyObject o) {
        if (o instanceof PyFloat f && o.type() == PyFloat.TYPE) {
            return f.value;
        }
        if (o instanceof PyInt i && (o.type() == PyInt.TYPE || o.type() == PyBool.TYPE)) {
            return i.doubleValue();
        }
        PyType t = o.type();
        PyObject m = t.slot(Slot.FLOAT);
        if (m != null) {
            PyObject r = callDescr(m, o);
            if (!(r instanceof PyFloat f)) {
                throw PyErr.typeError(t.getName() + ".__float__ returned non-float (type " + r.type().getName() + ")");
            }
            if (r.type() != PyFloat.TYPE) {
                warn(PyExc.DeprecationWarning, t.getName() + ".__float__ returned non-float (type " + r.type().getName()
                    + ").  The ability to return an instance of a strict subclass of float is deprecated, and may be "
                    + "removed in a future version of Python.");
            }
            return f.value;
        }
        if (t.slot(Slot.INDEX) != null) {
            return index(o).doubleValue();
        }
        throw PyErr.typeError("must be real number, not " + t.getName());
    }

    /** A str argument, or TypeError naming the function. */
    public static String strArg(PyObject o, String fn) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError(fn + "() argument must be str, not " + o.type().getName());
    }

    /** Start/end arguments of str.find and friends, clamped to [0, n]. */
    static int[] sliceBounds(PyObject start, PyObject end, int n) {
        long a = start == null || start == PyNone.NONE ? 0 : saturatedIndex(start);
        long b = end == null || end == PyNone.NONE ? n : saturatedIndex(end);
        if (a < 0) {
            a = Math.max(0, a + n);
        }
        if (b < 0) {
            b = Math.max(0, b + n);
        }
        return new int[] {(int) Math.min(a, n + 1L), (int) Math.min(b, n)};
    }

    /** An index clamped to the range of a long, as ceval.c: _PyEval_SliceIndex clamps to Py_ssize_t. */
    private static long saturatedIndex(PyObject o) {
        PyInt i = index(o);
        return i.isBig() ? (i.signum() < 0 ? Long.MIN_VALUE / 4 : Long.MAX_VALUE / 4) : i.longValue();
    }

    // ---- types ----

    /** Whether CHK is abc.ABCMeta.__instancecheck__ (true for every real subclass's instance). */
    private static boolean isAbcInstanceCheck(PyObject chk) {
        return chk instanceof PyFunction f && "ABCMeta.__instancecheck__".equals(f.code.qualname)
            && f.globals.getStr("__name__") instanceof PyStr m && m.toString().equals("abc");
    }

    /** isinstance(obj, cls). Compare abstract.c: PyObject_IsInstance. */
    public static boolean isInstance(PyObject obj, PyObject cls) {
        if (cls instanceof PyType t) {
            // abstract.c: object_recursive_isinstance: an exact match, then type's own
            // check, else the metaclass's __instancecheck__ even for a real subclass (ast.Num's
            // warns), except abc.ABCMeta's, which answers True for those.
            PyType ot = obj.type();
            if (ot == t) {
                return true;
            }
            if (t.type() != PyType.TYPE) {
                PyObject chk = t.type().lookup("__instancecheck__");
                if (chk != null && !(isAbcInstanceCheck(chk) && ot.isSubtypeOf(t))) {
                    return isTrue(callDescr(chk, t, obj));
                }
            }
            return ot.isSubtypeOf(t) || classAttrIsSubtype(obj, t);
        }
        if (cls instanceof PyTuple tup) {
            return anyInTuple(obj, tup, true);
        }
        if (cls instanceof PyGenericAlias g && g.isUnion()) {
            return g.unionContains(obj);
        }
        PyObject chk = cls.type().lookup("__instancecheck__");
        if (chk != null) {
            return isTrue(callDescr(chk, cls, obj));
        }
        // abstract.c: object_isinstance for a CLS that is no type: a class-like object with a
        // __bases__ tuple, searched from obj.__class__ (check_class, abstract_issubclass).
        if (!(lookupAttr(cls, "__bases__") instanceof PyTuple)) {
            throw PyErr.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        PyObject icls = lookupAttr(obj, "__class__");
        return icls != null && abstractBasesContain(icls, cls, 0);
    }

    /**
     * Whether OBJ claims, through its __class__ attribute, a class other than its type that
     * is a subtype of T (a proxy's). Compare abstract.c: object_isinstance.
     */
    static boolean classAttrIsSubtype(PyObject obj, PyType t) {
        PyType ot = obj.type();
        if (ot.lookup("__class__") == PyType.OBJECT.getDict().getStr("__class__") && hasGenericGetattr(ot)) {
            return false;   // the usual case: __class__ is the type
        }
        PyObject c = lookupAttr(obj, "__class__");
        return c instanceof PyType ct && ct != ot && ct.isSubtypeOf(t);
    }

    /**
     * isinstance (INSTANCE) or issubclass of X against each class of TUP, under
     * Py_EnterRecursiveCall: a deeply nested tuple ends in RecursionError.
     */
    private static boolean anyInTuple(PyObject x, PyTuple tup, boolean instance) {
        CRecursion rc = CRecursion.enter(instance ? " in __instancecheck__" : " in __subclasscheck__");
        try {
            for (PyObject c : tup.items) {
                if (instance ? isInstance(x, c) : isSubclass(x, c)) {
                    return true;
                }
            }
        } finally {
            CRecursion.leave(rc);
        }
        return false;
    }

    /** issubclass(sub, cls). Compare abstract.c: PyObject_IsSubclass. */
    public static boolean isSubclass(PyObject sub, PyObject cls) {
        if (cls instanceof PyTuple tup) {
            return anyInTuple(sub, tup, false);
        }
        if (cls instanceof PyGenericAlias g && g.isUnion()) {
            return g.unionHasSubclass(sub);
        }
        if (!(cls instanceof PyType)) {
            // typing.List and other objects that answer for themselves
            PyObject chk = cls.type().lookup("__subclasscheck__");
            if (chk != null) {
                return isTrue(callDescr(chk, cls, sub));
            }
        }
        if (!(sub instanceof PyType s) || !(cls instanceof PyType c)) {
            return abstractIsSubclass(sub, cls);
        }
        if (c.type() != PyType.TYPE) {
            PyObject chk = c.type().lookup("__subclasscheck__");
            if (chk != null) {
                return isTrue(callDescr(chk, c, s));
            }
        }
        return s.isSubtypeOf(c);
    }

    /**
     * issubclass between objects that are not both types: those with a __bases__ tuple
     * count as classes, searched through __bases__. Compare abstract.c:
     * recursive_issubclass, check_class, abstract_issubclass.
     */
    private static boolean abstractIsSubclass(PyObject sub, PyObject cls) {
        if (!(lookupAttr(sub, "__bases__") instanceof PyTuple)) {
            throw PyErr.typeError("issubclass() arg 1 must be a class");
        }
        if (!(lookupAttr(cls, "__bases__") instanceof PyTuple)) {
            throw PyErr.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return abstractBasesContain(sub, cls, 0);
    }

    private static boolean abstractBasesContain(PyObject derived, PyObject cls, int depth) {
        if (derived == cls) {
            return true;
        }
        if (depth > 1000) {
            throw PyErr.of(PyExc.RecursionError, "maximum recursion depth exceeded in __subclasscheck__");
        }
        if (!(lookupAttr(derived, "__bases__") instanceof PyTuple bases)) {
            return false;
        }
        for (PyObject b : bases.items) {
            if (abstractBasesContain(b, cls, depth + 1)) {
                return true;
            }
        }
        return false;
    }
}
