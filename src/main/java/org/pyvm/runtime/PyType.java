package org.pyvm.runtime;

import java.lang.ref.WeakReference;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A Python type: the Klass of DESIGN.md. Holds the dictionary, the MRO and the slot
 * table. A builtin type is declared by its Java class ({@link #builtin}); its dictionary
 * is filled, on first use, from the {@link ExposedMethod}/{@link ExposedGetter}
 * annotations of that class. A class written in Python gets its dictionary from the class
 * body. Either way the slot table caches MRO lookups of the special names and is
 * cleared, for the type and its subclasses, whenever an attribute of the type changes.
 */
public final class PyType implements PyObject, HasDict {

    /** Marks a slot not looked up yet. Declared first: the types below use it as they are made. */
    private static final PyObject UNKNOWN = () -> null;

    // The two types that make the others: created first, without reflection.
    public static final PyType OBJECT = new PyType("object", PyInstance.class, ObjectMethods.class, new PyType[0]);
    public static final PyType TYPE = new PyType("type", PyType.class, TypeMethods.class, new PyType[] {OBJECT});


    String name;
    String qualname;
    /**
     * A heap type's __name__ and __qualname__ as the str objects it hands out (CPython's
     * ht_name and ht_qualname): the same object on every read, as inspect's
     * classify_class_attrs expects. Made when first read, replaced when they are assigned.
     */
    PyStr nameObj;
    PyStr qualnameObj;
    PyType[] bases;
    PyType base;
    PyType[] mro;
    private PyDict dict;
    /** Where the dictionary of a builtin type comes from; null once built or for heap types. */
    private Class<?>[] exposedBy;
    /** The Java class of the instances (for a Python class: its first builtin base's). */
    public final Class<?> javaClass;
    /** The type whose Java layout instances use: object, or the builtin they extend. */
    public final PyType solidBase;
    private PyType metatype;
    private final boolean heap;
    private boolean allowsSubclass = true;
    /** False for a class whose __slots__ leave its instances without a __dict__. */
    boolean instanceDict = true;
    /** Py_TPFLAGS_SEQUENCE or Py_TPFLAGS_MAPPING (what match's sequence/mapping patterns accept), or 0. */
    private int collectionFlags;
    /** CPython's Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING bits. */
    public static final int SEQUENCE = 1 << 5;
    public static final int MAPPING = 1 << 6;
    /** Whether the instances of a class take weak references (set for classes, see SubtypeDescrs). */
    boolean instanceWeakref;
    /**
     * The direct subclasses, weakly held (CPython's tp_subclasses). Listed only when alive
     * and of the current interpreter ({@link #interpreter}); cleared and stale entries are
     * dropped when the list has doubled since the last sweep ({@link #sweepAt}).
     */
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();
    private int sweepAt = 8;
    /**
     * For a class made by Python code: the {@link PyRuntime#generation} it was made in, so
     * that an interpreter started later in the same JVM does not find it among the
     * subclasses of a builtin type (CPython keeps a static type's tp_subclasses per
     * interpreter) before the collector has cleared it. -1 for builtin types and the few
     * classes the runtime shares between interpreters ({@link #sharedAcrossInterpreters}).
     */
    private int interpreter = -1;
    private final PyObject[] slots = new PyObject[Slot.COUNT];
    private java.util.HashMap<PyStr, PyObject> lookupCache = new java.util.HashMap<>();
    /** Source of {@link #tag} values: every type and every change gets a number never used before. */
    private static int nextTag;
    /**
     * Identifies this type's attributes as they are: replaced whenever they (or a base's)
     * change, so that an interpreter inline cache holding a tag is valid while it is equal
     * (CPython's tp_version_tag). Unique across types, so one comparison checks both.
     */
    private int tag = newTag();
    /**
     * Whether the type was looked up (or watched) since its attributes last changed: a
     * change is reported to type watchers only then (CPython: a valid tp_version_tag).
     */
    boolean tagValid = true;
    /** A bit per type watcher watching this type ({@link Watchers}). */
    byte watched;
    /**
     * The {@link #tag} at which object.__new__ last found this type plain (its own
     * __init__, object's __new__, no abstract methods): while equal those checks are skipped.
     */
    int plainNewTag;
    /** (tag << 1) | whether instances have __del__ ({@link #hasDel}); -1 before the first look. */
    private long delState = -1L;

    private PyType(String name, Class<?> javaClass, Class<?> exposedBy, PyType[] bases) {
        this.name = name;
        this.qualname = name;
        this.javaClass = javaClass;
        this.exposedBy = exposedBy == null ? null : new Class<?>[] {exposedBy};
        this.bases = bases;
        this.base = bases.length == 0 ? null : bases[0];
        this.heap = false;
        // Builtin exceptions share BaseException's layout (their fields live in the instance
        // dict), so class E(LookupError, SystemError) is allowed as in CPython.
        this.solidBase = bases.length == 1 && javaClass == PyBaseException.class && bases[0].javaClass == javaClass
            ? bases[0].solidBase : this;
        this.mro = bases.length > 1 ? C3.mro(this) : computeBuiltinMro(this);
        this.collectionFlags = base == null ? 0 : base.collectionFlags;
        Arrays.fill(slots, UNKNOWN);
        for (PyType b : bases) {
            b.addSubclass(this);
        }
    }

    /** A class made by a class statement or a call of type(name, bases, dict). */
    private PyType(PyType metatype, String name, PyType[] bases, PyDict dict, PyType solid) {
        this(metatype, name, bases, dict, solid, solid.javaClass);
    }

    /**
     * A class made by PyType_FromMetaclass ({@link TypeFromSpec}) whose spec adds C fields to
     * its base's instances: LAYOUT, the Java class of those instances, is its own solid base
     * (CPython's solid_base finds a type whose basicsize exceeds its base's).
     */
    private PyType(PyType metatype, String name, PyType[] bases, PyDict dict, Class<?> layout) {
        this(metatype, name, bases, dict, null, layout);
    }

    /** A heap type: SOLID its solid base (null: itself), LAYOUT the Java class of its instances. */
    private PyType(PyType metatype, String name, PyType[] bases, PyDict dict, PyType solid, Class<?> layout) {
        this.metatype = metatype;
        this.name = name;
        this.qualname = name;
        this.bases = bases;
        this.base = bestBase(bases);
        this.dict = dict;
        this.heap = true;
        this.interpreter = PyRuntime.generation;
        this.solidBase = solid == null ? this : solid;
        this.javaClass = layout;
        Arrays.fill(slots, UNKNOWN);
    }

    /**
     * The type PyType_FromMetaclass makes once {@link TypeFromSpec} has checked the spec:
     * NAME (the part of the spec's name after its last dot), BASES (checked), DICT (the
     * members, getsets, methods and slot wrappers), LAYOUT the Java class of a spec that adds
     * fields (null when its instances are the base's), whether instances get a dict or weak
     * references beyond what the base gives (a managed dict or weaklist, or a dict/weaklist
     * offset member). Compare typeobject.c: PyType_FromMetaclass, from "Allocate the new type"
     * to PyType_Ready.
     */
    static PyType fromSpec(PyType metatype, String name, PyType[] bases, PyDict dict, Class<?> layout,
            boolean addDict, boolean addWeakref) {
        PyType solid = solidOf(bases);
        if (layout != null && !solid.javaClass.isAssignableFrom(layout) && solid != OBJECT) {
            throw PyErr.typeError("multiple bases have instance lay-out conflict");
        }
        PyType t = layout != null ? new PyType(metatype, name, bases, dict, layout)
            : new PyType(metatype, name, bases, dict, solid);
        t.mro = TypeBases.computeMro(t);
        for (int i = 1; i < t.mro.length && t.collectionFlags == 0; i++) {
            t.collectionFlags = t.mro[i].collectionFlags;
        }
        t.instanceDict = SubtypeDescrs.hasDict(t.base) || addDict;
        t.instanceWeakref = SubtypeDescrs.weakrefable(t.base) || addWeakref;
        t.vectorcallFlag = t.inheritedVectorcall();
        for (PyType b : bases) {
            b.addSubclass(t);
        }
        return t;
    }

    /**
     * A type made from a spec: its tp_doc as the spec gave it (the signature line included,
     * which __text_signature__ reads) and its Py_TPFLAGS_* bits; -1 flags for other types.
     */
    String specDoc;
    long specFlags = -1;
    /** A spec type with a layout of its own: makes an instance for a class (CPython's tp_alloc). */
    java.util.function.Function<PyType, PyObject> specAlloc;

    /** Adds the annotated methods of C to a spec type's dictionary (TypeFromSpec). */
    void exposeInto(Class<?> c) {
        expose(c, getDict());
    }

    /**
     * Declares a builtin type whose instances are {@code javaClass} and whose methods
     * are the annotated methods of {@code exposedBy} (often the same class).
     */
    public static PyType builtin(String name, Class<?> javaClass, Class<?> exposedBy, PyType... bases) {
        return new PyType(name, javaClass, exposedBy, bases.length == 0 ? new PyType[] {OBJECT} : bases);
    }

    /**
     * Gives a builtin type a metaclass other than type (a C extension's static type whose
     * ob_type is one of its metaclasses: _ctypes.Structure is a PyCStructType). Before first use.
     */
    public PyType withMetatype(PyType meta) {
        this.metatype = meta;
        return this;
    }

    /** Marks a builtin type as final (bool, NoneType, function ...): it cannot be subclassed. */
    public PyType notSubclassable() {
        allowsSubclass = false;
        return this;
    }

    /**
     * Marks a builtin type whose instances only the runtime makes (sys.flags ...): calling
     * it, or its inherited __new__, raises TypeError. Compare CPython's
     * Py_TPFLAGS_DISALLOW_INSTANTIATION.
     */
    public PyType noInstances() {
        disallowInstantiation = true;
        return this;
    }

    public boolean disallowsInstantiation() {
        return disallowInstantiation;
    }

    private boolean disallowInstantiation;

    /** Marks a builtin type as a sequence or a mapping for pattern matching (list, dict ...). */
    public PyType collection(int flag) {
        collectionFlags = flag;
        return this;
    }

    /** {@link #SEQUENCE}, {@link #MAPPING} or 0. */
    public int collectionFlags() {
        return collectionFlags;
    }

    /**
     * ABC.register(cls) of a Sequence or Mapping ABC: marks cls and its subclasses (an
     * immutable builtin type, or one already so marked, stops the walk). Compare CPython
     * Modules/_abc.c: set_collection_flag_recursive.
     */
    public void setCollectionFlagRecursive(int flag) {
        if (!heap || collectionFlags == flag) {
            return;
        }
        collectionFlags = flag;
        for (PyType sub : subclassList()) {
            sub.setCollectionFlagRecursive(flag);
        }
    }

    /** __abc_tpflags__ of a class made by ABCMeta (collections.abc.Sequence). Compare _abc.c: _abc__abc_init. */
    public void addCollectionFlags(int flags) {
        collectionFlags |= flags & (SEQUENCE | MAPPING);
    }

    private String[] hidden = new String[0];

    /** Names the declaring class exposes that this type must not have (frozenset has no add). */
    public PyType without(String... names) {
        hidden = names;
        return this;
    }

    /** Entries {@link #define} keeps until the dictionary is built, in order: name, value, name, value... */
    private List<Object> pending;

    /**
     * Puts NAME: VALUE in the type's dictionary, after the exposed methods. For a builtin
     * type whose dictionary is not built yet, that waits until it is: building it reads
     * every exposed method, a start-up cost worth paying only when the type is used.
     */
    public synchronized PyType define(String name, PyObject value) {
        if (dict != null) {
            dict.setStr(name, value);
        } else {
            if (pending == null) {
                pending = new ArrayList<>();
            }
            pending.add(name);
            pending.add(value);
        }
        return this;
    }

    /** Names a builtin type of an extension module: {@code __module__} MODULE and {@code __qualname__} QUALNAME. */
    public PyType inModule(String module, String qualname) {
        this.qualname = qualname;
        return define("__module__", PyStr.of(module));
    }

    /** Sets the __qualname__ of a builtin type (which Python code cannot change). */
    public PyType withQualname(String qualname) {
        this.qualname = qualname;
        return this;
    }

    /** Adds another class whose annotated methods belong to this type (before first use). */
    public PyType alsoExposedBy(Class<?> more) {
        Class<?>[] e = Arrays.copyOf(exposedBy, exposedBy.length + 1);
        e[e.length - 1] = more;
        exposedBy = e;
        return this;
    }

    @Override
    public PyType type() {
        return metatype == null ? TYPE : metatype;
    }

    public String getName() {
        return name;
    }

    public String getQualname() {
        return qualname;
    }

    public PyType[] getMro() {
        return mro;
    }

    public PyType[] getBases() {
        return bases;
    }

    public PyType getBase() {
        return base;
    }

    public boolean isHeapType() {
        return heap;
    }

    /**
     * A heap type made immutable (Py_TPFLAGS_IMMUTABLETYPE, as C modules' types made by
     * PyType_FromSpec with that flag, such as _ssl.SSLError): its attributes cannot be set.
     */
    private boolean immutableHeap;

    public PyType markImmutable() {
        immutableHeap = true;
        return this;
    }

    /**
     * A builtin (Java) type whose CPython counterpart is made by PyType_FromSpec, so CPython
     * reports it as a heap type: Py_TPFLAGS_HEAPTYPE in __flags__ and tracked by the collector
     * (gc.is_tracked(_socket.socket) is True in CPython 3.12, test_socket's test_socket_type).
     * It stays a builtin here in every other respect (immutable, its Java methods, its name).
     * Marked per type by the module that owns it, since CPython made only some C types so.
     */
    private boolean fromSpec;

    public PyType markFromSpec() {
        fromSpec = true;
        return this;
    }

    /** Whether CPython reports this type as a heap type: a class, or a type marked {@link #markFromSpec}. */
    public boolean reportsHeapType() {
        return heap || fromSpec;
    }

    /**
     * CPython's tp_name, which the "immutable type" errors show: a type made from a spec has
     * its dotted "module.Name", other classes their name.
     */
    public String tpName() {
        if ((immutableHeap || specFlags != -1) && getDict().getStr("__module__") instanceof PyStr m) {
            return m.value() + "." + name;
        }
        return name;
    }

    /**
     * PEP 590's type flags as CPython's C types carry them: Py_TPFLAGS_HAVE_VECTORCALL and
     * Py_TPFLAGS_METHOD_DESCRIPTOR. pyvm calls nothing through vectorcall; type.__flags__
     * reports the bits and _testcapi's PEP 590 types act on them. Builtin types declare them
     * ({@link #withCallFlags}, or the table for the runtime's and stdlib modules' types); a
     * class gets the vectorcall bit as typeobject.c's inherit_slots gives it, and loses it
     * when __call__ is assigned to it or to a base ({@link #clearVectorcall}).
     */
    private boolean vectorcallFlag;
    private boolean methodDescriptorFlag;

    /** CPython's builtin types with Py_TPFLAGS_HAVE_VECTORCALL, by pyvm's type name. */
    private static final java.util.Set<String> VECTORCALL_TYPES = java.util.Set.of("function",
        "builtin_function_or_method", "method_descriptor", "method", "type", "functools.partial",
        "operator.attrgetter", "operator.itemgetter", "types.GenericAlias", "GenericAlias");
    /** CPython's builtin types with Py_TPFLAGS_METHOD_DESCRIPTOR. */
    private static final java.util.Set<String> METHOD_DESCRIPTOR_TYPES = java.util.Set.of("function",
        "method_descriptor", "wrapper_descriptor", "functools._lru_cache_wrapper");

    /** Declares a builtin type's (or a C-spec heap type's) PEP 590 flags. */
    public PyType withCallFlags(boolean vectorcall, boolean methodDescriptor) {
        vectorcallFlag = vectorcall;
        methodDescriptorFlag = methodDescriptor;
        return this;
    }

    public boolean hasVectorcallFlag() {
        return vectorcallFlag || !heap && VECTORCALL_TYPES.contains(name);
    }

    /** A mutable class never has it (typeobject.c: inherit_special keeps it for immutable types). */
    public boolean hasMethodDescriptorFlag() {
        return methodDescriptorFlag || !heap && METHOD_DESCRIPTOR_TYPES.contains(name);
    }

    /**
     * The vectorcall bit a new class gets: from the first class of its MRO that has it, unless
     * a class before that one defines __call__ (its tp_call is inherited first). Compare
     * typeobject.c: inherit_slots.
     */
    private boolean inheritedVectorcall() {
        for (PyType c : mro) {
            if (c != this && c.hasVectorcallFlag()) {
                return true;
            }
            if (c.getDict().getStr("__call__") != null) {
                return false;
            }
        }
        return false;
    }

    /**
     * __call__ was assigned to T: T and its subclasses that do not define __call__ themselves
     * lose the vectorcall bit (their tp_call is now the Python one). Compare typeobject.c:
     * update_slot / update_subclasses.
     */
    static void clearVectorcall(PyType t) {
        if (!t.heap) {
            return;
        }
        t.vectorcallFlag = false;
        for (PyType s : t.subclassList()) {
            if (s.getDict().getStr("__call__") == null) {
                clearVectorcall(s);
            }
        }
    }

    /** Whether the type's attributes may be set (a heap type not marked immutable). */
    public boolean isMutable() {
        return heap && !immutableHeap;
    }

    /**
     * Set on a builtin type whose __getitem__ is a mapping's (CPython's mp_subscript with no
     * sq_item: re.Match, sqlite3.Blob): iter() and 'in' do not fall back to indexing it.
     */
    public boolean mappingOnly;

    /** Whether iter() may index this type from 0 (it has a sequence's __getitem__). Compare PySequence_Check. */
    public boolean indexable() {
        return !mappingOnly && slot(Slot.GETITEM) != null;
    }

    public boolean allowsSubclass() {
        return allowsSubclass;
    }

    /** Whether the dictionary exists yet (a builtin type's is built on first use: PyType_Ready done). */
    public boolean dictBuilt() {
        return dict != null;
    }

    /** The type's own dictionary, built from the annotations on first use for builtins. */
    @Override
    public PyDict getDict() {
        if (dict == null) {
            buildDict();
        }
        return dict;
    }

    private synchronized void buildDict() {
        if (dict != null) {
            return;
        }
        PyDict d = new PyDict();
        for (Class<?> c : exposedBy) {
            expose(c, d);
        }
        for (String h : hidden) {
            d.delItem(PyStr.intern(h));
        }
        if (GENERIC.contains(name)) {
            d.setStr("__class_getitem__", new PyClassMethod(GenericHolder.CLASS_GETITEM));
        }
        // A type defining __eq__ without __hash__ is unhashable (typeobject.c: inherit_slots).
        if (d.getStr("__eq__") != null && d.getStr("__hash__") == null) {
            d.setStr("__hash__", PyNone.NONE);
        }
        if (pending != null) {
            for (int i = 0; i < pending.size(); i += 2) {
                d.setStr((String) pending.get(i), (PyObject) pending.get(i + 1));
            }
            pending = null;
        }
        if (d.getStr("__dict__") == null && DICT_SERVERS.contains(builtinKey(d))) {
            // The topmost builtin type whose instances have a dict serves it (object does not).
            // A module's is a read-only member (moduleobject.c: module_members); _io._IOBase's
            // cannot be replaced; the others' can (PyObject_GenericSetDict).
            boolean member = this == PyModule.TYPE;
            PyGetSetDescr.Setter set = member ? PyGetSetDescr.READONLY
                : builtinKey(d).equals("_io._IOBase") ? null : ObjectMethods::setGenericDict;
            PyGetSetDescr gs = new PyGetSetDescr("__dict__", this, ObjectMethods::__dict__, set, null);
            d.setStr("__dict__", member ? new PyMemberDescr(PyStr.intern("__dict__"), this, gs) : gs);
        }
        if (d.getStr("__doc__") == null) {
            // A builtin type's dict holds its docstring (typeobject.c: type_dict_set_doc), put
            // there when first asked for (resolveDoc): reading the table costs start-up time.
            d.setStr("__doc__", PyNone.NONE);
            docPending = true;
        }
        dict = d;
        exposedBy = null;
    }

    private void expose(Class<?> c, PyDict d) {
        Method[] ms = c.getDeclaredMethods();
        // Declaration order is not guaranteed by reflection; sort for a stable dict order.
        Arrays.sort(ms, (a, b) -> a.getName().compareTo(b.getName()));
        ExposedDecls decls = ExposedDecls.of(c);
        for (Method m : ms) {
            ExposedMethod em = decls.methodOf(m);
            if (em != null) {
                String n = em.name().isEmpty() ? m.getName() : em.name();
                JavaMethod jm = JavaMethod.of(m, em, n, this);
                if (n.equals("__new__")) {
                    // A builtin method bound to the type, taking the class to make first
                    // (typeobject.c: add_tp_new_wrapper puts tp_new_wrapper there).
                    d.setStr(n, jm.asStatic());
                } else if (n.equals("maketrans") && c == StrMethods.class) {
                    // str.maketrans is a static method: no self.
                    d.setStr(n, new PyStaticMethod(JavaMethod.function(m, em, n, this)));
                } else if (jm.isClassMethod()) {
                    d.setStr(n, new PyClassMethod(jm));
                } else {
                    d.setStr(n, jm);
                }
            }
            ExposedGetter eg = decls.getterOf(m);
            if (eg != null) {
                String n = eg.name().isEmpty() ? m.getName() : eg.name();
                PyGetSetDescr gs = new PyGetSetDescr(n, this, m, eg.setter().isEmpty() ? eg.member() ? PyGetSetDescr.READONLY
                    : null : PyGetSetDescr.setterOf(c, eg.setter()));
                d.setStr(n, eg.member() ? new PyMemberDescr(PyStr.intern(n), this, gs) : gs);
            }
        }
    }

    // ---- lookup and the slot table ----

    /** Looks NAME up along the MRO without invoking descriptors: CPython _PyType_Lookup. */
    public PyObject lookup(PyStr name) {
        // A per-type cache of MRO lookups (negative results too), cleared with the slots:
        // CPython's type attribute cache (typeobject.c: _PyType_Lookup's method cache).
        java.util.HashMap<PyStr, PyObject> cache = lookupCache;
        PyObject v = cache.get(name);
        if (v != null) {
            return v == UNKNOWN ? null : v;
        }
        v = lookupUncached(name);
        cache.put(name, v == null ? UNKNOWN : v);
        if (!tagValid) {
            assignTag();
        }
        return v;
    }

    private PyObject lookupUncached(PyStr name) {
        if (mro == null) {
            // While a metaclass's mro() computes it: only the class's own dict.
            return getDict().get(name);
        }
        boolean doc = name.toString().equals("__doc__");
        for (PyType t : mro) {
            if (doc) {
                t.resolveDoc();
            }
            PyObject v = t.getDict().get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Callers pass the fixed names of special methods: interned, the str and its hash are made once. */
    public PyObject lookup(String name) {
        return lookup(PyStr.intern(name));
    }

    /** The cached MRO lookup of a special method, or null when the type has none. */
    public PyObject slot(Slot s) {
        PyObject v = slots[s.ordinal()];
        if (v == UNKNOWN) {
            v = lookup(s.key());
            slots[s.ordinal()] = v;
        }
        return v;
    }

    private static synchronized int newTag() {
        return ++nextTag;
    }

    /** The version tag of this type's attributes (see {@link #tag}). */
    /**
     * Whether this type's MRO defines __del__, so its instances need a finalization trigger.
     * Cached at the current {@link #tag}: creating an instance costs one comparison, not a
     * look-up along the MRO.
     */
    public boolean hasDel() {
        int t = tag;
        long state = delState;
        if (state == -1L || (int) (state >> 1) != t) {
            state = ((long) t << 1) | (lookup("__del__") != null ? 1 : 0);
            delState = state;
        }
        return (state & 1) != 0;
    }

    public int tag() {
        return tag;
    }

    /**
     * The interpreter's attribute-cache entries for this type that hold a function (weakly;
     * retired when the attributes change, see {@link AttrCache#retire}), or null.
     */
    private java.util.ArrayList<WeakReference<AttrCache>> caches;
    /** The size of {@link #caches} at which its cleared references are next dropped. */
    private int cachesPrune = 16;

    /** Registers E (just made for this type's current tag) to be retired at the next change. */
    void watchCache(AttrCache e) {
        if (caches == null) {
            caches = new java.util.ArrayList<>(4);
        }
        if (caches.size() >= cachesPrune) {
            caches.removeIf(r -> r.refersTo(null));
            cachesPrune = Math.max(16, caches.size() * 2);
        }
        caches.add(new WeakReference<>(e));
    }

    /**
     * A class's own {@code __class__ = M} (object_set_class, checked there): only a class made
     * by a class statement or type() changes its metaclass. Look-ups cached for the class
     * went through the old metaclass, so they are dropped.
     */
    @Override
    public boolean setType(PyType t) {
        if (!heap) {
            return false;
        }
        metatype = t;
        invalidateSlots();
        return true;
    }

    /** A look-up validates this type's version tag and its bases' (typeobject.c: assign_version_tag). */
    private void assignTag() {
        tagValid = true;
        for (PyType b : bases == null ? new PyType[0] : bases) {
            if (!b.tagValid) {
                b.assignTag();
            }
        }
    }

    void assignTagForWatch() {
        if (!tagValid) {
            assignTag();
        }
    }

    /** Called when an attribute of this type changes: forget cached slots here and below. */
    void invalidateSlots() {
        tag = newTag();
        if (caches != null) {
            for (WeakReference<AttrCache> r : caches) {
                AttrCache e = r.get();
                if (e != null) {
                    e.retire();
                }
            }
            caches = null;
            cachesPrune = 16;
        }
        Arrays.fill(slots, UNKNOWN);
        lookupCache = new java.util.HashMap<>();
        for (WeakReference<PyType> r : subclasses) {
            PyType sub = r.get();
            if (sub != null) {
                sub.invalidateSlots();
            }
        }
        if (tagValid) {
            tagValid = false;
            if (watched != 0) {
                Watchers.typeModified(this);
            }
        }
    }

    /** Sets an attribute of the type (type.__setattr__ after the descriptor check). */
    public void setAttr(PyStr name, PyObject value) {
        if (!isMutable()) {
            throw PyErr.typeError("cannot set '" + name + "' attribute of immutable type '" + tpName() + "'");
        }
        if (value == null) {
            if (getDict().delItem(name) == null) {
                throw PyErr.attributeError("type object '" + this.name + "' has no attribute '" + name + "'");
            }
        } else {
            getDict().setItem(name, value);
        }
        invalidateSlots();
    }

    /** Sets or deletes an entry of any type's dict, builtin or not (type.__abstractmethods__'s setter). */
    void setAttrAnyType(PyStr name, PyObject value) {
        if (value == null) {
            getDict().delItem(name);
        } else {
            getDict().setItem(name, value);
        }
        invalidateSlots();
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        if (mro == null) {
            // While a metaclass mro() runs, the new class has none yet: its bases decide.
            // Compare typeobject.c: PyType_IsSubtype without tp_mro (type_is_subtype_base_chain).
            for (PyType b : bases) {
                if (b.isSubtypeOf(other)) {
                    return true;
                }
            }
            return false;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    void addSubclass(PyType t) {
        if (subclasses.size() >= sweepAt) {
            subclasses.removeIf(r -> !listed(r.get()));
            sweepAt = Math.max(8, 2 * subclasses.size());
        }
        subclasses.add(new WeakReference<>(t));
    }

    /** Whether SUB (a subclass entry's referent) is alive and belongs to the current interpreter. */
    private static boolean listed(PyType sub) {
        return sub != null && (sub.interpreter < 0 || sub.interpreter == PyRuntime.generation);
    }

    /**
     * Marks a class made by Python-level means that the runtime keeps for every interpreter
     * of the JVM (ast's node classes, typing.Generic): it stays among its bases' subclasses
     * in every interpreter, as a builtin type does.
     */
    public PyType sharedAcrossInterpreters() {
        interpreter = -1;
        return this;
    }

    void removeSubclass(PyType t) {
        subclasses.removeIf(r -> r.get() == t || r.get() == null);
    }

    public List<PyType> subclassList() {
        List<PyType> out = new ArrayList<>();
        for (WeakReference<PyType> r : subclasses) {
            PyType t = r.get();
            if (listed(t)) {
                out.add(t);
            }
        }
        return out;
    }

    // ---- making classes ----

    /**
     * type(name, bases, dict): a new class. Mirrors CPython typeobject.c: type_new (MRO,
     * best base, solid base; __init_subclass__ and __set_name__ are done by the caller).
     */
    public static PyType newClass(PyType metatype, String name, PyType[] bases, PyDict ns) {
        if (bases.length == 0) {
            bases = new PyType[] {OBJECT};
        }
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw PyErr.typeError("duplicate base class " + bases[i].name);
                }
            }
        }
        for (PyType b : bases) {
            if (!b.allowsSubclass) {
                throw PyErr.typeError("type '" + b.tpName() + "' is not an acceptable base type");
            }
        }
        for (PyType b : bases) {
            if (b.mro == null) {
                throw PyErr.typeError("Cannot extend an incomplete type '" + b.name + "'");
            }
        }
        PyType solid = solidOf(bases);
        PyDict dict = ns.copy();
        PyType t = new PyType(metatype, name, bases, dict, solid);
        if (dict.getStr("__classcell__") instanceof PyCell cell) {
            // __class__ is bound before a metaclass mro() runs (typeobject.c: type_new_set_classcell
            // comes before PyType_Ready); type.__new__ removes the entry afterwards.
            cell.set(t);
        }
        t.mro = TypeBases.computeMro(t);
        // The first class of the MRO that is a sequence or a mapping decides. Compare
        // typeobject.c: type_ready_inherit calling inherit_patma_flags for each MRO entry.
        for (int i = 1; i < t.mro.length && t.collectionFlags == 0; i++) {
            t.collectionFlags = t.mro[i].collectionFlags;
        }
        PyObject qn = dict.getStr("__qualname__");
        if (qn != null) {
            if (!(qn instanceof PyStr s)) {
                throw PyErr.typeError("type __qualname__ must be a str, not " + qn.type().name);
            }
            t.qualname = s.toString();
            dict.delItem(PyStr.of("__qualname__"));
        }
        // __new__, __init_subclass__ and __class_getitem__ are implicitly static/class methods.
        PyObject nw = dict.getStr("__new__");
        if (nw instanceof PyFunction) {
            dict.setStr("__new__", new PyStaticMethod(nw));
        }
        for (String cm : new String[] {"__init_subclass__", "__class_getitem__"}) {
            PyObject f = dict.getStr(cm);
            if (f instanceof PyFunction) {
                dict.setStr(cm, new PyClassMethod(f));
            }
        }
        t.setupSlots(dict.getStr("__slots__"), bases);
        t.vectorcallFlag = t.inheritedVectorcall();
        if (dict.getStr("__doc__") == null) {
            dict.setStr("__doc__", PyNone.NONE);
        }
        // A class that defines __eq__ but not __hash__ is unhashable (typeobject.c: inherit_slots).
        if (dict.getStr("__eq__") != null && dict.getStr("__hash__") == null) {
            dict.setStr("__hash__", PyNone.NONE);
        }
        for (PyType b : bases) {
            b.addSubclass(t);
        }
        return t;
    }

    /**
     * __slots__: a member descriptor per name, and whether the instances have a __dict__
     * and weak references. Compare typeobject.c: type_new_slots, type_new_descriptors.
     */
    private void setupSlots(PyObject slots, PyType[] bases) {
        boolean baseDict = SubtypeDescrs.hasDict(base);
        boolean baseWeak = SubtypeDescrs.weakrefable(base);
        boolean addDict;
        boolean addWeak;
        if (slots == null) {
            addDict = !baseDict;
            addWeak = SubtypeDescrs.mayAddWeakref(base);
        } else {
            addDict = false;
            addWeak = false;
            PyObject[] names = slots instanceof PyStr ? new PyObject[] {slots} : Abstract.toArray(slots);
            // Sorted, as CPython adds them (type_new_copy_slots).
            java.util.Set<String> added = new java.util.TreeSet<>();
            for (PyObject n : names) {
                if (!(n instanceof PyStr s)) {
                    throw PyErr.typeError("__slots__ items must be strings, not '" + n.type().name + "'");
                }
                if (!isIdentifier(s.value())) {
                    throw PyErr.typeError("__slots__ must be identifiers");
                }
                if (s.value().equals("__dict__")) {
                    if (baseDict || addDict) {
                        throw PyErr.typeError("__dict__ slot disallowed: we already got one");
                    }
                    addDict = true;
                    continue;
                }
                if (s.value().equals("__weakref__")) {
                    if (!SubtypeDescrs.mayAddWeakref(base) || addWeak) {
                        throw PyErr.typeError("__weakref__ slot disallowed: we already got one");
                    }
                    addWeak = true;
                    continue;
                }
                if (SubtypeDescrs.VARSIZE.contains(base.solidBase.name)) {
                    throw PyErr.typeError("nonempty __slots__ not supported for subtype of '" + base.name + "'");
                }
                // Private names are mangled as in the class body (_Class__name).
                String mangled = mangle(name, s.value());
                // __qualname__ and __classcell__ are in the namespace of every class (or
                // compiler-made) and removed from the class's dict: no conflict.
                if (dict.getStr(mangled) != null && !added.contains(mangled) && !mangled.equals("__qualname__")
                    && !mangled.equals("__classcell__")) {
                    throw PyErr.valueError("'" + s + "' in __slots__ conflicts with class variable");
                }
                // A name listed twice (date.__slots__ + time.__slots__) is not a conflict: CPython
                // checks the namespace before it adds the member descriptors.
                added.add(mangled);
            }
            for (String m : added) {
                dict.setItem(PyStr.intern(m), new PyMemberDescr(PyStr.intern(m), this));
            }
            // Secondary bases may provide a dict or weak references (type_new_slots).
            for (PyType b : bases) {
                if (b != base) {
                    addDict |= !baseDict && SubtypeDescrs.hasDict(b);
                    addWeak |= !baseWeak && SubtypeDescrs.mayAddWeakref(base) && SubtypeDescrs.weakrefable(b);
                }
            }
        }
        instanceDict = baseDict || addDict;
        instanceWeakref = baseWeak || addWeak;
        // A builtin base whose Java instances hold a dict but that serves none (itertools.chain's
        // do, for its subclasses' sake): the class adds the descriptor, as CPython's would.
        boolean descrDict = addDict || slots == null && baseDict && base.lookup("__dict__") == null;
        SubtypeDescrs.add(this, descrDict, addWeak);
    }

    private static boolean isIdentifier(String s) {
        return StrMethods.isidentifier(PyStr.of(s));
    }

    /** NAME as written in class CLS: __x becomes _CLS__x. Compare Python/compile.c: _Py_Mangle. */
    private static String mangle(String cls, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        String c = cls;
        int i = 0;
        while (i < c.length() && c.charAt(i) == '_') {
            i++;
        }
        return i == c.length() ? name : "_" + c.substring(i) + name;
    }

    /** The base whose instance layout the new class extends; rejects layout conflicts. */
    private static PyType solidOf(PyType[] bases) {
        PyType solid = OBJECT;
        for (PyType b : bases) {
            PyType s = b.solidBase;
            if (solid.isSubtypeOf(s)) {
                continue;
            }
            if (s.isSubtypeOf(solid)) {
                solid = s;
            } else if (s.javaClass != solid.javaClass) {
                // (Bases with the same Java class share a layout: class U(OSError, ValueError)
                // is allowed, as CPython's solid_base finds no added fields between them.)
                throw PyErr.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return solid;
    }

    static PyType bestBaseOf(PyType[] bases) {
        return bestBase(bases);
    }

    private static PyType bestBase(PyType[] bases) {
        PyType best = bases[0];
        for (PyType b : bases) {
            if (b.solidBase.isSubtypeOf(best.solidBase) && b.solidBase != best.solidBase) {
                best = b;
            }
        }
        return best;
    }

    /** Builtin types subscriptable at run time (list[int]): their __class_getitem__ makes a GenericAlias. */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("list", "dict", "tuple", "set", "frozenset",
        "enumerate", "mappingproxy", "BaseExceptionGroup");

    /** Holds the shared __class_getitem__ function, made on first use. */
    static final class GenericHolder {
        static final PyObject CLASS_GETITEM;

        static {
            try {
                java.lang.reflect.Method m = GenericHolder.class.getDeclaredMethod("classGetItem", PyObject.class, PyObject.class);
                CLASS_GETITEM = JavaMethod.function(m, ExposedDecls.method(m), "__class_getitem__", null).method;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }

        private GenericHolder() {}

        @ExposedMethod
        static PyObject classGetItem(PyObject cls, PyObject item) {
            return PyGenericAlias.classGetItem(cls, item);
        }
    }

    private static PyType[] computeBuiltinMro(PyType t) {
        LinkedHashSet<PyType> out = new LinkedHashSet<>();
        out.add(t);
        for (PyType b : t.bases) {
            out.addAll(Arrays.asList(b.mro));
        }
        return out.toArray(new PyType[0]);
    }

    @Override
    public String toString() {
        return "<class '" + fullName() + "'>";
    }

    /** module.qualname, or the bare name for builtins, as repr(type) shows it. */
    /**
     * The builtin types that serve their instances' __dict__ themselves in CPython 3.12 (a
     * __dict__ getset or member in their own dict) and that pyvm does not give one already
     * (BaseException, type and SimpleNamespace have theirs). Other builtins whose Java
     * instances hold a dict keep it for their Python subclasses.
     */
    private static final java.util.Set<String> DICT_SERVERS = java.util.Set.of("function", "module", "staticmethod",
        "classmethod", "functools.partial", "functools._lru_cache_wrapper", "_io._IOBase", "ast.AST");

    /** fullName() of a builtin type while its dict D is being built. */
    private String builtinKey(PyDict d) {
        PyObject m = d.getStr("__module__");
        return m instanceof PyStr s && !s.toString().equals("builtins") ? s + "." + qualname : name;
    }

    /** Whether the dict's __doc__ still waits for the builtin type's docstring. */
    private volatile boolean docPending;

    /** Puts the builtin type's docstring in its dict, if not done yet: before __doc__ is read there. */
    void resolveDoc() {
        if (docPending) {
            synchronized (this) {
                if (docPending) {
                    docPending = false;
                    dict.setStr("__doc__", Docstrings.of(fullName()));
                }
            }
        }
    }

    /** Whether CPython's type has Py_TPFLAGS_HAVE_GC (its objects carry the GC header); see TypeLayouts. */
    public boolean hasGcFlag() {
        return TypeLayouts.hasGc(this);
    }

    public String fullName() {
        PyObject m = getDict().getStr("__module__");
        if (m instanceof PyStr s && !s.toString().equals("builtins")) {
            return s + "." + qualname;
        }
        return heap ? qualname : name;
    }
}
