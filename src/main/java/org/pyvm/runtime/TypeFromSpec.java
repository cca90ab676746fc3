package org.pyvm.runtime;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * PyType_FromMetaclass and its older forms (PyType_FromSpec, PyType_FromSpecWithBases,
 * PyType_FromModuleAndSpec): a heap type made from a {@link Spec}, as a C extension makes
 * its types. The spec is checked as typeobject.c checks it (one Py_tp_members and one
 * Py_tp_doc slot, a metaclass without a custom tp_new, bases that accept subclasses,
 * immutable types from mutable bases deprecated), the name split at its last dot into
 * {@code __module__} and {@code __name__}, the doc's signature line kept for
 * {@code __text_signature__} and cut from {@code __doc__}, the {@code __dictoffset__} and
 * {@code __weaklistoffset__} members turned into an instance dict and weak references.
 *
 * <p>A spec's C struct is a Java class ({@link Spec#layout}, made by {@link Spec#alloc},
 * CPython's tp_alloc of basicsize): a type with one is its own solid base, so two such
 * types conflict as bases as two C structs do; a spec that adds no field (basicsize equal to
 * its base's) has none and its instances are the base's. The C function slots and
 * tp_methods are the {@code @ExposedMethod}s of {@link Spec#exposedBy} under the dunder names
 * typeobject.c's slotdefs give them (tp_init is {@code __init__}, tp_setattro
 * {@code __setattr__}/{@code __delattr__}, bf_getbuffer {@code __buffer__}...); the
 * {@link Slot} list names the slots, and holds the values of the data slots (doc, members,
 * getsets, bases). Compare CPython 3.12 Objects/typeobject.c: PyType_FromMetaclass,
 * check_immutable_bases, _PyType_DocWithoutSignature.
 */
public final class TypeFromSpec {

    private TypeFromSpec() {}

    // Include/typeslots.h
    public static final int BF_GETBUFFER = 1;
    public static final int BF_RELEASEBUFFER = 2;
    public static final int TP_BASE = 48;
    public static final int TP_BASES = 49;
    public static final int TP_CLEAR = 51;
    public static final int TP_DEALLOC = 52;
    public static final int TP_DOC = 56;
    public static final int TP_INIT = 60;
    public static final int TP_METHODS = 64;
    public static final int TP_NEW = 65;
    public static final int TP_SETATTRO = 69;
    public static final int TP_STR = 70;
    public static final int TP_TRAVERSE = 71;
    public static final int TP_MEMBERS = 72;
    public static final int TP_GETSET = 73;
    public static final int TP_FINALIZE = 80;

    // Include/object.h: the Py_TPFLAGS_* a spec may give.
    public static final long MANAGED_WEAKREF = 1L << 3;
    public static final long MANAGED_DICT = 1L << 4;
    public static final long DISALLOW_INSTANTIATION = 1L << 7;
    public static final long IMMUTABLETYPE = 1L << 8;
    public static final long BASETYPE = 1L << 10;
    public static final long HAVE_GC = 1L << 14;
    public static final long DEFAULT = 0;

    /** One PyType_Slot: its id and, for a data slot, its value (a function slot's is null). */
    public record Slot(int id, Object value) {}

    /**
     * A PyMemberDef: GET reads the field, SET (null: Py_READONLY) writes it or, given null,
     * deletes. The members named {@code __dictoffset__} and {@code __weaklistoffset__} say
     * that the struct holds the instance dict or weak-reference list; they give no descriptor.
     */
    public record Member(String name, Function<PyObject, PyObject> get, BiConsumer<PyObject, PyObject> set) {
        public static Member offset(String name) {
            return new Member(name, null, null);
        }
    }

    /** A PyGetSetDef. */
    public record GetSet(String name, Function<PyObject, PyObject> get, BiConsumer<PyObject, PyObject> set) {}

    /**
     * A PyType_Spec: NAME ("module.Name"), FLAGS (Py_TPFLAGS_*), LAYOUT the Java class of a
     * struct adding fields to the base's (null for none) and ALLOC its tp_alloc, EXPOSEDBY the
     * class whose annotated methods are the function slots and methods (or null), SLOTS.
     */
    public record Spec(String name, long flags, Class<? extends PyObject> layout, Function<PyType, PyObject> alloc,
                       Class<?> exposedBy, Slot... slots) {}

    /** PyType_FromSpec: no metaclass, no module, bases from the spec's slots. */
    public static PyType fromSpec(Spec spec) {
        return fromMetaclass(null, null, spec, null, true);
    }

    /** PyType_FromSpecWithBases: BASES a type or a tuple of types. */
    public static PyType fromSpecWithBases(Spec spec, PyObject bases) {
        return fromMetaclass(null, null, spec, bases, true);
    }

    /**
     * PyType_FromMetaclass (ALLOW_TP_NEW false) and the older functions' common part
     * _PyType_FromMetaclass (true: a metaclass's custom tp_new is only deprecated).
     */
    @SuppressWarnings("unchecked")
    public static PyType fromMetaclass(PyType metaclass, PyObject module, Spec spec, PyObject basesIn,
                                       boolean allowTpNew) {
        // Check the slots: one members list and one doc at most.
        List<Member> members = null;
        String tpDoc = null;
        List<GetSet> getsets = List.of();
        PyObject specBase = null;
        PyObject specBases = null;
        boolean ownGc = false;
        for (Slot s : spec.slots()) {
            switch (s.id()) {
                case TP_MEMBERS -> {
                    if (members != null) {
                        throw PyErr.of(PyExc.SystemError, "Multiple Py_tp_members slots are not supported.");
                    }
                    members = (List<Member>) s.value();
                }
                case TP_DOC -> {
                    if (tpDoc != null) {
                        throw PyErr.of(PyExc.SystemError, "Multiple Py_tp_doc slots are not supported.");
                    }
                    tpDoc = (String) s.value();
                }
                case TP_GETSET -> getsets = (List<GetSet>) s.value();
                case TP_TRAVERSE, TP_CLEAR -> ownGc = true;
                case TP_BASE -> specBase = (PyObject) s.value();
                case TP_BASES -> specBases = (PyObject) s.value();
                default -> { }
            }
        }
        boolean dictOffset = false;
        boolean weaklistOffset = false;
        if (members != null) {
            for (Member m : members) {
                dictOffset |= m.name().equals("__dictoffset__");
                weaklistOffset |= m.name().equals("__weaklistoffset__");
            }
        }
        // The bases: given, or the spec's Py_tp_bases / Py_tp_base, or object.
        PyObject b = basesIn != null ? basesIn : specBases != null ? specBases
            : specBase != null ? specBase : PyType.OBJECT;
        PyObject[] items = b instanceof PyTuple t ? t.items() : new PyObject[] {b};
        PyType[] bases = new PyType[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyType bt)) {
                throw PyErr.typeError("bases must be types");
            }
            bases[i] = bt;
        }
        // The metaclass: the most derived of the given one (or type) and the bases'.
        PyType meta = TypeMethods.calculateMeta(metaclass == null ? PyType.TYPE : metaclass, bases);
        if (!meta.disallowsInstantiation() && meta.slot(org.pyvm.runtime.Slot.NEW) != PyType.TYPE.slot(org.pyvm.runtime.Slot.NEW)) {
            if (!allowTpNew) {
                throw PyErr.typeError("Metaclasses with custom tp_new are not supported.");
            }
            Abstract.warn(PyExc.DeprecationWarning, "Type " + spec.name() + " uses PyType_Spec with a metaclass that "
                + "has custom tp_new. This is deprecated and will no longer be allowed in Python 3.14.");
        }
        for (PyType base : bases) {
            if (!base.allowsSubclass()) {
                throw PyErr.typeError("type '" + base.tpName() + "' is not an acceptable base type");
            }
        }
        if ((spec.flags() & IMMUTABLETYPE) != 0) {
            // check_immutable_bases: deprecated in 3.12, an error from 3.14.
            for (PyType base : bases) {
                if (base.isMutable()) {
                    Abstract.warn(PyExc.DeprecationWarning, "Creating immutable type " + spec.name()
                        + " from mutable base " + base.tpName() + " is deprecated, and slated to be disallowed in "
                        + "Python 3.14.");
                }
            }
        }
        int dot = spec.name().lastIndexOf('.');
        String name = spec.name().substring(dot + 1);
        PyDict dict = new PyDict();
        PyType type = PyType.fromSpec(meta, name, bases, dict, spec.layout(),
            dictOffset || (spec.flags() & MANAGED_DICT) != 0, weaklistOffset || (spec.flags() & MANAGED_WEAKREF) != 0);
        type.specFlags = spec.flags() & (MANAGED_WEAKREF | MANAGED_DICT | DISALLOW_INSTANTIATION | IMMUTABLETYPE
            | BASETYPE | HAVE_GC);
        if (!ownGc && type.getBase().hasGcFlag()) {
            // inherit_special: a type without tp_traverse/tp_clear of its own takes the base's GC.
            type.specFlags |= HAVE_GC;
        }
        type.specDoc = tpDoc;
        type.specAlloc = spec.alloc();
        if ((spec.flags() & BASETYPE) == 0) {
            type.notSubclassable();
        }
        if ((spec.flags() & DISALLOW_INSTANTIATION) != 0) {
            type.noInstances();
        }
        if ((spec.flags() & IMMUTABLETYPE) != 0) {
            type.markImmutable();
        }
        // PyType_Ready: methods and slot wrappers, then members and getsets (type_ready_fill_dict).
        if (spec.exposedBy() != null) {
            type.exposeInto(spec.exposedBy());
        }
        if (members != null) {
            for (Member m : members) {
                if (m.get() != null) {
                    dict.setStr(m.name(), PyMemberDescr.of(m.name(), type, m.get(), m.set()));
                }
            }
        }
        for (GetSet g : getsets) {
            dict.setStr(g.name(), PyGetSetDescr.of(g.name(), type, g.get(), g.set()));
        }
        // type_dict_set_doc: the doc without its signature line, or None.
        dict.setStr("__doc__", tpDoc == null ? PyNone.NONE : PyStr.of(TextSignatures.docWithoutSignature(name, tpDoc)));
        if (dict.getStr("__eq__") != null && dict.getStr("__hash__") == null) {
            dict.setStr("__hash__", PyNone.NONE);
        }
        if (dot >= 0) {
            dict.setStr("__module__", PyStr.of(spec.name().substring(0, dot)));
        } else {
            Abstract.warn(PyExc.DeprecationWarning, "builtin type " + spec.name() + " has no __module__ attribute");
        }
        return type;
    }

    /** PyType_Type.tp_new, called directly as C code does (a metaclass's own tp_new calling type's). */
    public static PyObject typeNew(PyType metatype, PyObject[] args, String[] kw) {
        return TypeMethods.__new__(metatype, args, kw);
    }

    /** PyObject_GenericGetDict: the instance's dict, made when first asked for. */
    public static PyObject genericGetDict(PyObject obj) {
        if (!ObjectMethods.hasInstanceDict(obj)) {
            throw PyErr.attributeError("This object has no __dict__");
        }
        return ((HasDict) obj).getDict();
    }

    /** PyObject_GenericSetDict. */
    public static void genericSetDict(PyObject obj, PyObject value) {
        if (!ObjectMethods.hasInstanceDict(obj)) {
            throw PyErr.attributeError("This object has no __dict__");
        }
        if (value == null) {
            throw PyErr.typeError("cannot delete __dict__");
        }
        if (!(value instanceof PyDict d)) {
            throw PyErr.typeError("__dict__ must be set to a dictionary, not a '" + value.type().getName() + "'");
        }
        ((HasDict) obj).setDict(d);
    }

    /** The first weak reference to OBJ or None (what a weaklist member reads: the list's head). */
    public static PyObject firstWeakref(PyObject obj) {
        return SubtypeDescrs.firstWeakref.apply(obj);
    }
}
