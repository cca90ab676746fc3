package org.pyvm.modules.ctypes;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PySlice;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The metaclass PyCPointerType and the class _Pointer: typed pointers with contents,
 * indexing and slicing; POINTER() and pointer(). Compare CPython 3.12 _ctypes.c:
 * PyCPointerType_new, PyCPointerType_SetProto, PyCPointerType_set_type,
 * PyCPointerType_from_param, Pointer_new, Pointer_init, Pointer_get_contents,
 * Pointer_set_contents, Pointer_item, Pointer_ass_item, Pointer_subscript; callproc.c:
 * POINTER, pointer.
 */
final class PointerType {

    private PointerType() {}

    static final PyType META = Types.finish(Types.builtin("_ctypes", "PyCPointerType", PyType.class, CDataType.class,
        PyType.TYPE)).alsoExposedBy(Meta.class);
    static final PyType POINTER = Types.finish(Types.builtin("_ctypes", "_Pointer", CDataObject.class, Instance.class,
        CDataObject.TYPE)).withMetatype(META);

    /** _ctypes._pointer_type_cache (a new one for each run of the runtime in this JVM). */
    static PyDict CACHE = new PyDict();

    private static void setProto(StgInfo s, PyObject proto) {
        if (!(proto instanceof PyType)) {
            throw PyErr.typeError("_type_ must be a type");
        }
        StgInfo p = StgInfo.of(proto);
        if (p == null) {
            throw PyErr.typeError("_type_ must have storage info");
        }
        s.proto = proto;
        String cur = p.format != null ? p.format : "B";
        s.format = p.shape != null ? "&" + StructType.shapePrefix(p.shape) + cur : "&" + cur;
    }

    static final class Meta {
        private Meta() {}

        /** Compare _ctypes.c: PyCPointerType_new. */
        @ExposedMethod
        static PyObject __new__(PyType meta, PyObject[] args, String[] kw) {
            StgInfo s = new StgInfo(StgInfo.Kind.POINTER);
            s.size = 8;
            s.align = 8;
            s.length = 1;
            s.layout = JAVA_LONG;
            s.flags |= StgInfo.TYPEFLAG_ISPOINTER;
            int npos = args.length - (kw == null ? 0 : kw.length);
            PyObject proto = npos == 3 && args[2] instanceof PyDict ns ? ns.getStr("_type_") : null;
            if (proto != null) {
                setProto(s, proto);
            }
            PyType result = CDataType.typeNew(meta, args, kw);
            StgInfo.put(result, s);
            return result;
        }

        /** Compare _ctypes.c: PyCPointerType_set_type. */
        @ExposedMethod
        static PyObject set_type(PyObject self, PyObject type) {
            StgInfo s = StgInfo.of(self);
            if (s == null) {
                throw PyErr.typeError("abstract class");
            }
            setProto(s, type);
            ((PyType) self).setAttr(PyStr.intern("_type_"), type);
            return PyNone.NONE;
        }

        /** Compare _ctypes.c: PyCPointerType_from_param. */
        @ExposedMethod
        static PyObject from_param(PyObject type, PyObject value) {
            if (value == PyNone.NONE) {
                return value;
            }
            StgInfo s = StgInfo.of(type);
            if (s == null) {
                throw PyErr.typeError("abstract class");
            }
            if (s.proto != null && Abstract.isInstance(value, s.proto)) {
                return CtypesModule.byrefOf((CDataObject) value, 0);
            }
            StgInfo v = StgInfo.ofInstance(value);
            if (v != null && (v.kind == StgInfo.Kind.POINTER || v.kind == StgInfo.Kind.ARRAY) && v.proto != null
                && s.proto != null && Abstract.isSubclass(v.proto, s.proto)) {
                return value;
            }
            return CDataType.from_param(type, value);
        }
    }

    static final class Instance {
        private Instance() {}

        /** Compare _ctypes.c: Pointer_new. */
        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            StgInfo s = StgInfo.of(cls);
            if (s == null || s.proto == null) {
                throw PyErr.typeError("Cannot create instance: has no _type_");
            }
            return CDataObject.create(cls);
        }

        /** Compare _ctypes.c: Pointer_init. */
        @ExposedMethod
        static void __init__(PyObject self, PyObject[] args, String[] kw) {
            int n = args.length - (kw == null ? 0 : kw.length);
            if (n > 1) {
                throw PyErr.typeError("POINTER expected at most 1 argument, got " + n);
            }
            if (n == 1) {
                setContents(self, args[0]);
            }
        }

        @ExposedGetter(setter = "setContents")
        static PyObject contents(PyObject self) {
            CDataObject c = (CDataObject) self;
            long p = c.mem.get(JAVA_LONG, 0);
            if (p == 0) {
                throw PyErr.valueError("NULL pointer access");
            }
            StgInfo s = StgInfo.ofInstance(self);
            return CDataObject.fromBase((PyType) s.proto, c, 0, Native.at(p, 0));
        }

        /** Compare _ctypes.c: Pointer_set_contents. */
        static void setContents(PyObject self, PyObject value) {
            if (value == null) {
                throw PyErr.typeError("Pointer does not support item deletion");
            }
            StgInfo s = StgInfo.ofInstance(self);
            // Only a value that is no ctypes instance is checked against the target type.
            if (!(value instanceof CDataObject dst)) {
                throw PyErr.typeError("expected " + ((PyType) s.proto).getName() + " instead of "
                    + value.type().getName());
            }
            CDataObject c = (CDataObject) self;
            c.mem.set(JAVA_LONG, 0, dst.address());
            c.keepRef(1, value);
            c.keepRef(0, dst.keptObjects());
        }

        @ExposedMethod
        static boolean __bool__(PyObject self) {
            return ((CDataObject) self).mem.get(JAVA_LONG, 0) != 0;
        }

        /** Compare _ctypes.c: Pointer_subscript. */
        @ExposedMethod
        static PyObject __getitem__(PyObject self, PyObject item) {
            if (Abstract.hasIndex(item)) {
                return getItem((CDataObject) self, Abstract.index(item).longValue());
            }
            if (!(item instanceof PySlice sl)) {
                throw PyErr.typeError("Pointer indices must be integer");
            }
            long step;
            if (sl.step == PyNone.NONE) {
                step = 1;
            } else {
                step = asSsize(sl.step);
                if (step == 0) {
                    throw PyErr.valueError("slice step cannot be zero");
                }
            }
            long start;
            if (sl.start == PyNone.NONE) {
                if (step < 0) {
                    throw PyErr.valueError("slice start is required for step < 0");
                }
                start = 0;
            } else {
                start = asSsize(sl.start);
            }
            if (sl.stop == PyNone.NONE) {
                throw PyErr.valueError("slice stop is required");
            }
            long stop = asSsize(sl.stop);
            long len;
            if ((step > 0 && start > stop) || (step < 0 && start < stop)) {
                len = 0;
            } else if (step > 0) {
                len = (stop - start - 1) / step + 1;
            } else {
                len = (stop - start + 1) / step + 1;
            }
            CDataObject c = (CDataObject) self;
            StgInfo s = StgInfo.ofInstance(self);
            StgInfo item2 = StgInfo.of(s.proto);
            char code = item2.kind == StgInfo.Kind.SIMPLE && item2.codec != null ? item2.codec.code : 0;
            long ptr = c.mem.get(JAVA_LONG, 0);
            if (code == 'c') {
                byte[] out = new byte[(int) Math.max(len, 0)];
                for (int i = 0; i < len; i++) {
                    out[i] = Native.at(ptr + start + i * step, 1).get(JAVA_BYTE, 0);
                }
                return new PyBytes(out);
            }
            if (code == 'u') {
                StringBuilder sb = new StringBuilder();
                for (long i = 0; i < len; i++) {
                    sb.append(Codecs.wcharStr(Native.at(ptr + 4 * (start + i * step), 4).get(JAVA_INT_UNALIGNED, 0))
                        .value());
                }
                return PyStr.of(sb.toString());
            }
            PyList out = new PyList();
            for (long i = 0; i < len; i++) {
                out.append(getItem(c, start + i * step));
            }
            return out;
        }

        @ExposedMethod
        static void __setitem__(PyObject self, PyObject item, PyObject value) {
            CDataObject c = (CDataObject) self;
            if (value == null) {
                throw PyErr.typeError("Pointer does not support item deletion");
            }
            long p = c.mem.get(JAVA_LONG, 0);
            if (p == 0) {
                throw PyErr.valueError("NULL pointer access");
            }
            long index = Abstract.index(item).longValue();
            StgInfo s = StgInfo.ofInstance(self);
            StgInfo itemInfo = StgInfo.of(s.proto);
            long size = itemInfo.size;
            CDataObject.set(c, s.proto, null, value, index, (int) size, Native.at(p + index * size, size));
        }

        @ExposedMethod
        static void __delitem__(PyObject self, PyObject item) {
            throw PyErr.typeError("Pointer does not support item deletion");
        }
    }

    private static long asSsize(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.isBig()) {
            throw PyErr.of(PyExc.ValueError, "cannot fit 'int' into an index-sized integer");
        }
        return i.longValue();
    }

    /** Compare _ctypes.c: Pointer_item. */
    static PyObject getItem(CDataObject c, long index) {
        long p = c.mem.get(JAVA_LONG, 0);
        if (p == 0) {
            throw PyErr.valueError("NULL pointer access");
        }
        StgInfo s = StgInfo.ofInstance(c);
        StgInfo itemInfo = StgInfo.of(s.proto);
        long size = itemInfo.size;
        return CDataObject.get(s.proto, null, c, index, (int) size, Native.at(p + index * size, size));
    }

    /** POINTER(cls). Compare callproc.c: POINTER. */
    static PyObject pointerType(PyObject cls) {
        PyObject r = CACHE.get(cls);
        if (r != null) {
            return r;
        }
        PyObject result;
        PyObject key;
        if (cls instanceof PyStr s && cls.getClass() == PyStr.class) {
            result = Abstract.call(META, PyStr.of("LP_" + s.value()), PyTuple.of(POINTER), new PyDict());
            key = PyInt.of(Abstract.id(result));
        } else if (cls instanceof PyType t) {
            PyDict ns = new PyDict();
            ns.setStr("_type_", t);
            result = Abstract.call(META, PyStr.of("LP_" + t.getName()), PyTuple.of(POINTER), ns);
            key = cls;
        } else {
            throw PyErr.typeError("must be a ctypes type");
        }
        CACHE.setItem(key, result);
        return result;
    }
}
