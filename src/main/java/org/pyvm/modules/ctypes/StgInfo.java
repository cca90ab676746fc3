package org.pyvm.modules.ctypes;

import java.lang.foreign.MemoryLayout;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * What a ctypes type knows about its C layout: size, alignment, length (arrays), the item
 * or target type (proto), the codec of a simple type, the fields of a structure, the
 * layout the linker passes by value, the prototype of a function pointer type, the PEP
 * 3118 format. Every class made by one of the ctypes metaclasses has its own. Compare
 * CPython 3.12 ctypes.h: StgDictObject (kept there as the type's __dict__; here beside the
 * type, in a weak map).
 */
final class StgInfo {

    static final int TYPEFLAG_ISPOINTER = 0x100, TYPEFLAG_HASPOINTER = 0x200, TYPEFLAG_HASUNION = 0x400,
        TYPEFLAG_HASBITFIELD = 0x800;
    static final int DICTFLAG_FINAL = 0x1000;

    enum Kind { SIMPLE, STRUCT, UNION, ARRAY, POINTER, FUNCPTR }

    private static final Map<PyType, StgInfo> INFOS = Collections.synchronizedMap(new WeakHashMap<>());

    final Kind kind;
    long size;
    int align;
    /** Arrays: the number of items. */
    long length;
    /** Simple: the _type_ str; array: the item type; pointer: the target type (or null). */
    PyObject proto;
    /** Simple types and the item codec of char/wchar arrays. */
    Codecs.Codec codec;
    /** The layout passed by value in calls; null when the type cannot be passed so. */
    MemoryLayout layout;
    int flags;
    /** Structures: the fields in order (own and inherited), for calls and layout. */
    java.util.List<CField> fields;
    /** Function pointer types: argtypes (tuple or null), restype (null: c_int), errcheck. */
    PyObject argtypes, restype, checker;
    /** from_param of each argtype, when argtypes is set. */
    PyObject[] converters;
    int funcFlags;
    /** PEP 3118 format string and shape (arrays). */
    String format;
    long[] shape;

    StgInfo(Kind kind) {
        this.kind = kind;
    }

    /** A copy for a derived class (the base's info carried over). Compare stgdict.c: PyCStgDict_clone. */
    StgInfo copy(Kind k) {
        StgInfo s = new StgInfo(k);
        s.size = size;
        s.align = align;
        s.length = length;
        s.proto = proto;
        s.codec = codec;
        s.layout = layout;
        s.flags = flags & ~DICTFLAG_FINAL;
        s.fields = fields;
        s.argtypes = argtypes;
        s.restype = restype;
        s.checker = checker;
        s.converters = converters;
        s.funcFlags = funcFlags;
        s.format = format;
        s.shape = shape;
        return s;
    }

    static void put(PyType t, StgInfo s) {
        INFOS.put(t, s);
    }

    /** The type's own info, or null (PyType_stgdict). */
    static StgInfo of(PyObject type) {
        return type instanceof PyType t ? INFOS.get(t) : null;
    }

    /** The info of OBJ's type (PyObject_stgdict). */
    static StgInfo ofInstance(PyObject obj) {
        return INFOS.get(obj.type());
    }

    /** The info of TYPE, or TypeError "abstract class" as CPython says when a ctypes base class is used. */
    static StgInfo require(PyType type) {
        StgInfo s = INFOS.get(type);
        if (s == null) {
            throw PyErr.typeError("abstract class");
        }
        return s;
    }

    boolean isFinal() {
        return (flags & DICTFLAG_FINAL) != 0;
    }
}
