package org.pyvm.modules.ctypes;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import java.lang.foreign.MemorySegment;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.CRecursion;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyMemoryView;
import org.pyvm.runtime.PyNotImplemented;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The methods every ctypes metaclass gives its classes (c_int.from_address(...), c_int * 3):
 * from_address, from_buffer, from_buffer_copy, in_dll, from_param, and repetition into an
 * array type; and the call of type.__new__ the metaclasses start with. Compare CPython 3.12
 * _ctypes.c: CDataType_methods, CDataType_as_sequence.
 */
final class CDataType {

    private CDataType() {}

    private static PyObject typeNew;

    /** type.__new__(META, *ARGS, **KW): the class itself, before the metaclass adds its layout. */
    static PyType typeNew(PyType meta, PyObject[] args, String[] kw) {
        if (typeNew == null) {
            typeNew = Abstract.getAttr(PyType.TYPE, "__new__");
        }
        PyObject[] a = new PyObject[args.length + 1];
        a[0] = meta;
        System.arraycopy(args, 0, a, 1, args.length);
        PyObject r = Abstract.call(typeNew, a, kw);
        if (!(r instanceof PyType t)) {
            throw PyErr.typeError("type.__new__ did not return a type");
        }
        return t;
    }

    /** Compare _ctypes.c: CDataType_from_address. */
    @ExposedMethod
    static PyObject from_address(PyObject type, PyObject value) {
        if (!(value instanceof PyInt i)) {
            throw PyErr.typeError("integer expected");
        }
        long addr = i.isBig() ? i.bigValue().longValue() : i.longValue();
        StgInfo s = StgInfo.of(type);
        if (s != null && s.size > 0 && !Native.mapped(addr, s.size)) {
            throw PyErr.valueError("pyvm: no native memory at address 0x" + Long.toHexString(addr)
                + " (only addresses of C objects can be read)");
        }
        return CDataObject.atAddress((PyType) type, addr);
    }

    /** Compare _ctypes.c: CDataType_from_buffer. */
    @ExposedMethod(min = 1)
    static PyObject from_buffer(PyObject type, PyObject obj, PyObject offsetArg) {
        StgInfo s = StgInfo.of(type);
        if (s == null) {
            throw PyErr.typeError("abstract class");
        }
        long offset = offsetArg == null ? 0 : Abstract.index(offsetArg).longValue();
        if (!(obj instanceof CDataObject src)) {
            PyObject r = fromSharedMap(type, s, obj, offset);
            if (r != null) {
                return r;
            }
            PyMemoryView mv = PyMemoryView.fromObject(obj);
            if (mv == null) {
                throw PyErr.typeError("memoryview: a bytes-like object is required, not '" + obj.type().getName() + "'");
            }
            try {
                if (Abstract.isTrue(Abstract.getAttr(mv, "readonly"))) {
                    throw PyErr.typeError("underlying buffer is not writable");
                }
                // CPython's checks come before anything is shared, so they are made here too.
                if (!Abstract.isTrue(Abstract.getAttr(mv, "c_contiguous"))) {
                    throw PyErr.typeError("underlying buffer is not C contiguous");
                }
                if (offset < 0) {
                    throw PyErr.valueError("offset cannot be negative");
                }
                long len = Abstract.index(Abstract.getAttr(mv, "nbytes")).longValue();
                if (s.size > len - offset) {
                    throw PyErr.valueError("Buffer size too small (" + len + " instead of at least "
                        + (s.size + offset) + " bytes)");
                }
            } finally {
                Abstract.call(Abstract.getAttr(mv, "release"));
            }
            throw PyErr.notSupported("from_buffer() of an object whose memory is not native (only ctypes instances)");
        }
        if (offset < 0) {
            throw PyErr.valueError("offset cannot be negative");
        }
        if (s.size > src.size - offset) {
            throw PyErr.valueError("Buffer size too small (" + src.size + " instead of at least " + (s.size + offset)
                + " bytes)");
        }
        CDataObject r = CDataObject.atAddress((PyType) type, src.address() + offset);
        r.keepRef(-1, obj);
        return r;
    }

    /**
     * from_buffer of an mmap shared with its file, or of a contiguous byte view of one: the
     * object lives in the mapping's native memory. Null for any other buffer.
     */
    private static PyObject fromSharedMap(PyObject type, StgInfo s, PyObject obj, long offset) {
        org.pyvm.modules.mmap.MmapObject map;
        long start;
        long len;
        if (obj instanceof org.pyvm.modules.mmap.MmapObject m) {
            map = m;
            start = 0;
            len = -1;
        } else if (obj instanceof PyMemoryView v && v.storage() instanceof org.pyvm.modules.mmap.MmapObject m
            && Abstract.isTrue(Abstract.getAttr(v, "c_contiguous"))
            && !Abstract.isTrue(Abstract.getAttr(v, "readonly"))) {
            map = m;
            start = v.byteOffset();
            len = Abstract.index(Abstract.getAttr(v, "nbytes")).longValue();
        } else {
            return null;
        }
        java.lang.foreign.MemorySegment region = map.nativeRegion();
        if (region == null) {
            return null;
        }
        if (len < 0) {
            len = region.byteSize();
        }
        if (offset < 0) {
            throw PyErr.valueError("offset cannot be negative");
        }
        if (s.size > len - offset) {
            throw PyErr.valueError("Buffer size too small (" + len + " instead of at least " + (s.size + offset)
                + " bytes)");
        }
        CDataObject r = CDataObject.atAddress((PyType) type, region.address() + start + offset);
        r.keepRef(-1, obj);
        return r;
    }

    /** The bytes of a buffer (bytes, bytearray, memoryview, array, ctypes instance...). */
    static byte[] bufferBytes(PyObject obj, String fn) {
        if (obj instanceof PyBytes b) {
            return b.bytes();
        }
        if (obj instanceof CDataObject c) {
            return c.mem.toArray(JAVA_BYTE);
        }
        PyMemoryView mv = PyMemoryView.fromObject(obj);
        if (mv == null) {
            throw PyErr.typeError("a bytes-like object is required, not '" + obj.type().getName() + "'");
        }
        return ((PyBytes) Abstract.call(Abstract.getAttr(mv, "tobytes"))).bytes();
    }

    /** Compare _ctypes.c: CDataType_from_buffer_copy. */
    @ExposedMethod(min = 1)
    static PyObject from_buffer_copy(PyObject type, PyObject obj, PyObject offsetArg) {
        byte[] data = bufferBytes(obj, "from_buffer_copy");
        long offset = offsetArg == null ? 0 : Abstract.index(offsetArg).longValue();
        StgInfo s = StgInfo.of(type);
        if (s == null) {
            throw PyErr.typeError("abstract class");
        }
        if (offset < 0) {
            throw PyErr.valueError("offset cannot be negative");
        }
        if (s.size > data.length - offset) {
            throw PyErr.valueError("Buffer size too small (" + data.length + " instead of at least "
                + (s.size + offset) + " bytes)");
        }
        CDataObject r = CDataObject.create((PyType) type);
        MemorySegment.copy(data, (int) offset, r.mem, JAVA_BYTE, 0, (int) s.size);
        return r;
    }

    /** Compare _ctypes.c: CDataType_in_dll. */
    @ExposedMethod
    static PyObject in_dll(PyObject type, PyObject dll, PyObject name) {
        if (!(name instanceof PyStr n)) {
            throw PyErr.typeError("in_dll() argument 2 must be str, not " + name.type().getName());
        }
        PyObject h = Abstract.getAttr(dll, "_handle");
        if (!(h instanceof PyInt hi)) {
            throw PyErr.typeError("the _handle attribute of the second argument must be an integer");
        }
        long addr = Native.symbol(hi.isBig() ? hi.bigValue().longValue() : hi.longValue(), n.value());
        if (addr == 0) {
            String err = Native.dlerror();
            throw PyErr.valueError(err != null ? err : "symbol '" + n.value() + "' not found");
        }
        return CDataObject.atAddress((PyType) type, addr);
    }

    /** Compare _ctypes.c: CDataType_from_param. */
    @ExposedMethod
    static PyObject from_param(PyObject type, PyObject value) {
        if (Abstract.isInstance(value, type)) {
            return value;
        }
        if (value instanceof CArgObject p) {
            StgInfo s = StgInfo.of(type);
            if (s != null && p.obj != null && s.proto != null && Abstract.isInstance(p.obj, s.proto)) {
                return value;
            }
            throw PyErr.typeError("expected " + ((PyType) type).getName() + " instance instead of pointer to "
                + (p.obj != null ? p.obj.type().getName() : "???"));
        }
        PyObject asParam = Abstract.lookupAttr(value, "_as_parameter_");
        if (asParam != null) {
            CRecursion c = CallProc.enterAsParameter();
            try {
                return from_param(type, asParam);
            } finally {
                CRecursion.leave(c);
            }
        }
        throw PyErr.typeError("expected " + ((PyType) type).getName() + " instance instead of "
            + value.type().getName());
    }

    /** TYPE * N: the array type. Compare _ctypes.c: CDataType_repeat. */
    @ExposedMethod
    static PyObject __mul__(PyObject type, PyObject n) {
        if (!Abstract.hasIndex(n)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyInt i = Abstract.index(n);
        if (i.isBig()) {
            throw PyErr.overflowError("cannot fit 'int' into an index-sized integer");
        }
        if (i.longValue() < 0) {
            throw PyErr.valueError("Array length must be >= 0, not " + i.longValue());
        }
        return ArrayType.fromCtype((PyType) type, i.longValue());
    }

    @ExposedMethod
    static PyObject __rmul__(PyObject type, PyObject n) {
        return __mul__(type, n);
    }

    static PyTuple args3(PyObject name, PyObject bases, PyObject ns) {
        return PyTuple.of(name, bases, ns);
    }
}
