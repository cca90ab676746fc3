package org.pyvm.modules.ctypes;

import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * A structure or union field: a data descriptor reading and writing its type at an offset
 * of the instance's memory. SIZE is the byte size, or {@code (bits << 16) | lowBit} for a bit
 * field. Compare CPython 3.12 cfield.c: PyCField_FromDesc, PyCField_get, PyCField_set,
 * PyCField_repr.
 */
final class CField implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("_ctypes", "CField", CField.class, CField.class))
        .noInstances();

    long offset;
    int size;
    long index;
    PyType proto;
    /** The codec of a char or wchar_t array field (read as bytes/str), else null. */
    Codecs.Codec codec;
    boolean anonymous;

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Layout state carried from one field to the next. Compare PyCField_FromDesc's in/out parameters. */
    static final class Layout {
        long fieldSize;
        int bitofs;
        long size;
        long offset;
        long align;
    }

    /** A field of type DESC at the position LAYOUT has reached. Compare cfield.c: PyCField_FromDesc. */
    static CField fromDesc(PyType desc, long index, int bitsize, Layout l, int pack, boolean bigEndian) {
        StgInfo dict = StgInfo.of(desc);
        if (dict == null) {
            throw PyErr.typeError("has no _stginfo_");
        }
        final int NO = 0, NEW = 1, CONT = 2, EXPAND = 3;
        int fieldtype;
        if (bitsize != 0 && l.fieldSize != 0 && dict.size * 8 <= l.fieldSize && l.bitofs + bitsize <= l.fieldSize) {
            fieldtype = CONT;
        } else if (bitsize != 0 && l.fieldSize != 0 && dict.size * 8 >= l.fieldSize
            && l.bitofs + bitsize <= dict.size * 8) {
            fieldtype = EXPAND;
        } else if (bitsize != 0) {
            fieldtype = NEW;
            l.bitofs = 0;
            l.fieldSize = dict.size * 8;
        } else {
            fieldtype = NO;
            l.bitofs = 0;
            l.fieldSize = 0;
        }
        CField f = new CField();
        long size = dict.size;
        if (dict.kind == StgInfo.Kind.ARRAY && dict.proto != null) {
            StgInfo idict = StgInfo.of(dict.proto);
            if (idict == null) {
                throw PyErr.typeError("has no _stginfo_");
            }
            if (idict.codec != null && idict.codec.code == 'c') {
                f.codec = Codecs.of('s');
            } else if (idict.codec != null && idict.codec.code == 'u') {
                f.codec = Codecs.of('U');
            }
        }
        f.index = index;
        f.proto = desc;
        switch (fieldtype) {
            case NEW, NO -> {
                if (fieldtype == NEW) {
                    f.size = bigEndian ? (bitsize << 16) + (int) (l.fieldSize - l.bitofs - bitsize)
                        : (bitsize << 16) + l.bitofs;
                    l.bitofs = bitsize;
                }
                long align = pack != 0 ? Math.min(pack, dict.align) : dict.align;
                if (align != 0 && l.offset % align != 0) {
                    long delta = align - l.offset % align;
                    l.size += delta;
                    l.offset += delta;
                }
                if (bitsize == 0) {
                    f.size = (int) size;
                }
                l.size += size;
                f.offset = l.offset;
                l.offset += size;
                l.align = align;
            }
            case EXPAND -> {
                l.offset += dict.size - l.fieldSize / 8;
                l.size += dict.size - l.fieldSize / 8;
                l.fieldSize = dict.size * 8;
                f.size = bigEndian ? (bitsize << 16) + (int) (l.fieldSize - l.bitofs - bitsize)
                    : (bitsize << 16) + l.bitofs;
                f.offset = l.offset - size;
                l.bitofs += bitsize;
            }
            default -> {
                f.size = bigEndian ? (bitsize << 16) + (int) (l.fieldSize - l.bitofs - bitsize)
                    : (bitsize << 16) + l.bitofs;
                f.offset = l.offset - size;
                l.bitofs += bitsize;
            }
        }
        return f;
    }

    /** A copy at another place (an anonymous field's member). Compare _ctypes.c: MakeFields. */
    CField moved(long newIndex, long newOffset) {
        CField f = new CField();
        f.size = size;
        f.offset = newOffset;
        f.index = newIndex;
        f.proto = proto;
        f.codec = codec;
        return f;
    }

    /**
     * The field's memory in C. CPython 3.12's layout gives the second and later bit fields of
     * a union a negative offset (its repr shows ofs=-4:1), and then reads and writes before
     * the object; pyvm refuses that access instead.
     */
    private java.lang.foreign.MemorySegment memoryOf(CDataObject c) {
        if (offset < 0 || offset > c.mem.byteSize()) {
            throw PyErr.notSupported("a field at offset " + offset + ", outside its " + c.mem.byteSize()
                + "-byte object (CPython 3.12 puts a union's later bit fields there)");
        }
        return c.mem.asSlice(offset);
    }

    @ExposedMethod
    static PyObject __get__(PyObject self, PyObject inst, PyObject owner) {
        if (inst == null || inst == PyNone.NONE) {
            return self;
        }
        if (!(inst instanceof CDataObject c)) {
            throw PyErr.typeError("not a ctype instance");
        }
        CField f = (CField) self;
        return CDataObject.get(f.proto, f.codec, c, f.index, f.size, f.memoryOf(c));
    }

    @ExposedMethod
    static void __set__(PyObject self, PyObject inst, PyObject value) {
        if (!(inst instanceof CDataObject c)) {
            throw PyErr.typeError("not a ctype instance");
        }
        CField f = (CField) self;
        CDataObject.set(c, f.proto, f.codec, value, f.index, f.size, f.memoryOf(c));
    }

    @ExposedMethod
    static void __delete__(PyObject self, PyObject inst) {
        if (!(inst instanceof CDataObject)) {
            throw PyErr.typeError("not a ctype instance");
        }
        throw PyErr.typeError("can't delete attribute");
    }

    @ExposedGetter(member = true)
    static PyObject offset(PyObject self) {
        return PyInt.of(((CField) self).offset);
    }

    @ExposedGetter(member = true)
    static PyObject size(PyObject self) {
        return PyInt.of(((CField) self).size);
    }

    /** Compare cfield.c: PyCField_repr. */
    @ExposedMethod
    static String __repr__(PyObject self) {
        CField f = (CField) self;
        int bits = f.size >>> 16;
        String name = f.proto.getName();
        if (bits != 0) {
            return "<Field type=" + name + ", ofs=" + f.offset + ":" + (f.size & 0xFFFF) + ", bits=" + bits + ">";
        }
        return "<Field type=" + name + ", ofs=" + f.offset + ", size=" + f.size + ">";
    }
}
