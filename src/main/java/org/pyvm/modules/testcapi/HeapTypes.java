package org.pyvm.modules.testcapi;

import java.util.List;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.TypeFromSpec;
import org.pyvm.runtime.TypeFromSpec.GetSet;
import org.pyvm.runtime.TypeFromSpec.Member;
import org.pyvm.runtime.TypeFromSpec.Slot;
import org.pyvm.runtime.TypeFromSpec.Spec;

/**
 * _testcapi's heap types, each made by {@link TypeFromSpec} (PyType_FromSpec and its kin)
 * from a spec with the slots, members and flags of CPython's: a doc with a signature line,
 * a NULL doc, instance dicts through a dict-offset member (positive or negative) or a
 * managed dict, weak references through a weaklist member or managed, an overridden
 * __setattr__, a buffer, metaclasses (plain, with a custom tp_new, without tp_new), and the
 * functions making types from specs at run time (pytype_fromspec_meta,
 * create_type_from_repeated_slots, make_immutable_type_with_base, make_type_with_base, the
 * self-tests test_from_spec_metatype_inheritance, test_from_spec_invalid_metatype_inheritance
 * and test_type_from_ephemeral_spec). A C struct is a Java class here (WithDict, WithWeakref,
 * Setattr, WithBuffer). Not offered: the types whose tests count references (HeapGcCType,
 * HeapCType, HeapCTypeSubclass, HeapCTypeSubclassWithFinalizer: pyvm has no reference
 * counts) and HeapCCollection (PyObject_GetItemData). Compare CPython 3.12
 * Modules/_testcapi/heaptype.c.
 */
final class HeapTypes {

    private HeapTypes() {}

    private static final long DEFAULT = TypeFromSpec.DEFAULT;
    private static final long BASETYPE = TypeFromSpec.BASETYPE;

    static void addTo(PyModule m) {
        PyDict d = m.getDict();
        d.setStr("HeapDocCType", TypeFromSpec.fromSpec(new Spec("_testcapi.HeapDocCType", DEFAULT, null, null, null,
            new Slot(TypeFromSpec.TP_DOC, "HeapDocCType(arg1, arg2)\n--\n\nsomedoc"))));
        d.setStr("NullTpDocType", TypeFromSpec.fromSpec(new Spec("_testcapi.NullTpDocType", DEFAULT, null, null, null,
            new Slot(TypeFromSpec.TP_DOC, null))));
        for (String n : new String[] {"HeapCTypeWithDict", "HeapCTypeWithDict2"}) {
            d.setStr(n, TypeFromSpec.fromSpec(new Spec("_testcapi." + n, DEFAULT | BASETYPE, WithDict.class,
                WithDict::new, null, WithDict.slots(false))));
        }
        d.setStr("HeapCTypeWithNegativeDict", TypeFromSpec.fromSpec(new Spec("_testcapi.HeapCTypeWithNegativeDict",
            DEFAULT | BASETYPE, WithDict.class, WithDict::new, null, WithDict.slots(true))));
        d.setStr("HeapCTypeWithManagedDict", TypeFromSpec.fromSpec(new Spec("_testcapi.HeapCTypeWithManagedDict",
            DEFAULT | BASETYPE | TypeFromSpec.HAVE_GC | TypeFromSpec.MANAGED_DICT, null, null, null,
            new Slot(TypeFromSpec.TP_TRAVERSE, null), new Slot(TypeFromSpec.TP_GETSET, DICT_GETSET),
            new Slot(TypeFromSpec.TP_CLEAR, null), new Slot(TypeFromSpec.TP_DEALLOC, null))));
        d.setStr("HeapCTypeWithManagedWeakref", TypeFromSpec.fromSpec(new Spec(
            "_testcapi.HeapCTypeWithManagedWeakref",
            DEFAULT | BASETYPE | TypeFromSpec.HAVE_GC | TypeFromSpec.MANAGED_WEAKREF, null, null, null,
            new Slot(TypeFromSpec.TP_TRAVERSE, null), new Slot(TypeFromSpec.TP_GETSET, DICT_GETSET),
            new Slot(TypeFromSpec.TP_DEALLOC, null))));
        for (String n : new String[] {"HeapCTypeWithWeakref", "HeapCTypeWithWeakref2"}) {
            d.setStr(n, TypeFromSpec.fromSpec(new Spec("_testcapi." + n, DEFAULT | BASETYPE, WithWeakref.class,
                WithWeakref::new, null, new Slot(TypeFromSpec.TP_MEMBERS, List.of(
                    new Member("weakreflist", TypeFromSpec::firstWeakref, WithWeakref::setList),
                    Member.offset("__weaklistoffset__"))), new Slot(TypeFromSpec.TP_DEALLOC, null))));
        }
        d.setStr("HeapCTypeSetattr", TypeFromSpec.fromSpec(new Spec("_testcapi.HeapCTypeSetattr", DEFAULT | BASETYPE,
            Setattr.class, Setattr::new, Setattr.class,
            new Slot(TypeFromSpec.TP_INIT, null),
            new Slot(TypeFromSpec.TP_MEMBERS, List.of(new Member("pvalue", o -> PyInt.of(((Setattr) o).value),
                (o, v) -> ((Setattr) o).value = cLong(v)))),
            new Slot(TypeFromSpec.TP_SETATTRO, null), new Slot(TypeFromSpec.TP_DEALLOC, null),
            new Slot(TypeFromSpec.TP_DOC, "A heap type without GC, but with overridden __setattr__.\n\n"
                + "The 'value' attribute is set to 10 in __init__ and updated via attribute setting."))));
        d.setStr("HeapCTypeWithBuffer", TypeFromSpec.fromSpec(new Spec("_testcapi.HeapCTypeWithBuffer",
            DEFAULT | BASETYPE, WithBuffer.class, WithBuffer::new, WithBuffer.class,
            new Slot(TypeFromSpec.BF_GETBUFFER, null), new Slot(TypeFromSpec.BF_RELEASEBUFFER, null),
            new Slot(TypeFromSpec.TP_DOC, "Heap type with buffer support.\n\n"
                + "The buffer is set to [b'1', b'2', b'3', b'4']"))));
        // The metaclasses: PyType_FromMetaclass(NULL, module, spec, &PyType_Type).
        d.setStr("HeapCTypeMetaclass", TypeFromSpec.fromMetaclass(null, m, new Spec("_testcapi.HeapCTypeMetaclass",
            DEFAULT, null, null, null), PyType.TYPE, false));
        d.setStr("HeapCTypeMetaclassCustomNew", TypeFromSpec.fromMetaclass(null, m, new Spec(
            "_testcapi.HeapCTypeMetaclassCustomNew", DEFAULT, null, null, CustomNew.class,
            new Slot(TypeFromSpec.TP_NEW, null)), PyType.TYPE, false));
        d.setStr("HeapCTypeMetaclassNullNew", TypeFromSpec.fromMetaclass(null, m, new Spec(
            "_testcapi.HeapCTypeMetaclassNullNew", DEFAULT | TypeFromSpec.DISALLOW_INSTANTIATION, null, null, null),
            PyType.TYPE, false));
        d.setStr("ObjExtraData", TypeFromSpec.fromSpec(new Spec("_testcapi.ObjExtraData",
            DEFAULT | BASETYPE | TypeFromSpec.HAVE_GC, ExtraData.class, ExtraData::new, ExtraData.class,
            new Slot(TypeFromSpec.TP_GETSET, List.of(new GetSet("extra", ExtraData::getExtra, ExtraData::setExtra))),
            new Slot(TypeFromSpec.TP_DEALLOC, null), new Slot(TypeFromSpec.TP_TRAVERSE, null),
            new Slot(TypeFromSpec.TP_CLEAR, null), new Slot(TypeFromSpec.TP_NEW, null))));
        m.addFunctions(HeapTypes.class);
    }

    /**
     * ObjExtraData: an object made by PyUnstable_Object_GC_NewWithExtraData with room for one
     * object pointer past its type's basicsize (a subclass's __slots__ included), read and
     * written through the "extra" getset (None while NULL; deletion clears it). Compare
     * CPython 3.12 Modules/_testcapi/heaptype.c: obj_extra_data_new, obj_extra_data_get/set.
     */
    static final class ExtraData implements PyObject, HasDict.ForSubclasses {
        private final PyType type;
        /** A subclass's __slots__ values (and its instance dict, if it has one). */
        private PyDict dict;
        /** The extra data: one PyObject*, NULL at first. */
        private PyObject extra;

        ExtraData(PyType type) {
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict getDict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }

        /** obj_extra_data_new: the object with its extra storage cleared; arguments are ignored. */
        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            return new ExtraData(cls);
        }

        private static PyObject getExtra(PyObject self) {
            PyObject v = ((ExtraData) self).extra;
            return v == null ? PyNone.NONE : v;
        }

        private static void setExtra(PyObject self, PyObject v) {
            ((ExtraData) self).extra = v;
        }
    }

    /** heapctypewithdict_getsetlist: __dict__ as PyObject_GenericGetDict/SetDict. */
    private static final List<GetSet> DICT_GETSET = List.of(
        new GetSet("__dict__", TypeFromSpec::genericGetDict, TypeFromSpec::genericSetDict));

    /** PyLong_AsLong for a Py_T_LONG member (structmember.c: PyMember_SetOne). */
    private static long cLong(PyObject v) {
        if (v == null) {
            throw PyErr.typeError("can't delete numeric/char attribute");
        }
        if (v instanceof PyFloat) {
            throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt i = Abstract.index(v);
        if (i.isBig()) {
            throw PyErr.overflowError("Python int too large to convert to C long");
        }
        return i.longValue();
    }

    /** HeapCTypeWithDictObject: PyObject_HEAD and the instance dict. */
    static final class WithDict implements PyObject, HasDict {
        private final PyType type;
        private PyDict dict = new PyDict();

        /** The dict is there from the start, as CPython 3.12's allocation of a type with a dict offset makes it. */
        WithDict(PyType type) {
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        /** PyObject_GenericGetDict: made at the dict offset when first needed. */
        @Override
        public PyDict getDict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }

        /**
         * The members: dictobj (_Py_T_OBJECT at the dict's offset: None while NULL) and
         * __dictoffset__ (offsetof the dict, or -sizeof(void*) for HeapCTypeWithNegativeDict:
         * the same field found from the end), and the __dict__ getset.
         */
        static Slot[] slots(boolean negative) {
            return new Slot[] {
                new Slot(TypeFromSpec.TP_MEMBERS, List.of(
                    new Member("dictobj", o -> {
                        PyDict v = ((WithDict) o).dict;
                        return v == null ? PyNone.NONE : v;
                    }, WithDict::setDictobj),
                    Member.offset("__dictoffset__"))),
                new Slot(TypeFromSpec.TP_GETSET, DICT_GETSET),
                new Slot(TypeFromSpec.TP_DEALLOC, null),
            };
        }

        /**
         * _Py_T_OBJECT writes any object into the field; the field is the instance dict, which
         * pyvm keeps typed, so a value other than a dict (or deletion, NULL) is refused.
         */
        private static void setDictobj(PyObject o, PyObject v) {
            if (v == null) {
                ((WithDict) o).dict = null;
            } else if (v instanceof PyDict d) {
                ((WithDict) o).dict = d;
            } else {
                throw PyErr.of(PyExc.NotImplementedError,
                    "pyvm keeps an instance dict typed: dictobj takes a dict, not '" + v.type().getName() + "'");
            }
        }
    }

    /** HeapCTypeWithWeakrefObject: the weak-reference list is pyvm's, outside the object. */
    static final class WithWeakref implements PyObject {
        private final PyType type;

        WithWeakref(PyType type) {
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        private static void setList(PyObject o, PyObject v) {
            throw PyErr.of(PyExc.NotImplementedError,
                "pyvm keeps weak references outside the object: weakreflist cannot be assigned");
        }
    }

    /** HeapCTypeSetattrObject: a C long read as pvalue, written through __setattr__ as "value". */
    static final class Setattr implements PyObject {
        private final PyType type;
        long value;

        Setattr(PyType type) {
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        /** heapctypesetattr_init. */
        @ExposedMethod
        static void __init__(Setattr self, PyObject[] args, String[] kw) {
            self.value = 10;
        }

        @ExposedMethod
        static void __setattr__(Setattr self, PyObject name, PyObject value) {
            setattro(self, name, value);
        }

        @ExposedMethod
        static void __delattr__(Setattr self, PyObject name) {
            setattro(self, name, null);
        }

        /** heapctypesetattr_setattro: "value" sets the field (int(value)), anything else is generic. */
        private static void setattro(Setattr self, PyObject name, PyObject value) {
            if (!Abstract.isTrue(org.pyvm.runtime.Ops.richCompare(PyStr.of("value"), name, org.pyvm.runtime.Ops.EQ))) {
                if (value == null) {
                    Abstract.callDescr(PyType.OBJECT.lookup("__delattr__"), self, name);
                } else {
                    Abstract.callDescr(PyType.OBJECT.lookup("__setattr__"), self, name, value);
                }
                return;
            }
            if (value == null) {
                self.value = 0;
                return;
            }
            PyObject ivalue = Abstract.call(PyInt.TYPE, value);
            self.value = cLong(ivalue);
        }
    }

    /** HeapCTypeWithBufferObject: bf_getbuffer fills the four bytes and exports them read-only. */
    static final class WithBuffer implements org.pyvm.runtime.BufferExporter {
        private final PyType type;
        private final byte[] buffer = new byte[4];
        private final org.pyvm.runtime.PyMemoryView.Exports exports = new org.pyvm.runtime.PyMemoryView.Exports();

        WithBuffer(PyType type) {
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        /** heapctypewithbuffer_getbuffer: '1234', then PyBuffer_FillInfo(readonly). */
        @Override
        public byte[] exportedArray() {
            buffer[0] = '1';
            buffer[1] = '2';
            buffer[2] = '3';
            buffer[3] = '4';
            return buffer;
        }

        @Override
        public boolean exportedReadonly() {
            return true;
        }

        @Override
        public org.pyvm.runtime.PyMemoryView.Exports exports() {
            return exports;
        }

        @ExposedMethod
        static PyObject __buffer__(WithBuffer self, PyObject flags) {
            return org.pyvm.runtime.PyMemoryView.builtinView(self,
                org.pyvm.runtime.PyMemoryView.bufferFlags(flags));
        }

        @ExposedMethod
        static void __release_buffer__(WithBuffer self, PyObject view) {
            org.pyvm.runtime.PyMemoryView.releaseBufferOf(self, view);
        }
    }

    /** HeapCTypeMetaclassCustomNew's tp_new: heap_ctype_metaclass_custom_tp_new, PyType_Type.tp_new. */
    static final class CustomNew {
        private CustomNew() {}

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            return TypeFromSpec.typeNew(cls, args, kw);
        }
    }

    /** How many of _testcapi's BasicStaticTypes have been readied (C has two, for the life of the process). */
    private static final java.util.concurrent.atomic.AtomicInteger BASIC_STATIC_USED =
        new java.util.concurrent.atomic.AtomicInteger();

    /** BasicStaticType's instances: PyObject_HEAD only. */
    static final class BasicStatic implements PyObject {
        private final PyType type;

        BasicStatic(PyType type) {
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }
    }

    /**
     * get_basic_static_type(base=None): the next of two static types "BasicStaticType",
     * readied now (PyType_Ready) with BASE as tp_base/tp_bases when given, object otherwise;
     * its metatype is type either way. Compare Modules/_testcapimodule.c: get_basic_static_type.
     */
    @ExposedMethod(min = 0)
    static PyObject get_basic_static_type(PyObject base) {
        if (BASIC_STATIC_USED.getAndIncrement() >= 2) {
            throw PyErr.runtimeError("no more available basic static types");
        }
        if (base != null && !(base instanceof PyType)) {
            throw PyErr.typeError("base must be a type");
        }
        PyType cls = base == null ? PyType.builtin("BasicStaticType", BasicStatic.class, BasicStatic.class)
            : PyType.builtin("BasicStaticType", BasicStatic.class, BasicStatic.class, (PyType) base);
        cls.getDict();   // PyType_Ready
        return cls;
    }

    /** pytype_fromspec_meta(meta): PyType_FromMetaclass(meta, NULL, HeapCTypeViaMetaclass_spec, NULL). */
    @ExposedMethod
    static PyObject pytype_fromspec_meta(PyObject meta) {
        if (!(meta instanceof PyType mt)) {
            throw PyErr.typeError("pytype_fromspec_meta: must be invoked with a type argument!");
        }
        return TypeFromSpec.fromMetaclass(mt, null, new Spec("_testcapi.HeapCTypeViaMetaclass", DEFAULT | BASETYPE,
            null, null, null), null, false);
    }

    /** create_type_from_repeated_slots(variant): a spec with two Py_tp_doc (0) or Py_tp_members (1) slots. */
    @ExposedMethod
    static PyObject create_type_from_repeated_slots(PyObject variantObj) {
        long variant = cLong(variantObj);
        if (variant == 0) {
            return TypeFromSpec.fromSpec(new Spec("RepeatedDocSlotClass", DEFAULT, null, null, null,
                new Slot(TypeFromSpec.TP_DOC, "A class used for tests\u00b7"),
                new Slot(TypeFromSpec.TP_DOC, "A class used for tests")));
        }
        if (variant == 1) {
            List<Member> members = List.of(new Member("Py_T_INT", o -> PyInt.of(0), null));
            return TypeFromSpec.fromSpec(new Spec("RepeatedMembersSlotClass", DEFAULT, null, null, null,
                new Slot(TypeFromSpec.TP_MEMBERS, members), new Slot(TypeFromSpec.TP_MEMBERS, members)));
        }
        throw PyErr.valueError("bad test variant");
    }

    /** make_immutable_type_with_base(base): ImmutableSubclass, Py_TPFLAGS_IMMUTABLETYPE, from BASE. */
    @ExposedMethod
    static PyObject make_immutable_type_with_base(PyObject base) {
        return TypeFromSpec.fromSpecWithBases(new Spec("ImmutableSubclass", DEFAULT | TypeFromSpec.IMMUTABLETYPE,
            null, null, null), base);
    }

    /** make_type_with_base(base): _testcapi.Subclass from BASE. */
    @ExposedMethod
    static PyObject make_type_with_base(PyObject base) {
        return TypeFromSpec.fromSpecWithBases(new Spec("_testcapi.Subclass", DEFAULT, null, null, null), base);
    }

    private static final Spec MINIMAL_METACLASS = new Spec("_testcapi.MinimalMetaclass", DEFAULT | BASETYPE,
        null, null, null);
    private static final Spec MINIMAL_TYPE = new Spec("_testcapi.MinimalSpecType", DEFAULT, null, null, null);

    private static PyBaseException assertion(String msg) {
        return PyErr.of(PyExc.AssertionError, msg);
    }

    /** A class made by calling METACLASS as PyObject_CallFunction(metaclass, "s(){}", NAME). */
    private static PyObject classOf(PyObject metaclass, String name) {
        return Abstract.call(metaclass, PyStr.of(name), PyTuple.EMPTY, new PyDict());
    }

    /**
     * test_from_spec_metatype_inheritance: a type made from a spec with a base whose
     * metaclass was itself made from a spec gets that metaclass, and is among the base's
     * __subclasses__().
     */
    @ExposedMethod
    static PyObject test_from_spec_metatype_inheritance() {
        PyObject metaclass = TypeFromSpec.fromSpecWithBases(MINIMAL_METACLASS, PyType.TYPE);
        PyObject cls = classOf(metaclass, "TestClass");
        PyType made = TypeFromSpec.fromSpecWithBases(MINIMAL_TYPE, cls);
        if (made.type() != metaclass) {
            throw assertion("Metaclass not set properly!");
        }
        PyObject subclasses = Abstract.call(Abstract.getAttr(cls, "__subclasses__"));
        if (!Abstract.contains(subclasses, made)) {
            throw assertion("subclasses not set properly!");
        }
        return PyNone.NONE;
    }

    /**
     * test_from_spec_invalid_metatype_inheritance: bases of two unrelated metaclasses made
     * from specs are refused with a one-argument TypeError saying "metaclass conflict:".
     */
    @ExposedMethod
    static PyObject test_from_spec_invalid_metatype_inheritance() {
        PyObject metaA = TypeFromSpec.fromSpecWithBases(MINIMAL_METACLASS, PyType.TYPE);
        PyObject metaB = TypeFromSpec.fromSpecWithBases(MINIMAL_METACLASS, PyType.TYPE);
        PyObject bases = PyTuple.of(classOf(metaA, "TestClassA"), classOf(metaB, "TestClassB"));
        try {
            TypeFromSpec.fromSpecWithBases(MINIMAL_TYPE, bases);
        } catch (PyBaseException e) {
            if (!e.type().isSubtypeOf(PyExc.TypeError)) {
                throw e;
            }
            PyTuple args = e.args;
            if (args.size() != 1) {
                throw assertion("TypeError args are not a one-tuple");
            }
            if (!Abstract.contains(args.get(0), PyStr.of("metaclass conflict:"))) {
                throw assertion("TypeError did not include expected message.");
            }
            return PyNone.NONE;
        }
        throw assertion("MetaType conflict not recognized by PyType_FromSpecWithBases");
    }

    /** simple_str, the ephemeral spec's tp_str. */
    static final class SimpleStr {
        private SimpleStr() {}

        @ExposedMethod
        static PyObject __str__(PyObject self) {
            return PyStr.of("<test>");
        }
    }

    /**
     * test_type_from_ephemeral_spec: a type made from a spec that is gone afterwards keeps
     * what it needs (its name, qualname and doc; its tp_str works on an instance).
     */
    @ExposedMethod
    static PyObject test_type_from_ephemeral_spec() {
        StringBuilder name = new StringBuilder("testcapi._Test");
        StringBuilder doc = new StringBuilder("a test class");
        Spec spec = new Spec(name.toString(), DEFAULT, null, null, SimpleStr.class,
            new Slot(TypeFromSpec.TP_STR, null), new Slot(TypeFromSpec.TP_DOC, doc.toString()));
        PyType cls = TypeFromSpec.fromSpec(spec);
        name.setLength(0);
        doc.setLength(0);
        if (!cls.getName().equals("_Test") || !cls.getQualname().equals("_Test")
            || !Abstract.getAttr(cls, "__module__").toString().equals("testcapi")
            || !Abstract.getAttr(cls, "__doc__").toString().equals("a test class")) {
            throw assertion("the type lost its name or doc");
        }
        PyObject obj = Abstract.str(Abstract.call(cls));
        if (!obj.toString().equals("<test>")) {
            throw assertion("tp_str of the type is not simple_str");
        }
        return PyNone.NONE;
    }
}
