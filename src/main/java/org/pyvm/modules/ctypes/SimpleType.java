package org.pyvm.modules.ctypes;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.CRecursion;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyClassMethod;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The metaclass PyCSimpleType (c_int, c_char_p ...: _type_ codes, from_param, the
 * byte-swapped twins) and _SimpleCData, the base of the simple types (value, repr, bool).
 * Compare CPython 3.12 _ctypes.c: PyCSimpleType_new, PyCSimpleType_from_param,
 * c_char_p_from_param, c_wchar_p_from_param, c_void_p_from_param, Simple_Type.
 */
final class SimpleType {

    private SimpleType() {}

    static final PyType META = Types.finish(Types.builtin("_ctypes", "PyCSimpleType", PyType.class, CDataType.class,
        PyType.TYPE)).alsoExposedBy(SimpleType.class);

    static final PyType SIMPLE = Types.finish(Types.builtin("_ctypes", "_SimpleCData", CDataObject.class,
        Simple.class, CDataObject.TYPE)).withMetatype(META);

    /** Whether TYPE is a subclass of a simple type rather than one (class MyInt(c_int)). Compare _ctypes_simple_instance. */
    static boolean isSimpleInstance(PyType type) {
        return type.type().isSubtypeOf(META) && type.getBase() != SIMPLE;
    }

    /** Compare _ctypes.c: PyCSimpleType_new. */
    @ExposedMethod
    static PyObject __new__(PyType meta, PyObject[] args, String[] kw) {
        PyType result = CDataType.typeNew(meta, args, kw);
        PyObject proto = Abstract.lookupAttr(result, "_type_");
        if (proto == null) {
            throw PyErr.attributeError("class must define a '_type_' attribute");
        }
        if (!(proto instanceof PyStr ps)) {
            throw PyErr.typeError("class must define a '_type_' string attribute");
        }
        if (ps.length() != 1) {
            throw PyErr.valueError("class must define a '_type_' attribute which must be a string of length 1");
        }
        char code = ps.value().charAt(0);
        if (Codecs.SIMPLE_TYPE_CHARS.indexOf(code) < 0) {
            throw PyErr.attributeError("class must define a '_type_' attribute which must be\na single character "
                + "string containing one of '" + Codecs.SIMPLE_TYPE_CHARS + "'.");
        }
        Codecs.Codec c = Codecs.of(code);
        if (c == null) {
            throw PyErr.valueError("_type_ '" + code + "' not supported");
        }
        StgInfo s = info(c, proto, false);
        StgInfo.put(result, s);
        if (result.getBase() == SIMPLE) {
            String fp = switch (code) {
                case 'z' -> "c_char_p_from_param";
                case 'Z' -> "c_wchar_p_from_param";
                case 'P' -> "c_void_p_from_param";
                default -> null;
            };
            if (code == 'z' || code == 'Z' || code == 'P' || code == 's' || code == 'X' || code == 'O') {
                s.flags |= StgInfo.TYPEFLAG_ISPOINTER;
            }
            if (fp != null) {
                result.setAttr(PyStr.intern("from_param"), new PyClassMethod(Abstract.getAttr(CtypesModule.internals(),
                    fp)));
            }
        }
        Codecs.Codec sw = c.swapped();
        if (meta == META && sw != null) {
            PyObject[] a = args.clone();
            a[0] = PyStr.of(a[0].toString() + "_be");
            PyType swapped = CDataType.typeNew(meta, a, kw);
            StgInfo ss = info(sw, proto, true);
            StgInfo.put(swapped, ss);
            result.setAttr(PyStr.intern("__ctype_be__"), swapped);
            swapped.setAttr(PyStr.intern("__ctype_be__"), swapped);
            swapped.setAttr(PyStr.intern("__ctype_le__"), result);
            result.setAttr(PyStr.intern("__ctype_le__"), result);
        }
        return result;
    }

    private static StgInfo info(Codecs.Codec c, PyObject proto, boolean bigEndian) {
        StgInfo s = new StgInfo(StgInfo.Kind.SIMPLE);
        s.size = c.size;
        s.align = c.align;
        s.length = 0;
        s.codec = c;
        s.proto = proto;
        s.layout = c.layout;
        char f = c.code == 'l' ? 'q' : c.code == 'L' ? 'Q' : c.code;
        s.format = (bigEndian ? ">" : "<") + f;
        return s;
    }

    /** A CArgObject holding VALUE converted by the codec of CODE. */
    static CArgObject carg(char code, PyObject value) {
        Codecs.Codec c = Codecs.of(code);
        CArgObject a = new CArgObject(code, c.layout == null ? JAVA_LONG : c.layout);
        a.obj = c.set(a.value, 0, value, 0);
        return a;
    }

    /** Compare _ctypes.c: PyCSimpleType_from_param. */
    @ExposedMethod
    static PyObject from_param(PyObject type, PyObject value) {
        if (Abstract.isInstance(value, type)) {
            return value;
        }
        StgInfo s = StgInfo.of(type);
        if (s == null) {
            throw PyErr.typeError("abstract class");
        }
        char code = s.proto.toString().charAt(0);
        try {
            return carg(code, value);
        } catch (PyBaseException e) {
            PyObject asParam = Abstract.lookupAttr(value, "_as_parameter_");
            if (asParam != null) {
                CRecursion c = CallProc.enterAsParameter();
                try {
                    return from_param(type, asParam);
                } finally {
                    CRecursion.leave(c);
                }
            }
            throw e;
        }
    }

    /** Compare _ctypes.c: c_wchar_p_from_param. */
    static PyObject wcharPFromParam(PyObject type, PyObject value) {
        return charPFromParam(type, value, 'Z', 'u');
    }

    /** Compare _ctypes.c: c_char_p_from_param. */
    static PyObject charPFromParam(PyObject type, PyObject value) {
        return charPFromParam(type, value, 'z', 'c');
    }

    private static PyObject charPFromParam(PyObject type, PyObject value, char tag, char item) {
        if (value == PyNone.NONE) {
            return PyNone.NONE;
        }
        if (tag == 'z' ? value instanceof PyBytes : value instanceof PyStr) {
            return carg(tag, value);
        }
        if (Abstract.isInstance(value, type)) {
            return value;
        }
        StgInfo vs = StgInfo.ofInstance(value);
        if (vs != null && (vs.kind == StgInfo.Kind.ARRAY || vs.kind == StgInfo.Kind.POINTER)) {
            StgInfo d = vs.proto == null ? null : StgInfo.of(vs.proto);
            if (d != null && d.codec != null && d.codec.code == item) {
                return value;
            }
        }
        if (value instanceof CArgObject a && a.obj != null) {
            StgInfo d = StgInfo.ofInstance(a.obj);
            if (d != null && d.codec != null && d.codec.code == item) {
                return value;
            }
        }
        PyObject asParam = Abstract.lookupAttr(value, "_as_parameter_");
        if (asParam != null) {
            CRecursion c = CallProc.enterAsParameter();
            try {
                return charPFromParam(type, asParam, tag, item);
            } finally {
                CRecursion.leave(c);
            }
        }
        throw PyErr.typeError("wrong type");
    }

    /** Compare _ctypes.c: c_void_p_from_param. */
    static PyObject voidPFromParam(PyObject type, PyObject value) {
        if (value == PyNone.NONE) {
            return PyNone.NONE;
        }
        if (value instanceof PyInt) {
            return carg('P', value);
        }
        if (value instanceof PyBytes) {
            return carg('z', value);
        }
        if (value instanceof PyStr) {
            return carg('Z', value);
        }
        if (Abstract.isInstance(value, type)) {
            return value;
        }
        StgInfo vs = StgInfo.ofInstance(value);
        if (vs != null && (vs.kind == StgInfo.Kind.ARRAY || vs.kind == StgInfo.Kind.POINTER)) {
            return value;
        }
        if (value instanceof CArgObject a && a.tag == 'P') {
            return value;
        }
        if (value instanceof FuncPtrObject f) {
            return CArgObject.pointer(f.mem.get(JAVA_LONG, 0), value);
        }
        if (vs != null && value instanceof CDataObject c && vs.kind == StgInfo.Kind.SIMPLE && vs.proto instanceof PyStr p
            && (p.value().equals("z") || p.value().equals("Z"))) {
            CArgObject a = CArgObject.pointer(c.mem.get(JAVA_LONG, 0), value);
            a.tag = 'Z';
            return a;
        }
        PyObject asParam = Abstract.lookupAttr(value, "_as_parameter_");
        if (asParam != null) {
            CRecursion c = CallProc.enterAsParameter();
            try {
                return voidPFromParam(type, asParam);
            } finally {
                CRecursion.leave(c);
            }
        }
        throw PyErr.typeError("wrong type");
    }

    // ---- _SimpleCData

    /** The methods of _SimpleCData. Compare _ctypes.c: Simple_methods, Simple_getsets. */
    static final class Simple {
        private Simple() {}

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            return CDataObject.create(cls);
        }

        /** Compare _ctypes.c: Simple_init. */
        @ExposedMethod
        static void __init__(PyObject self, PyObject[] args, String[] kw) {
            int n = args.length - (kw == null ? 0 : kw.length);
            if (n > 1) {
                throw PyErr.typeError("__init__ expected at most 1 argument, got " + n);
            }
            if (n == 1) {
                setValue(self, args[0]);
            }
        }

        @ExposedGetter(setter = "setValue")
        static PyObject value(PyObject self) {
            CDataObject c = (CDataObject) self;
            StgInfo s = StgInfo.ofInstance(self);
            return s.codec.get(c.mem, 0, (int) c.size);
        }

        /** Compare _ctypes.c: Simple_set_value. */
        static void setValue(PyObject self, PyObject value) {
            if (value == null) {
                throw PyErr.typeError("can't delete attribute");
            }
            CDataObject c = (CDataObject) self;
            StgInfo s = StgInfo.ofInstance(self);
            PyObject keep = s.codec.set(c.mem, 0, value, (int) s.size);
            c.keepRef(0, keep);
        }

        @ExposedMethod
        static boolean __bool__(PyObject self) {
            CDataObject c = (CDataObject) self;
            for (long i = 0; i < c.size; i++) {
                if (c.mem.get(JAVA_BYTE, i) != 0) {
                    return true;
                }
            }
            return false;
        }

        /** Compare _ctypes.c: Simple_repr. */
        @ExposedMethod
        static PyObject __repr__(PyObject self) {
            PyType t = self.type();
            if (t.getBase() != SIMPLE) {
                return PyStr.of("<" + t.getName() + " object at 0x" + Abstract.idHex(self) + ">");
            }
            return PyStr.of(Types.shortName(t) + "(" + Abstract.repr(value(self)) + ")");
        }

        /** Compare _ctypes.c: Simple_from_outparm. */
        @ExposedMethod
        static PyObject __ctypes_from_outparam__(PyObject self) {
            if (isSimpleInstance(self.type())) {
                return self;
            }
            return value(self);
        }
    }
}
