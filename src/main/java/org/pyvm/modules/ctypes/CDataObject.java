package org.pyvm.modules.ctypes;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import java.lang.foreign.MemorySegment;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * An instance of a ctypes type: a block of native memory (owned, or inside another
 * instance's, or at a foreign address), the objects that memory must keep alive
 * (_objects), and for _CData itself the methods every instance has. Compare CPython 3.12
 * ctypes.h: CDataObject, and _ctypes.c: PyCData_Type, GenericPyCData_new, KeepRef,
 * PyCData_FromBaseObj, PyCData_AtAddress, PyCData_get, PyCData_set.
 */
class CDataObject implements PyObject, HasDict.ForSubclasses, org.pyvm.runtime.BufferExporter {

    static final PyType TYPE = Types.finish(Types.builtin("_ctypes", "_CData", CDataObject.class, CDataObject.class));

    private PyType type;
    private PyDict dict;
    /** b_ptr: the object's memory (b_size bytes). */
    MemorySegment mem;
    long size;
    /** b_needsfree: the memory belongs to this object. */
    boolean needsFree;
    /** b_base: the object whose memory this one lies in. */
    CDataObject base;
    /** b_index: the index of this object in its base (keys of _objects). */
    long index;
    /** b_length: items of an array, fields of a structure. */
    long length;
    /** b_objects: null, a dict or the one object kept. */
    PyObject objects;

    CDataObject(PyType type) {
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

    @Override
    public boolean setType(PyType t) {
        type = t;
        return true;
    }

    long address() {
        return mem.address();
    }

    // ---- the buffer protocol

    private org.pyvm.runtime.PyMemoryView.Exports exports;

    /**
     * A copy of the memory, taken afresh on each access of a memoryview, so that views read
     * what the memory holds now; pyvm's memoryview works on Java arrays, so a write into the
     * copy is put back into the native memory by {@link #exportedWritten}. Views are
     * writable, as CPython's. Compare _ctypes.c: PyCData_NewGetBuffer.
     */
    @Override
    public byte[] exportedArray() {
        return mem.toArray(JAVA_BYTE);
    }

    @Override
    public boolean exportedReadonly() {
        return false;
    }

    @Override
    public void exportedWritten(byte[] array) {
        MemorySegment.copy(array, 0, mem, JAVA_BYTE, 0, (int) Math.min(array.length, mem.byteSize()));
    }

    @Override
    public synchronized org.pyvm.runtime.PyMemoryView.Exports exports() {
        if (exports == null) {
            exports = new org.pyvm.runtime.PyMemoryView.Exports();
        }
        return exports;
    }

    @Override
    public String exportedFormat() {
        StgInfo s = StgInfo.ofInstance(this);
        return s == null || s.format == null ? "B" : s.format;
    }

    @Override
    public int exportedItemsize() {
        StgInfo s = StgInfo.ofInstance(this);
        while (s != null && s.kind == StgInfo.Kind.ARRAY && s.proto != null) {
            s = StgInfo.of(s.proto);
        }
        if (s != null && s.size == 0 && size == 0) {
            return 0; // an empty structure: itemsize 0, as CPython's item_dict->size
        }
        return s == null || s.size <= 0 || size % s.size != 0 ? 1 : (int) s.size;
    }

    /**
     * The type's PEP 3118 shape: an array's dimensions, none (a 0-dim view) for a simple,
     * structure, union or pointer instance; null (one dimension of bytes) when the memory does
     * not hold exactly that many items. Compare _ctypes.c: PyCData_NewGetBuffer.
     */
    @Override
    public int[] exportedShape() {
        StgInfo s = StgInfo.ofInstance(this);
        if (s == null) {
            return null;
        }
        long[] shape = s.shape == null ? new long[0] : s.shape;
        int[] out = new int[shape.length];
        long items = 1;
        for (int i = 0; i < shape.length; i++) {
            out[i] = (int) shape[i];
            items *= shape[i];
        }
        return items * exportedItemsize() == size ? out : null;
    }

    // ---- making instances

    /** A new instance of TYPE with zeroed memory of its own. Compare _ctypes.c: GenericPyCData_new. */
    static CDataObject create(PyType type) {
        StgInfo s = StgInfo.require(type);
        s.flags |= StgInfo.DICTFLAG_FINAL;
        CDataObject o = newObject(type, s);
        o.length = s.length;
        o.size = s.size;
        o.mem = Native.allocate(s.size, s.align);
        o.needsFree = true;
        return o;
    }

    /** Runs the __del__ of an instance of a class that has one. */
    private org.pyvm.runtime.Finalization.Trigger finalizer;

    /** The Java object for an instance of TYPE (CFuncPtr instances have a class of their own). */
    static CDataObject newObject(PyType type, StgInfo s) {
        CDataObject o = s.kind == StgInfo.Kind.FUNCPTR ? new FuncPtrObject(type) : new CDataObject(type);
        if (type.isHeapType() && org.pyvm.runtime.Finalization.wanted(type)) {
            o.finalizer = org.pyvm.runtime.Finalization.watchInstance(o);
        }
        return o;
    }

    /**
     * An instance of TYPE for the memory at AT: inside BASE (shared, at index INDEX) or,
     * without a base, a copy of it. Compare _ctypes.c: PyCData_FromBaseObj.
     */
    static CDataObject fromBase(PyType type, CDataObject base, long index, MemorySegment at) {
        StgInfo s = StgInfo.require(type);
        s.flags |= StgInfo.DICTFLAG_FINAL;
        CDataObject o = newObject(type, s);
        o.length = s.length;
        o.size = s.size;
        if (base != null) {
            o.mem = at.reinterpret(s.size);
            o.base = base;
            o.index = index;
        } else {
            o.mem = Native.allocate(s.size, s.align);
            o.needsFree = true;
            MemorySegment.copy(at.reinterpret(s.size), 0, o.mem, 0, s.size);
        }
        return o;
    }

    /** An instance of TYPE for the memory at ADDR, not owned. Compare _ctypes.c: PyCData_AtAddress. */
    static CDataObject atAddress(PyType type, long addr) {
        StgInfo s = StgInfo.of(type);
        if (s == null) {
            throw PyErr.typeError("abstract class");
        }
        s.flags |= StgInfo.DICTFLAG_FINAL;
        CDataObject o = newObject(type, s);
        o.length = s.length;
        o.size = s.size;
        o.mem = Native.at(addr, s.size);
        return o;
    }

    // ---- keeping objects alive

    /** The outermost object whose memory holds this one. Compare _ctypes.c: PyCData_GetContainer. */
    CDataObject container() {
        CDataObject c = this;
        while (c.base != null) {
            c = c.base;
        }
        if (c.objects == null) {
            c.objects = c.length != 0 ? new PyDict() : PyNone.NONE;
        }
        return c;
    }

    /** Compare _ctypes.c: GetKeepedObjects. */
    PyObject keptObjects() {
        return container().objects;
    }

    /** The key of index I of this object in its container's _objects. Compare _ctypes.c: unique_key. */
    private PyStr uniqueKey(long i) {
        StringBuilder sb = new StringBuilder(Long.toHexString((int) i & 0xFFFFFFFFL));
        CDataObject t = this;
        while (t.base != null) {
            if (sb.length() > 256 - 17 - 1) {
                throw PyErr.valueError("ctypes object structure too deep");
            }
            sb.append(':').append(Long.toHexString((int) t.index & 0xFFFFFFFFL));
            t = t.base;
        }
        return PyStr.of(sb.toString());
    }

    /** Keeps KEEP alive as long as this object's memory. Compare _ctypes.c: KeepRef. */
    void keepRef(long i, PyObject keep) {
        if (keep == PyNone.NONE) {
            return;
        }
        CDataObject c = container();
        if (!(c.objects instanceof PyDict d) || d.getClass() != PyDict.class) {
            c.objects = keep;
            return;
        }
        d.setItem(uniqueKey(i), keep);
    }

    // ---- reading and writing typed values

    /** The Python value of a TYPE stored at AT inside SRC. Compare _ctypes.c: PyCData_get. */
    static PyObject get(PyObject type, Codecs.Codec getfunc, CDataObject src, long index, int size, MemorySegment at) {
        if (getfunc != null) {
            return getfunc.get(at, 0, size);
        }
        StgInfo s = StgInfo.of(type);
        if (s != null && s.codec != null && !SimpleType.isSimpleInstance((PyType) type)) {
            return s.codec.get(at, 0, size);
        }
        return fromBase((PyType) type, src, index, at);
    }

    /** Stores VALUE as a TYPE at AT, which lies in DST; keeps what must stay alive. Compare _ctypes.c: PyCData_set. */
    static void set(CDataObject dst, PyObject type, Codecs.Codec setfunc, PyObject value, long index, int size,
                    MemorySegment at) {
        PyObject keep = setValue(dst, type, setfunc, value, size, at);
        dst.keepRef(index, keep);
    }

    /** Compare _ctypes.c: _PyCData_set. */
    private static PyObject setValue(CDataObject dst, PyObject type, Codecs.Codec setfunc, PyObject value, int size,
                                     MemorySegment at) {
        if (setfunc != null) {
            return setfunc.set(at, 0, value, size);
        }
        if (!(value instanceof CDataObject src)) {
            StgInfo s = StgInfo.of(type);
            if (s != null && s.codec != null) {
                return s.codec.set(at, 0, value, size);
            }
            if (value instanceof PyTuple t) {
                PyObject ob;
                try {
                    ob = Abstract.call(type, t.items());
                } catch (org.pyvm.runtime.PyBaseException e) {
                    throw CtypesModule.extendError(e, org.pyvm.runtime.PyExc.RuntimeError,
                        "(" + ((PyType) type).getName() + ") ");
                }
                return setValue(dst, type, setfunc, ob, size, at);
            }
            if (value == PyNone.NONE && s != null && s.kind == StgInfo.Kind.POINTER) {
                at.set(java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED, 0, 0L);
                return PyNone.NONE;
            }
            throw PyErr.typeError("expected " + ((PyType) type).getName() + " instance, got " + value.type().getName());
        }
        if (Abstract.isInstance(value, type)) {
            MemorySegment.copy(src.mem, 0, at, 0, size);
            return src.keptObjects();
        }
        StgInfo ts = StgInfo.of(type);
        StgInfo vs = StgInfo.ofInstance(value);
        if (ts != null && ts.kind == StgInfo.Kind.POINTER && vs != null && vs.kind == StgInfo.Kind.ARRAY) {
            if (vs.proto != ts.proto) {
                throw PyErr.typeError("incompatible types, " + value.type().getName() + " instance instead of "
                    + ((PyType) type).getName() + " instance");
            }
            at.set(java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED, 0, src.address());
            return PyTuple.of(src.keptObjects(), value);
        }
        throw PyErr.typeError("incompatible types, " + value.type().getName() + " instance instead of "
            + ((PyType) type).getName() + " instance");
    }

    // ---- _CData's methods

    private static CDataObject self(PyObject o) {
        return (CDataObject) o;
    }

    @ExposedMethod
    static PyObject __hash__(PyObject self) {
        throw PyErr.typeError("unhashable type");
    }

    @ExposedGetter
    static PyObject _b_base_(PyObject self) {
        CDataObject b = self(self).base;
        return b == null ? PyNone.NONE : b;
    }

    @ExposedGetter
    static PyObject _b_needsfree_(PyObject self) {
        return PyInt.of(self(self).needsFree ? 1 : 0);
    }

    @ExposedGetter
    static PyObject _objects(PyObject self) {
        PyObject o = self(self).objects;
        return o == null ? PyNone.NONE : o;
    }

    @ExposedMethod
    static PyObject __ctypes_from_outparam__(PyObject self) {
        return self;
    }

    /** Compare _ctypes.c: PyCData_reduce. */
    @ExposedMethod
    static PyObject __reduce__(PyObject self) {
        StgInfo s = StgInfo.ofInstance(self);
        if ((s.flags & (StgInfo.TYPEFLAG_ISPOINTER | StgInfo.TYPEFLAG_HASPOINTER)) != 0) {
            throw PyErr.valueError("ctypes objects containing pointers cannot be pickled");
        }
        CDataObject c = self(self);
        PyObject d = Abstract.getAttr(self, "__dict__");
        return PyTuple.of(CtypesModule.unpickleFunction(), PyTuple.of(self.type(),
            PyTuple.of(d, new PyBytes(c.mem.toArray(JAVA_BYTE)))));
    }

    /** Compare _ctypes.c: PyCData_setstate. */
    @ExposedMethod
    static PyObject __setstate__(PyObject self, PyObject[] args, String[] kw) {
        org.pyvm.modules.corelib.Args.noKeywords("__setstate__", kw);
        if (args.length != 2) {
            throw PyErr.typeError("function takes exactly 2 arguments (" + args.length + " given)");
        }
        if (!(args[0] instanceof PyDict d)) {
            throw PyErr.typeError("__setstate__() argument 1 must be dict, not " + args[0].type().getName());
        }
        if (!(args[1] instanceof PyBytes b)) {
            throw PyErr.typeError("__setstate__() argument 2 must be read-only bytes-like object, not "
                + args[1].type().getName());
        }
        CDataObject c = self(self);
        byte[] data = b.bytes();
        int n = (int) Math.min(data.length, c.size);
        MemorySegment.copy(data, 0, c.mem, JAVA_BYTE, 0, n);
        PyObject mydict = Abstract.getAttr(self, "__dict__");
        Abstract.call(Abstract.getAttr(mydict, "update"), d);
        return PyNone.NONE;
    }

    static PyObject bool(boolean b) {
        return PyBool.of(b);
    }
}
