package org.pyvm.modules.ctypes;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;

import java.lang.foreign.MemorySegment;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyGenericAlias;
import org.pyvm.runtime.PyGetSetDescr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PySlice;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The metaclass PyCArrayType and the class Array: fixed-length arrays of a ctypes type,
 * indexed and sliced (char and wchar_t arrays as bytes and str, with value and raw).
 * Compare CPython 3.12 _ctypes.c: PyCArrayType_new, Array_init, Array_item,
 * Array_subscript, Array_ass_item, Array_ass_subscript, CharArray_getsets,
 * WCharArray_getsets, PyCArrayType_from_ctype.
 */
final class ArrayType {

    private ArrayType() {}

    static final PyType META = Types.finish(Types.builtin("_ctypes", "PyCArrayType", PyType.class, CDataType.class,
        PyType.TYPE)).alsoExposedBy(Meta.class);
    static final PyType ARRAY = Types.finish(Types.builtin("_ctypes", "Array", CDataObject.class, Instance.class,
        CDataObject.TYPE)).withMetatype(META).collection(PyType.SEQUENCE);

    static final class Meta {
        private Meta() {}

        /** Compare _ctypes.c: PyCArrayType_new. */
        @ExposedMethod
        static PyObject __new__(PyType meta, PyObject[] args, String[] kw) {
            PyType type = CDataType.typeNew(meta, args, kw);
            PyObject lengthAttr = Abstract.lookupAttr(type, "_length_");
            if (lengthAttr == null) {
                throw PyErr.attributeError("class must define a '_length_' attribute");
            }
            if (!(lengthAttr instanceof PyInt li)) {
                throw PyErr.typeError("The '_length_' attribute must be an integer");
            }
            if (li.signum() < 0) {
                throw PyErr.valueError("The '_length_' attribute must not be negative");
            }
            if (li.isBig()) {
                throw PyErr.overflowError("The '_length_' attribute is too large");
            }
            long length = li.longValue();
            PyObject typeAttr = Abstract.lookupAttr(type, "_type_");
            if (typeAttr == null) {
                throw PyErr.attributeError("class must define a '_type_' attribute");
            }
            StgInfo item = StgInfo.of(typeAttr);
            if (item == null) {
                throw PyErr.typeError("_type_ must have storage info");
            }
            StgInfo s = new StgInfo(StgInfo.Kind.ARRAY);
            s.format = item.format;
            long[] shape = new long[(item.shape == null ? 0 : item.shape.length) + 1];
            shape[0] = length;
            if (item.shape != null) {
                System.arraycopy(item.shape, 0, shape, 1, item.shape.length);
            }
            s.shape = shape;
            if (item.size != 0 && length > Long.MAX_VALUE / item.size) {
                throw PyErr.overflowError("array too large");
            }
            if ((item.flags & (StgInfo.TYPEFLAG_ISPOINTER | StgInfo.TYPEFLAG_HASPOINTER)) != 0) {
                s.flags |= StgInfo.TYPEFLAG_HASPOINTER;
            }
            s.size = item.size * length;
            s.align = item.align;
            s.length = length;
            s.proto = typeAttr;
            s.layout = java.lang.foreign.ValueLayout.JAVA_LONG;
            StgInfo.put(type, s);
            if (item.codec != null && item.codec.code == 'c') {
                type.setAttr(PyStr.intern("value"), PyGetSetDescr.of("value", type, ArrayType::charValue,
                    ArrayType::setCharValue));
                type.setAttr(PyStr.intern("raw"), PyGetSetDescr.of("raw", type, ArrayType::charRaw,
                    ArrayType::setCharRaw));
            } else if (item.codec != null && item.codec.code == 'u') {
                type.setAttr(PyStr.intern("value"), PyGetSetDescr.of("value", type, ArrayType::wcharValue,
                    ArrayType::setWcharValue));
            }
            return type;
        }
    }

    // ---- char and wchar_t arrays (CharArray_getsets, WCharArray_getsets)

    private static PyObject charValue(PyObject self) {
        CDataObject c = (CDataObject) self;
        int n = 0;
        while (n < c.size && c.mem.get(JAVA_BYTE, n) != 0) {
            n++;
        }
        byte[] b = new byte[n];
        MemorySegment.copy(c.mem, JAVA_BYTE, 0, b, 0, n);
        return new PyBytes(b);
    }

    private static void setCharValue(PyObject self, PyObject value) {
        if (value == null) {
            throw PyErr.typeError("can't delete attribute");
        }
        if (!(value instanceof PyBytes b)) {
            throw PyErr.typeError("bytes expected instead of " + value.type().getName() + " instance");
        }
        CDataObject c = (CDataObject) self;
        byte[] data = b.bytes();
        if (data.length > c.size) {
            throw PyErr.valueError("byte string too long");
        }
        MemorySegment.copy(data, 0, c.mem, JAVA_BYTE, 0, data.length);
        if (data.length < c.size) {
            c.mem.set(JAVA_BYTE, data.length, (byte) 0);
        }
    }

    private static PyObject charRaw(PyObject self) {
        return new PyBytes(((CDataObject) self).mem.toArray(JAVA_BYTE));
    }

    private static void setCharRaw(PyObject self, PyObject value) {
        if (value == null) {
            throw PyErr.attributeError("cannot delete attribute");
        }
        byte[] data = CDataType.bufferBytes(value, "raw");
        CDataObject c = (CDataObject) self;
        if (data.length > c.size) {
            throw PyErr.valueError("byte string too long");
        }
        MemorySegment.copy(data, 0, c.mem, JAVA_BYTE, 0, data.length);
    }

    private static PyObject wcharValue(PyObject self) {
        CDataObject c = (CDataObject) self;
        long max = c.size / 4;
        long n = 0;
        while (n < max && c.mem.get(JAVA_INT_UNALIGNED, 4 * n) != 0) {
            n++;
        }
        return Codecs.wstringAt(c.address(), n);
    }

    private static void setWcharValue(PyObject self, PyObject value) {
        if (value == null) {
            throw PyErr.typeError("can't delete attribute");
        }
        if (!(value instanceof PyStr s)) {
            throw PyErr.typeError("unicode string expected instead of " + value.type().getName() + " instance");
        }
        CDataObject c = (CDataObject) self;
        int len = s.length();
        if (len > c.size / 4) {
            throw PyErr.valueError("string too long");
        }
        for (int i = 0; i < len; i++) {
            c.mem.set(JAVA_INT_UNALIGNED, 4L * i, s.codePointAt(i));
        }
        if (len < c.size / 4) {
            c.mem.set(JAVA_INT_UNALIGNED, 4L * len, 0);
        }
    }

    // ---- the array type of an item type and length

    private static final Map<PyType, Map<Long, WeakReference<PyType>>> CACHE = new WeakHashMap<>();

    /** ITEMTYPE * LENGTH. Compare _ctypes.c: PyCArrayType_from_ctype. */
    static synchronized PyType fromCtype(PyType itemtype, long length) {
        Map<Long, WeakReference<PyType>> m = CACHE.computeIfAbsent(itemtype, k -> new HashMap<>());
        WeakReference<PyType> r = m.get(length);
        PyType t = r == null ? null : r.get();
        if (t != null) {
            return t;
        }
        PyDict ns = new PyDict();
        ns.setStr("_length_", PyInt.of(length));
        ns.setStr("_type_", itemtype);
        t = (PyType) Abstract.call(META, PyStr.of(itemtype.getName() + "_Array_" + length), PyTuple.of(ARRAY), ns);
        m.put(length, new WeakReference<>(t));
        return t;
    }

    // ---- Array

    static final class Instance {
        private Instance() {}

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            return CDataObject.create(cls);
        }

        /** Compare _ctypes.c: Array_init. */
        @ExposedMethod
        static void __init__(PyObject self, PyObject[] args, String[] kw) {
            int n = args.length - (kw == null ? 0 : kw.length);
            for (int i = 0; i < n; i++) {
                setItem(self, i, args[i]);
            }
        }

        @ExposedMethod
        static long __len__(PyObject self) {
            return ((CDataObject) self).length;
        }

        @ExposedMethod
        static PyObject __getitem__(PyObject self, PyObject item) {
            CDataObject c = (CDataObject) self;
            if (Abstract.hasIndex(item)) {
                long i = index(item);
                if (i < 0) {
                    i += c.length;
                }
                return getItem(c, i);
            }
            if (item instanceof PySlice sl) {
                long[] ix = sl.indices(c.length);
                long start = ix[0], step = ix[2], len = ix[3];
                StgInfo s = StgInfo.ofInstance(self);
                StgInfo itemInfo = StgInfo.of(s.proto);
                char code = itemInfo.codec != null && itemInfo.kind == StgInfo.Kind.SIMPLE ? itemInfo.codec.code : 0;
                if (code == 'c') {
                    byte[] out = new byte[(int) Math.max(len, 0)];
                    for (int k = 0; k < len; k++) {
                        out[k] = c.mem.get(JAVA_BYTE, start + k * step);
                    }
                    return new PyBytes(out);
                }
                if (code == 'u') {
                    StringBuilder sb = new StringBuilder();
                    for (long k = 0; k < len; k++) {
                        sb.append(Codecs.wcharStr(c.mem.get(JAVA_INT_UNALIGNED, 4 * (start + k * step))).value());
                    }
                    return PyStr.of(sb.toString());
                }
                PyList out = new PyList();
                for (long k = 0; k < len; k++) {
                    out.append(getItem(c, start + k * step));
                }
                return out;
            }
            throw PyErr.typeError("indices must be integers");
        }

        @ExposedMethod
        static void __setitem__(PyObject self, PyObject item, PyObject value) {
            CDataObject c = (CDataObject) self;
            if (Abstract.hasIndex(item)) {
                long i = index(item);
                if (i < 0) {
                    i += c.length;
                }
                setItem(self, i, value);
                return;
            }
            if (item instanceof PySlice sl) {
                long[] ix = sl.indices(c.length);
                long start = ix[0], step = ix[2], len = ix[3];
                long other = Abstract.len(value);
                if (other != len) {
                    throw PyErr.valueError("Can only assign sequence of same size");
                }
                for (long k = 0; k < len; k++) {
                    setItem(self, start + k * step, Abstract.getItem(value, PyInt.of(k)));
                }
                return;
            }
            throw PyErr.typeError("indices must be integer");
        }

        @ExposedMethod
        static void __delitem__(PyObject self, PyObject item) {
            throw PyErr.typeError("Array does not support item deletion");
        }

        @ExposedMethod(classMethod = true)
        static PyObject __class_getitem__(PyObject cls, PyObject item) {
            return PyGenericAlias.classGetItem(cls, item);
        }
    }

    private static long index(PyObject item) {
        PyInt i = Abstract.index(item);
        if (i.isBig()) {
            throw PyErr.of(PyExc.IndexError, "cannot fit 'int' into an index-sized integer");
        }
        return i.longValue();
    }

    /** Compare _ctypes.c: Array_item. */
    static PyObject getItem(CDataObject c, long index) {
        if (index < 0 || index >= c.length) {
            throw PyErr.indexError("invalid index");
        }
        StgInfo s = StgInfo.ofInstance(c);
        long size = s.size / s.length;
        return CDataObject.get(s.proto, null, c, index, (int) size, c.mem.asSlice(index * size));
    }

    /** Compare _ctypes.c: Array_ass_item. */
    static void setItem(PyObject self, long index, PyObject value) {
        CDataObject c = (CDataObject) self;
        StgInfo s = StgInfo.ofInstance(c);
        if (index < 0 || index >= s.length) {
            throw PyErr.indexError("invalid index");
        }
        long size = s.size / s.length;
        CDataObject.set(c, s.proto, null, value, index, (int) size, c.mem.asSlice(index * size));
    }
}
