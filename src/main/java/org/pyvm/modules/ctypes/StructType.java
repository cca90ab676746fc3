package org.pyvm.modules.ctypes;

import java.lang.foreign.MemoryLayout;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The metaclasses PyCStructType and UnionType, the classes Structure and Union, and the
 * layout of their fields (_fields_, _pack_, _anonymous_, bit fields, _swappedbytes_).
 * Compare CPython 3.12 _ctypes.c: StructUnionType_new, PyCStructType_setattro, Struct_init,
 * MakeAnonFields, MakeFields; stgdict.c: PyCStructUnionType_update_stgdict.
 */
final class StructType {

    private StructType() {}

    static final PyType STRUCT_META = Types.finish(Types.builtin("_ctypes", "PyCStructType", PyType.class,
        CDataType.class, PyType.TYPE)).alsoExposedBy(StructMeta.class);
    static final PyType UNION_META = Types.finish(Types.builtin("_ctypes", "UnionType", PyType.class,
        CDataType.class, PyType.TYPE)).alsoExposedBy(UnionMeta.class);
    static final PyType STRUCTURE = Types.finish(Types.builtin("_ctypes", "Structure", CDataObject.class,
        Instance.class, CDataObject.TYPE)).withMetatype(STRUCT_META);
    static final PyType UNION = Types.finish(Types.builtin("_ctypes", "Union", CDataObject.class,
        Instance.class, CDataObject.TYPE)).withMetatype(UNION_META);

    /** Compare _ctypes.c: StructUnionType_new. */
    static PyObject newType(PyType meta, PyObject[] args, String[] kw, boolean isStruct) {
        PyType result = CDataType.typeNew(meta, args, kw);
        if (result.getDict().getStr("_abstract_") != null) {
            return result;
        }
        StgInfo s = new StgInfo(isStruct ? StgInfo.Kind.STRUCT : StgInfo.Kind.UNION);
        s.format = "B";
        s.fields = List.of();
        s.layout = MemoryLayout.structLayout();
        StgInfo.put(result, s);
        PyObject fields = result.getDict().getStr("_fields_");
        if (fields != null) {
            Abstract.setAttr(result, "_fields_", fields);
            return result;
        }
        StgInfo base = StgInfo.of(result.getBase());
        if (base != null) {
            StgInfo c = base.copy(s.kind);
            StgInfo.put(result, c);
            base.flags |= StgInfo.DICTFLAG_FINAL;
        }
        return result;
    }

    /** type.__setattr__, then a new layout when _fields_ is set. Compare _ctypes.c: PyCStructType_setattro. */
    static void setattr(PyObject self, PyObject key, PyObject value, boolean isStruct) {
        Abstract.callDescr(PyType.TYPE.lookup("__setattr__"), self, key, value);
        if (key instanceof PyStr k && k.value().equals("_fields_")) {
            updateLayout((PyType) self, value, isStruct);
        }
    }

    /** The metaclass of structures. */
    static final class StructMeta {
        private StructMeta() {}

        @ExposedMethod
        static PyObject __new__(PyType meta, PyObject[] args, String[] kw) {
            return newType(meta, args, kw, true);
        }

        @ExposedMethod
        static void __setattr__(PyObject self, PyObject key, PyObject value) {
            setattr(self, key, value, true);
        }

        @ExposedMethod
        static void __delattr__(PyObject self, PyObject key) {
            Abstract.callDescr(PyType.TYPE.lookup("__delattr__"), self, key);
        }
    }

    /** The metaclass of unions. */
    static final class UnionMeta {
        private UnionMeta() {}

        @ExposedMethod
        static PyObject __new__(PyType meta, PyObject[] args, String[] kw) {
            return newType(meta, args, kw, false);
        }

        @ExposedMethod
        static void __setattr__(PyObject self, PyObject key, PyObject value) {
            setattr(self, key, value, false);
        }

        @ExposedMethod
        static void __delattr__(PyObject self, PyObject key) {
            Abstract.callDescr(PyType.TYPE.lookup("__delattr__"), self, key);
        }
    }

    /** Compare stgdict.c: PyCStructUnionType_update_stgdict. */
    static void updateLayout(PyType type, PyObject fields, boolean isStruct) {
        if (fields == null) {
            return;
        }
        boolean bigEndian = Abstract.lookupAttr(type, "_swappedbytes_") != null;
        int pack = 0;
        PyObject p = Abstract.lookupAttr(type, "_pack_");
        if (p != null) {
            try {
                pack = p instanceof PyInt pi ? pi.intValue() : -1;
            } catch (PyBaseException e) {
                pack = -1;
            }
            if (pack < 0) {
                throw PyErr.valueError("_pack_ must be a non-negative integer");
            }
        }
        long len;
        try {
            len = Abstract.len(fields);
        } catch (PyBaseException e) {
            if (Abstract.isInstance(e, PyExc.TypeError)) {
                throw PyErr.typeError("'_fields_' must be a sequence of pairs");
            }
            throw e;
        }
        StgInfo stg = StgInfo.of(type);
        if (stg == null) {
            throw PyErr.typeError("ctypes state is not initialized");
        }
        if (stg.isFinal()) {
            throw PyErr.attributeError("_fields_ is final");
        }
        StgInfo basedict = StgInfo.of(type.getBase());
        int flags = stg.flags & ~(StgInfo.TYPEFLAG_HASUNION | StgInfo.TYPEFLAG_HASBITFIELD | StgInfo.TYPEFLAG_HASPOINTER);
        if (basedict != null) {
            flags |= basedict.flags & (StgInfo.TYPEFLAG_HASUNION | StgInfo.TYPEFLAG_HASBITFIELD);
        }
        if (!isStruct) {
            flags |= StgInfo.TYPEFLAG_HASUNION;
        }
        CField.Layout l = new CField.Layout();
        long unionSize = 0, totalAlign;
        List<CField> all = new ArrayList<>();
        long ffiOfs;
        if (basedict != null) {
            l.size = l.offset = basedict.size;
            l.align = basedict.align;
            totalAlign = l.align != 0 ? l.align : 1;
            if (basedict.fields != null) {
                all.addAll(basedict.fields);
            }
            ffiOfs = basedict.length;
        } else {
            totalAlign = 1;
            ffiOfs = 0;
        }
        StringBuilder fmt = new StringBuilder(isStruct ? "T{" : "B");
        for (int i = 0; i < len; i++) {
            PyObject pair = Abstract.getItem(fields, PyInt.of(i));
            if (!(pair instanceof PyTuple t) || t.size() < 2 || t.size() > 3 || !(t.get(0) instanceof PyStr name)
                || (t.size() == 3 && !(t.get(2) instanceof PyInt))) {
                throw PyErr.typeError("'_fields_' must be a sequence of (name, C type) pairs");
            }
            PyObject desc = t.get(1);
            StgInfo dict = StgInfo.of(desc);
            if (dict == null) {
                throw PyErr.typeError("second item in _fields_ tuple (index " + i + ") must be a C type");
            }
            if ((dict.flags & (StgInfo.TYPEFLAG_ISPOINTER | StgInfo.TYPEFLAG_HASPOINTER)) != 0) {
                flags |= StgInfo.TYPEFLAG_HASPOINTER;
            }
            flags |= dict.flags & (StgInfo.TYPEFLAG_HASUNION | StgInfo.TYPEFLAG_HASBITFIELD);
            dict.flags |= StgInfo.DICTFLAG_FINAL;
            int bitsize = 0;
            if (t.size() == 3) {
                bitsize = ((PyInt) t.get(2)).intValue();
                flags |= StgInfo.TYPEFLAG_HASBITFIELD;
                char code = dict.kind == StgInfo.Kind.SIMPLE && dict.codec != null ? dict.codec.code : 0;
                if ("bBhHiIlLqQ?".indexOf(code) < 0 || code == 0) {
                    throw PyErr.typeError("bit fields not allowed for type " + ((PyType) desc).getName());
                }
                if (bitsize <= 0 || bitsize > dict.size * 8) {
                    throw PyErr.valueError("number of bits invalid for bit field");
                }
            }
            CField prop;
            if (isStruct) {
                long lastSize = l.size;
                prop = CField.fromDesc((PyType) desc, i, bitsize, l, pack, bigEndian);
                long padding = prop.offset - lastSize;
                if (padding > 0) {
                    fmt.append(padding == 1 ? "x" : padding + "x");
                }
                String fieldfmt = dict.format != null ? dict.format : "B";
                if (dict.shape != null) {
                    fmt.append(shapePrefix(dict.shape));
                }
                fmt.append(fieldfmt).append(':').append(name.value()).append(':');
            } else {
                l.size = 0;
                l.offset = 0;
                l.align = 0;
                prop = CField.fromDesc((PyType) desc, i, bitsize, l, pack, bigEndian);
                unionSize = Math.max(l.size, unionSize);
            }
            totalAlign = Math.max(l.align, totalAlign);
            prop.index = i;
            all.add(prop);
            Abstract.setAttr(type, name, prop);
        }
        long size = isStruct ? l.size : unionSize;
        long alignedSize = (size + totalAlign - 1) / totalAlign * totalAlign;
        if (isStruct) {
            long padding = alignedSize - size;
            if (padding > 0) {
                fmt.append(padding == 1 ? "x" : padding + "x");
            }
            fmt.append('}');
        }
        stg.format = fmt.toString();
        stg.size = alignedSize;
        stg.align = (int) totalAlign;
        stg.length = ffiOfs + len;
        stg.fields = all;
        if (stg.isFinal()) {
            throw PyErr.attributeError("Structure or union cannot contain itself");
        }
        stg.flags = flags | (stg.flags & StgInfo.TYPEFLAG_ISPOINTER);
        stg.layout = Layouts.of(stg, isStruct);
        stg.flags |= StgInfo.DICTFLAG_FINAL;
        makeAnonFields(type);
    }

    static String shapePrefix(long[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(shape[i]);
        }
        return sb.append(')').toString();
    }

    /** Compare _ctypes.c: MakeAnonFields. */
    private static void makeAnonFields(PyType type) {
        PyObject anon = Abstract.lookupAttr(type, "_anonymous_");
        if (anon == null) {
            return;
        }
        PyObject[] names;
        try {
            names = Abstract.toArray(anon);
        } catch (PyBaseException e) {
            throw PyErr.typeError("_anonymous_ must be a sequence");
        }
        for (PyObject fname : names) {
            PyObject descr = Abstract.getAttr(type, fname instanceof PyStr s ? s : PyStr.of(Abstract.str(fname).value()));
            if (!(descr instanceof CField f)) {
                throw PyErr.attributeError("'" + Abstract.str(fname) + "' is specified in _anonymous_ but not in _fields_");
            }
            f.anonymous = true;
            makeFields(type, f, f.index, f.offset);
        }
    }

    /** Compare _ctypes.c: MakeFields. */
    private static void makeFields(PyType type, CField descr, long index, long offset) {
        PyObject fields = Abstract.getAttr(descr.proto, "_fields_");
        for (PyObject pair : Abstract.toArray(fields)) {
            PyObject[] items = Abstract.toArray(pair);
            PyObject fname = items[0];
            PyObject fd = Abstract.getAttr(descr.proto, (PyStr) fname);
            if (!(fd instanceof CField fdescr)) {
                throw PyErr.typeError("unexpected type");
            }
            if (fdescr.anonymous) {
                makeFields(type, fdescr, index + fdescr.index, offset + fdescr.offset);
                continue;
            }
            Abstract.setAttr(type, (PyStr) fname, fdescr.moved(index + fdescr.index, offset + fdescr.offset));
        }
    }

    // ---- Structure and Union instances

    /** The methods of Structure and Union. Compare _ctypes.c: Struct_new, Struct_init, _init_pos_args. */
    static final class Instance {
        private Instance() {}

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            return CDataObject.create(cls);
        }

        @ExposedMethod
        static void __init__(PyObject self, PyObject[] args, String[] kw) {
            int nkw = kw == null ? 0 : kw.length;
            int npos = args.length - nkw;
            if (npos > 0) {
                long used = initPosArgs(self, self.type(), args, npos, kw, 0);
                if (used < npos) {
                    throw PyErr.typeError("too many initializers");
                }
            }
            for (int i = 0; i < nkw; i++) {
                Abstract.setAttr(self, PyStr.of(kw[i]), args[npos + i]);
            }
        }

        private static long initPosArgs(PyObject self, PyType type, PyObject[] args, int npos, String[] kw, long index) {
            if (type.getBase() != null && StgInfo.of(type.getBase()) != null) {
                index = initPosArgs(self, type.getBase(), args, npos, kw, index);
            }
            PyObject fields = type.getDict().getStr("_fields_");
            if (fields == null) {
                return index;
            }
            long n = Abstract.len(fields);
            for (long i = 0; i < n && i + index < npos; i++) {
                PyObject pair = Abstract.getItem(fields, PyInt.of(i));
                PyObject name = Abstract.getItem(pair, PyInt.of(0));
                PyObject val = args[(int) (i + index)];
                if (kw != null) {
                    for (String k : kw) {
                        if (name instanceof PyStr s && s.value().equals(k)) {
                            throw PyErr.typeError("duplicate values for field " + Abstract.repr(name));
                        }
                    }
                }
                Abstract.setAttr(self, name instanceof PyStr s ? s : PyStr.of(name.toString()), val);
            }
            return index + n;
        }
    }
}
