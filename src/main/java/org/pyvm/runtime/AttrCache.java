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
 * <p>Entries chain (at most {@link #MAX_CHAIN} long), so that a site that sees a few
 * types (a method called on instances of sibling classes) keeps one entry for each:
 * CPython's sites are monomorphic and re-specialize, ours are polymorphic like a JIT's.
 * An entry that reads or writes the instance dict remembers where in it the name was last
 * found ({@link #hint}): instances made by one __init__ put their attributes in the same
 * order, so the position usually holds for every instance and a check of the key's
 * identity replaces hashing (compare CPython's LOAD_ATTR_INSTANCE_VALUE, which reads a
 * shared-keys layout by index).
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
    /** Load: a property (of the builtin type): its getter is called directly. */
    private static final int PROPERTY = 7;

    /**
     * super().NAME in method form (LOAD_SUPER_ATTR): DESCR is the function found after
     * {@link #start} in the MRO of the type this entry describes, pushed with self.
     */
    private static final int SUPER_METHOD = 8;

    private static final PyStr GETATTR = PyStr.intern("__getattr__");
    private static final PyStr GET = PyStr.intern("__get__");

    /** The most entries one site keeps; a site that sees more types starts a new chain. */
    private static final int MAX_CHAIN = 4;

    /** The type's tag this entry describes; 0 (never a type's tag) once {@link #retire retired}. */
    private int tag;
    /** Null once retired. */
    private PyObject descr;
    private final int kind;
    /** The entry for another type seen at the same site, or null. */
    private final AttrCache next;
    /** How many entries this one heads (1 when next is null). */
    private final int length;
    /**
     * Where the name's entry was last found in an instance dict (DICT, STORE_DICT), or -1.
     * Only a guess, checked by the key's identity on use; a stale value costs one hash look-up.
     */
    private int hint = -1;
    /** SUPER_METHOD: the class super() starts after (the other kinds: null). */
    private final PyType start;
    /**
     * DICT and NO_DICT: DESCR when it is no descriptor at all (an int, a str: its builtin type
     * has no __get__), the value of the attribute when the instance dict does not have the
     * name; otherwise null.
     */
    private PyObject plain;
    /**
     * MEMBER: the key of a __slots__ entry's value in a PyInstance's slot storage when the
     * member belongs to a class of the type's MRO (so member_get's descr_check holds for
     * every instance of the type; {@link #hint} is then the value's position in the
     * storage); otherwise null.
     */
    private final PyStr slot;

    private AttrCache(PyType t, int tag, PyObject descr, int kind, AttrCache prev) {
        this(t, tag, descr, kind, prev, null);
    }

    private AttrCache(PyType t, int tag, PyObject descr, int kind, AttrCache prev, PyType start) {
        this.start = start;
        this.tag = tag;
        this.descr = descr;
        this.kind = kind;
        this.plain = (kind == DICT || kind == NO_DICT) && descr != null && descr.type().lookup(GET) == null ? descr : null;
        this.slot = kind == MEMBER && descr instanceof PyMemberDescr m && m.builtin == null && t.isSubtypeOf(m.owner)
            ? m.name : null;
        this.next = prev != null && prev.length < MAX_CHAIN ? prev : null;
        this.length = next == null ? 1 : next.length + 1;
        if (descr instanceof PyFunction) {
            t.watchCache(this);
        }
    }

    /**
     * Makes this entry match no type and drop its descriptor: called when the attributes of
     * the type it describes change. CPython's inline caches do not own what they point to;
     * without this a function deleted from its class stayed alive in every instruction that
     * had called it (weakref.WeakMethod never died).
     */
    void retire() {
        tag = 0;
        descr = null;
        plain = null;
    }

    /** Whether this entry describes T as it is now. */
    public boolean matches(PyType t) {
        return t.tag() == tag;
    }

    /** The entry in the chain ENTRY (an AttrCache, or anything else: no entry) that describes T as it is now, or null. */
    public static AttrCache find(Object entry, PyType t) {
        if (!(entry instanceof AttrCache c)) {
            return null;
        }
        int tg = t.tag();
        do {
            if (c.tag == tg) {
                return c;
            }
            c = c.next;
        } while (c != null);
        return null;
    }

    /** ENTRY as a chain to extend, or null. */
    private static AttrCache chain(Object entry) {
        return entry instanceof AttrCache c ? c : null;
    }

    private static boolean cacheable(PyObject descr) {
        return descr == null || !descr.type().isHeapType();
    }

    /** An entry for reading NAME on OBJ (a plain LOAD_ATTR), or null when OBJ's lookup is not cacheable. */
    public static AttrCache forLoad(PyObject obj, PyStr name, Object prev) {
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
            if (t.lookup(GETATTR) != null) {
                // An AttributeError from the descriptor (a property's getter, an unset slot)
                // goes to __getattr__ (typeobject.c: slot_tp_getattr_hook): the general path.
                return null;
            }
            kind = descr instanceof PyMemberDescr ? MEMBER : descr instanceof PyGetSetDescr ? GETSET
                : PyProperty.isExact(descr) ? PROPERTY : DATA;
        } else {
            kind = ObjectMethods.hasInstanceDict(obj) ? DICT : NO_DICT;
        }
        return new AttrCache(t, tag, descr, kind, chain(prev));
    }

    /**
     * obj.NAME by this entry, which matches OBJ's type: what ObjectMethods.genericGetAttr
     * would return. Null when the attribute is not found (the caller then takes the full
     * path, which tries __getattr__ and raises AttributeError).
     */
    public PyObject load(PyObject obj, PyStr name) {
        switch (kind) {
            case DICT: {
                PyDict d = dictOf(obj);
                int h = hint;
                PyObject v = h >= 0 ? d.valueIfKeyAt(h, name) : null;
                if (v != null) {
                    return v;
                }
                h = d.entryIndex(name);
                if (h >= 0) {
                    hint = h;
                    return d.valueAt(h);
                }
                return descr == null ? null : Abstract.bindDescr(descr, obj, obj.type());
            }
            case NO_DICT:
                return descr == null ? null : Abstract.bindDescr(descr, obj, obj.type());
            case MEMBER: {
                if (slot != null && obj.getClass() == PyInstance.class) {
                    // The storage read as a dict entry at the remembered position (a hash
                    // look-up when it moved), as for DICT; an unset slot takes the general
                    // path, which raises.
                    PyDict st = ((PyInstance) obj).slotsOrNull();
                    if (st != null) {
                        int h = hint;
                        PyObject v = h >= 0 ? st.valueIfKeyAt(h, slot) : null;
                        if (v != null) {
                            return v;
                        }
                        h = st.entryIndex(slot);
                        if (h >= 0) {
                            hint = h;
                            return st.valueAt(h);
                        }
                    }
                }
                return ((PyMemberDescr) descr).get(obj);
            }
            case GETSET:
                return ((PyGetSetDescr) descr).get(obj);
            case PROPERTY: {
                // What property.__get__ does, without binding and calling that method first.
                PyProperty p = (PyProperty) descr;
                return p.fget == PyNone.NONE ? PyProperty.__get__(p, obj, obj.type()) : Abstract.call(p.fget, obj);
            }
            default:
                return Abstract.bindDescr(descr, obj, obj.type());
        }
    }

    /**
     * For DataLoop's LOAD_ATTR: OBJ.NAME when the chain starting here describes OBJ's type
     * and the value is had without a call: in the instance dict at the remembered position,
     * a class attribute that is no descriptor where the instance dict cannot have the name
     * (PyDict.mayContainStr), a __slots__ value at its remembered position. Null otherwise:
     * the caller then runs the instruction in full (Steps.loadAttr), which also renews the
     * positions. Compare CPython 3.12's LOAD_ATTR_INSTANCE_VALUE,
     * LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES and LOAD_ATTR_SLOT.
     */
    public PyObject loadInstance(PyInstance obj, PyStr name) {
        AttrCache c = find(this, obj.type());
        if (c == null) {
            return null;
        }
        int h = c.hint;
        switch (c.kind) {
            case DICT: {
                PyDict d = obj.dictOrNull();
                if (d == null) {
                    return c.plain;
                }
                PyObject v = h >= 0 ? d.valueIfKeyAt(h, name) : null;
                return v != null || d.mayContainStr(name) ? v : c.plain;
            }
            case NO_DICT:
                return c.plain;
            case MEMBER: {
                PyDict st = obj.slotsOrNull();
                return c.slot != null && st != null && h >= 0 ? st.valueIfKeyAt(h, c.slot) : null;
            }
            default:
                return null;
        }
    }

    /**
     * For DataLoop's method form of LOAD_ATTR: the function or Java method to push with OBJ
     * when the chain starting here describes OBJ's type as one with NAME a method and the
     * instance dict cannot have NAME (PyDict.mayContainStr); null otherwise (the caller then
     * runs the instruction in full, Steps.loadMethod). Compare CPython 3.12's
     * LOAD_ATTR_METHOD_WITH_VALUES.
     */
    public PyObject methodInstance(PyInstance obj, PyStr name) {
        AttrCache c = find(this, obj.type());
        if (c == null || c.kind != METHOD) {
            return null;
        }
        PyDict d = obj.dictOrNull();
        return d == null || !d.mayContainStr(name) ? c.descr : null;
    }

    /**
     * For DataLoop's STORE_ATTR: OBJ.NAME = VALUE when the chain starting here describes
     * OBJ's type and the name's entry (in the instance dict, or a __slots__ value) is at the
     * remembered position, so that the store is a replacement in place; false, with nothing
     * done, otherwise. VALUE is a PyObject typed Object (DataLoop's stack values). Compare
     * CPython 3.12's STORE_ATTR_INSTANCE_VALUE and STORE_ATTR_SLOT.
     */
    public boolean storeInstance(PyInstance obj, PyStr name, Object value) {
        AttrCache c = find(this, obj.type());
        if (c == null || c.hint < 0) {
            return false;
        }
        if (c.kind == STORE_DICT) {
            PyDict d = obj.dictOrNull();
            return d != null && d.replaceIfKeyAtTrusted(c.hint, name, value);
        }
        if (c.kind == MEMBER && c.slot != null) {
            PyDict st = obj.slotsOrNull();
            return st != null && st.replaceIfKeyAtTrusted(c.hint, c.slot, value);
        }
        return false;
    }

    /**
     * An entry for the method form of LOAD_ATTR on OBJ: when NAME is found on the type as
     * a function or Java method, it is pushed unbound with self (unless the instance dict
     * shadows it, checked on each use). Null otherwise.
     */
    public static AttrCache forMethod(PyObject obj, PyStr name, Object prev) {
        PyType t = obj.type();
        int tag = t.tag();
        if (obj instanceof PyType || !Abstract.hasGenericGetattr(t)) {
            return null;
        }
        PyObject descr = t.lookup(name);
        if (descr instanceof PyFunction || descr instanceof JavaMethod) {
            return new AttrCache(t, tag, descr, METHOD, chain(prev));
        }
        return null;
    }

    /**
     * The instance dict of OBJ, which has one (entries of kind DICT and STORE_DICT): for an
     * instance of a Python class, the common case, without the interface check and call.
     */
    private static PyDict dictOf(PyObject obj) {
        return obj.getClass() == PyInstance.class ? ((PyInstance) obj).getDict() : ((HasDict) obj).getDict();
    }

    /** The method to push for OBJ, or null when the instance dict shadows it. */
    public PyObject method(PyObject obj, PyStr name) {
        if (obj.getClass() == PyInstance.class) {
            // The common receiver, an instance of a Python class: its dict read directly (no
            // interface call, none made when it has none), and a key-hash bit test that proves
            // the name absent without probing for most names (PyDict.mayContainStr).
            PyDict d = ((PyInstance) obj).dictOrNull();
            return d == null || !d.mayContainStr(name) || d.get(name) == null ? descr : null;
        }
        if (obj instanceof HasDict hd && hd.getDict().get(name) != null) {
            return null;
        }
        return descr;
    }

    /**
     * An entry for super(START, self).NAME in method form, self an instance of T (not a
     * class): FN is what the look-up found after START in T's MRO. Valid while T's tag is
     * unchanged, which covers every class of that MRO and the MRO itself. Compare CPython
     * 3.12's LOAD_SUPER_ATTR_METHOD, which looks the name up on each execution.
     */
    public static AttrCache forSuperMethod(PyType t, PyType start, PyFunction fn, Object prev) {
        return new AttrCache(t, t.tag(), fn, SUPER_METHOD, chain(prev), start);
    }

    /** The function super(START, self).NAME gives by this entry (which matches self's type), or null when START differs. */
    public PyObject superMethod(PyType start) {
        return kind == SUPER_METHOD && this.start == start ? descr : null;
    }

    /** An entry for obj.NAME = value (STORE_ATTR), or null when not cacheable. */
    public static AttrCache forStore(PyObject obj, PyStr name, Object prev) {
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
            return descr instanceof PyMemberDescr ? new AttrCache(t, tag, descr, MEMBER, chain(prev)) : null;
        }
        return ObjectMethods.hasInstanceDict(obj) ? new AttrCache(t, tag, null, STORE_DICT, chain(prev)) : null;
    }

    /** obj.NAME = VALUE by this entry, which matches OBJ's type. */
    public void store(PyObject obj, PyStr name, PyObject value) {
        if (kind == MEMBER) {
            if (slot != null && obj.getClass() == PyInstance.class) {
                // What member_set does for a __slots__ entry of the type (see load).
                PyDict st = ((PyInstance) obj).slotStorage();
                int h = hint;
                if (h < 0 || !st.replaceIfKeyAt(h, slot, value)) {
                    st.setItem(slot, value);
                    hint = st.entryIndex(slot);
                }
                return;
            }
            ((PyMemberDescr) descr).set(obj, value);
        } else {
            PyDict d = dictOf(obj);
            int h = hint;
            if (h < 0 || !d.replaceIfKeyAt(h, name, value)) {
                d.setItem(name, value);
                hint = d.entryIndex(name);
            }
        }
    }
}
