package org.pyvm.runtime;

import java.util.Set;
import java.util.function.Function;

/**
 * The {@code __dict__} and {@code __weakref__} descriptors a class statement puts in the
 * new class's dictionary when the class adds an instance dict or weak-reference support
 * that its base lacks: {@code class A: pass} has both in {@code A.__dict__}, a subclass of A
 * neither, {@code __slots__} decides for a slotted class. Compare CPython
 * Objects/typeobject.c: type_new_descriptors, subtype_getsets_full, subtype_dict,
 * subtype_setdict, subtype_getweakref.
 */
public final class SubtypeDescrs {

    private SubtypeDescrs() {}

    /**
     * The first weak reference to an object, or None: {@code obj.__weakref__}. The weakref
     * module installs the real one when it is loaded (no weak reference exists before).
     */
    static volatile Function<PyObject, PyObject> firstWeakref = o -> PyNone.NONE;

    /** Sets how {@code obj.__weakref__} finds an object's first weak reference (the _weakref module). */
    public static void setFirstWeakref(Function<PyObject, PyObject> f) {
        firstWeakref = f;
    }

    /**
     * Builtin types whose instances take weak references (tp_weaklistoffset != 0): weakref.ref
     * accepts them, and their subclasses inherit the support instead of adding __weakref__.
     */
    private static final Set<String> WEAKREFABLE = Set.of("type", "function", "builtin_function_or_method",
        "method", "set", "frozenset", "module", "generator", "coroutine", "async_generator", "code", "re.Pattern",
        "functools.partial", "itertools._tee", "functools._lru_cache_wrapper", "collections.deque",
        "collections.OrderedDict", "types.GenericAlias", "_thread.lock", "_thread.RLock", "_thread._local",
        "memoryview", "weakref.finalize", "array.array", "mmap.mmap", "sqlite3.Cursor", "sqlite3.Blob",
        "_asyncio.Future", "_asyncio.Task", "_queue.SimpleQueue", "typing.TypeVar", "typing.ParamSpec",
        "typing.TypeVarTuple", "typing.ParamSpecArgs", "typing.ParamSpecKwargs", "_contextvars.Context", "hamt",
        "pickle.PickleBuffer");

    /**
     * Variable-size builtins (tp_itemsize != 0): their subclasses' instances have no room for
     * slots or a weak-reference list.
     */
    static final Set<String> VARSIZE = Set.of("int", "bool", "tuple", "bytes", "type");

    /** Whether instances of the builtin type T have a dict of their own (tp_dictoffset != 0). */
    static boolean builtinHasDict(PyType t) {
        return HasDict.class.isAssignableFrom(t.javaClass) && t.javaClass != PyInstance.class
            && !HasDict.ForSubclasses.class.isAssignableFrom(t.javaClass);
    }

    /** Whether instances of T have a dict. */
    static boolean hasDict(PyType t) {
        return t.isHeapType() ? t.instanceDict : builtinHasDict(t);
    }

    /** Whether instances of T take weak references. */
    static boolean weakrefable(PyType t) {
        return t.isHeapType() ? t.instanceWeakref : builtinWeakrefable(t);
    }

    /** Whether instances of the builtin type T may be weakly referenced (tp_weaklistoffset != 0). */
    public static boolean builtinWeakrefable(PyType t) {
        return WEAKREFABLE.contains(t.getName()) || t.getName().startsWith("_io.");
    }

    /**
     * Whether CPython keeps a class's instance dict and weak references before the object
     * (Py_TPFLAGS_PREHEADER: a class that has them and is not slotted away from them), which
     * sys.getsizeof counts. Compare Include/internal/pycore_object.h: _PyType_PreHeaderSize.
     */
    public static boolean hasPreHeader(PyType t) {
        return t.isHeapType() && (t.instanceDict || t.instanceWeakref);
    }

    /** Whether a class whose base is BASE may add weak-reference support (its instances are fixed-size). */
    static boolean mayAddWeakref(PyType base) {
        return !weakrefable(base) && !VARSIZE.contains(base.solidBase.getName());
    }

    /** Puts the descriptors that T (just made, with BASE as its best base) adds into its dictionary. */
    static void add(PyType t, boolean addDict, boolean addWeakref) {
        PyDict d = t.getDict();
        if (addDict && d.getStr("__dict__") == null) {
            d.setStr("__dict__", new PyGetSetDescr("__dict__", t, SubtypeDescrs::getDict, SubtypeDescrs::setDict,
                "dictionary for instance variables"));
        }
        if (addWeakref && d.getStr("__weakref__") == null) {
            d.setStr("__weakref__", new PyGetSetDescr("__weakref__", t, o -> firstWeakref.apply(o), null,
                "list of weak references to the object"));
        }
    }

    /**
     * The builtin base whose instances have a dict of their own (a metaclass's type, a module
     * subclass's module), or null. Compare typeobject.c: get_builtin_base_with_dict.
     */
    private static PyType builtinBaseWithDict(PyType t) {
        for (PyType c = t; c != null; c = c.getBase()) {
            if (!c.isHeapType() && builtinHasDict(c)) {
                return c;
            }
        }
        return null;
    }

    /** That base's own __dict__ descriptor, or null. */
    private static PyGetSetDescr builtinDictDescr(PyObject obj) {
        PyType b = builtinBaseWithDict(obj.type());
        if (b != null && b.lookup("__dict__") instanceof PyGetSetDescr gs && gs.owner != PyType.OBJECT) {
            return gs;
        }
        return null;
    }

    /** Compare typeobject.c: subtype_dict. */
    private static PyObject getDict(PyObject obj) {
        PyGetSetDescr gs = builtinDictDescr(obj);
        if (gs != null) {
            return gs.get(obj);
        }
        if (obj instanceof HasDict hd) {
            return hd.getDict();
        }
        throw PyErr.attributeError("This object has no __dict__");
    }

    /** Compare typeobject.c: subtype_setdict. */
    private static void setDict(PyObject obj, PyObject value) {
        PyGetSetDescr gs = builtinDictDescr(obj);
        if (gs != null) {
            gs.set(obj, value);
            return;
        }
        if (builtinBaseWithDict(obj.type()) != null) {
            // A builtin's own dict (a module's) cannot be replaced.
            throw PyErr.attributeError("readonly attribute");
        }
        if (!(obj instanceof HasDict hd)) {
            throw PyErr.attributeError("This object has no __dict__");
        }
        if (value != null && !(value instanceof PyDict)) {
            throw PyErr.typeError("__dict__ must be set to a dictionary, not a '" + value.type().getName() + "'");
        }
        hd.setDict((PyDict) value);
    }

    /** obj.__class__ = VALUE. Compare typeobject.c: object_set_class. */
    static void setClass(PyObject obj, PyObject value) {
        if (value == null) {
            throw PyErr.typeError("can't delete __class__ attribute");
        }
        if (!(value instanceof PyType newto)) {
            throw PyErr.typeError("__class__ must be set to a class, not '" + value.type().getName() + "' object");
        }
        if (Audit.on()) {
            Audit.event("object.__setattr__", obj, PyStr.of("__class__"), value);
        }
        PyType oldto = obj.type();
        if (!(newto.isSubtypeOf(PyModule.TYPE) && oldto.isSubtypeOf(PyModule.TYPE))
            && (!newto.isHeapType() || !oldto.isHeapType())) {
            throw PyErr.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        checkCompatible(oldto, newto, "__class__");
        if (!(obj instanceof HasDict hd) || !hd.setType(newto)) {
            throw PyErr.typeError("__class__ assignment: '" + newto.getName() + "' object layout differs from '"
                + oldto.getName() + "'");
        }
    }

    /**
     * Whether instances of OLDTO can become instances of NEWTO (or a class based on one be
     * based on the other): past the classes that add nothing to their base's instances,
     * the same class, or two classes adding the same slots, dict and weak references to
     * the same base. Compare typeobject.c: compatible_for_assignment, same_slots_added.
     */
    static void checkCompatible(PyType oldto, PyType newto, String attr) {
        PyType nb = layoutBase(newto);
        PyType ob = layoutBase(oldto);
        if (nb != ob && (!nb.isHeapType() || !ob.isHeapType() || nb.getBase() != ob.getBase()
            || !addedSlots(nb).equals(addedSlots(ob)) || addsDict(nb) != addsDict(ob) || addsWeak(nb) != addsWeak(ob))) {
            throw PyErr.typeError(attr + " assignment: '" + newto.getName() + "' object layout differs from '"
                + oldto.getName() + "'");
        }
    }

    /** T without the classes that add nothing to their base's instances. Compare typeobject.c: compatible_with_tp_base. */
    private static PyType layoutBase(PyType t) {
        while (t.isHeapType() && addedSlots(t).isEmpty() && !addsDict(t) && !addsWeak(t)) {
            t = t.getBase();
        }
        return t;
    }

    private static boolean addsDict(PyType t) {
        return t.instanceDict && !hasDict(t.getBase());
    }

    private static boolean addsWeak(PyType t) {
        return t.instanceWeakref && !weakrefable(t.getBase());
    }

    /** The __slots__ members class T itself adds, sorted. */
    private static java.util.List<String> addedSlots(PyType t) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (PyObject k : t.getDict().keysArray()) {
            if (t.getDict().get(k) instanceof PyMemberDescr md && md.owner == t && md.builtin == null) {
                names.add(k.toString());
            }
        }
        java.util.Collections.sort(names);
        return names;
    }
}
