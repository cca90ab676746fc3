package org.pyvm.runtime;

/**
 * What one attribute instruction (LOAD_ATTR, the method form of LOAD_ATTR, STORE_ATTR)
 * learnt about the type it last saw: the MRO lookup's result and how object's generic
 * __getattribute__/__setattr__ would use it, valid while the type's {@link PyType#tag()}
 * is unchanged (any attribute change of the type or a base gives it a new tag). An entry
 * is immutable; the interpreter keeps one per instruction and replaces it on a miss.
 * Compare CPython Python/specialize.c (LOAD_ATTR_INSTANCE_VALUE, LOAD_ATTR_METHOD_WITH_VALUES,
 * LOAD_ATTR_SLOT, STORE_ATTR_INSTANCE_VALUE), keyed on the type version as there.
 *
 * <p>Only descriptors whose own type is a builtin are cached: a builtin type cannot gain
 * __get__/__set__ later, so whether the descriptor is a data descriptor cannot change
 * under the cache. A user-defined descriptor class takes the uncached path every time.
 */
public final class AttrCache {

    /** Load: no data descriptor; the instance dict first, then DESCR (if any) bound. */
    private static final int DICT = 0;
    /** Load: the instance has no dict; DESCR bound (null: not found). */
    private static final int NO_DICT = 1;
    /** Load/store: a __slots__ member descriptor. */
    private static final int MEMBER = 2;
    /** Load: a getset descriptor. */
    private static final int GETSET = 3;
    /** Load: another data descriptor (property ...): bound through __get__. */
    private static final int DATA = 4;
    /** Method load: DESCR is a function or Java method to push with self. */
    private static final int METHOD = 5;
    /** Store: no data descriptor, into the instance dict. */
    private static final int STORE_DICT = 6;

    private final int tag;
    private final PyObject descr;
    private final int kind;

    private AttrCache(int tag, PyObject descr, int kind) {
        this.tag = tag;
        this.descr = descr;
        this.kind = kind;
    }

    /** Whether this entry describes T as it is now. */
    public boolean matches(PyType t) {
        return t.tag() == tag;
    }

    private static boolean cacheable(PyObject descr) {
        return descr == null || !descr.type().isHeapType();
    }

    /** An entry for reading NAME on OBJ (a plain LOAD_ATTR), or null when OBJ's lookup is not cacheable. */
    public static AttrCache forLoad(PyObject obj, PyStr name) {
        PyType t = obj.type();
        int tag = t.tag();
        if (!t.isHeapType() || obj instanceof PyType || !Abstract.hasGenericGetattr(t)) {
            return null;
        }
        PyObject descr = t.lookup(name);
        if (!cacheable(descr)) {
            return null;
        }
        int kind;
        if (descr != null && ObjectMethods.isDataDescr(descr)) {
            kind = descr instanceof PyMemberDescr ? MEMBER : descr instanceof PyGetSetDescr ? GETSET : DATA;
        } else {
            kind = ObjectMethods.hasInstanceDict(obj) ? DICT : NO_DICT;
        }
        return new AttrCache(tag, descr, kind);
    }

    /**
     * obj.NAME by this entry, which matches OBJ's type: what ObjectMethods.genericGetAttr
     * would return. Null when the attribute is not found (the caller then takes the full
     * path, which tries __getattr__ and raises AttributeError).
     */
    public PyObject load(PyObject obj, PyStr name) {
        switch (kind) {
            case DICT: {
                PyObject v = ((HasDict) obj).getDict().get(name);
                if (v != null) {
                    return v;
                }
                return descr == null ? null : Abstract.bindDescr(descr, obj, obj.type());
            }
            case NO_DICT:
                return descr == null ? null : Abstract.bindDescr(descr, obj, obj.type());
            case MEMBER:
                return ((PyMemberDescr) descr).get(obj);
            case GETSET:
                return ((PyGetSetDescr) descr).get(obj);
            default:
                return Abstract.bindDescr(descr, obj, obj.type());
        }
    }

    /**
     * An entry for the method form of LOAD_ATTR on OBJ: when NAME is found on the type as
     * a function or Java method, it is pushed unbound with self (unless the instance dict
     * shadows it, checked on each use). Null otherwise.
     */
    public static AttrCache forMethod(PyObject obj, PyStr name) {
        PyType t = obj.type();
        int tag = t.tag();
        if (obj instanceof PyType || !Abstract.hasGenericGetattr(t)) {
            return null;
        }
        PyObject descr = t.lookup(name);
        if (descr instanceof PyFunction || descr instanceof JavaMethod) {
            return new AttrCache(tag, descr, METHOD);
        }
        return null;
    }

    /** The method to push for OBJ, or null when the instance dict shadows it. */
    public PyObject method(PyObject obj, PyStr name) {
        if (obj instanceof HasDict hd && hd.getDict().get(name) != null) {
            return null;
        }
        return descr;
    }

    /** An entry for obj.NAME = value (STORE_ATTR), or null when not cacheable. */
    public static AttrCache forStore(PyObject obj, PyStr name) {
        PyType t = obj.type();
        int tag = t.tag();
        // Exceptions and functions have attributes of their own that genericSetAttr handles first.
        if (!t.isHeapType() || obj instanceof PyType || obj instanceof PyBaseException
            || !Abstract.hasGenericSetattr(t)) {
            return null;
        }
        PyObject descr = t.lookup(name);
        if (!cacheable(descr)) {
            return null;
        }
        if (descr != null && ObjectMethods.isDataDescr(descr)) {
            return descr instanceof PyMemberDescr ? new AttrCache(tag, descr, MEMBER) : null;
        }
        return ObjectMethods.hasInstanceDict(obj) ? new AttrCache(tag, null, STORE_DICT) : null;
    }

    /** obj.NAME = VALUE by this entry, which matches OBJ's type. */
    public void store(PyObject obj, PyStr name, PyObject value) {
        if (kind == MEMBER) {
            ((PyMemberDescr) descr).set(obj, value);
        } else {
            ((HasDict) obj).getDict().setItem(name, value);
        }
    }
}
