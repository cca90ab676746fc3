package org.pyvm.runtime;

import java.util.Map;

/**
 * type.__basicsize__ and type.__itemsize__: the sizes CPython 3.12 on a 64-bit machine gives
 * its objects (tp_basicsize, tp_itemsize), which int.__sizeof__ builds on, as sys.int_info
 * already describes an int as 30-bit digits of 4 bytes. pyvm's objects are Java objects of
 * other sizes: these numbers are CPython's layout, reported for the programs that compute
 * with them, not a measurement of the JVM's heap.
 *
 * <p>The builtin types listed carry CPython's values; another builtin type reports its
 * base's. A class adds 8 bytes per __slots__ member to its base's basic size (its dict and
 * weak references are kept before the object, Py_TPFLAGS_MANAGED_DICT/_WEAKREF, not in it)
 * and keeps its base's item size. Compare typeobject.c: type_new_descriptors.
 */
final class TypeLayouts {

    private TypeLayouts() {}

    /** CPython 3.12 (64-bit): tp_basicsize, tp_itemsize by type name. */
    private static final Map<String, int[]> BUILTIN = Map.ofEntries(
        Map.entry("object", new int[] {16, 0}), Map.entry("int", new int[] {24, 4}),
        Map.entry("bool", new int[] {24, 4}), Map.entry("float", new int[] {24, 0}),
        Map.entry("complex", new int[] {32, 0}), Map.entry("tuple", new int[] {24, 8}),
        Map.entry("list", new int[] {40, 0}), Map.entry("dict", new int[] {48, 0}),
        Map.entry("set", new int[] {200, 0}), Map.entry("frozenset", new int[] {200, 0}),
        Map.entry("str", new int[] {64, 0}), Map.entry("bytes", new int[] {33, 1}),
        Map.entry("bytearray", new int[] {56, 0}), Map.entry("type", new int[] {920, 40}),
        Map.entry("NoneType", new int[] {16, 0}), Map.entry("NotImplementedType", new int[] {16, 0}),
        Map.entry("ellipsis", new int[] {16, 0}), Map.entry("range", new int[] {48, 0}),
        Map.entry("slice", new int[] {40, 0}), Map.entry("function", new int[] {144, 0}),
        Map.entry("method", new int[] {48, 0}), Map.entry("module", new int[] {56, 0}),
        Map.entry("property", new int[] {64, 0}), Map.entry("staticmethod", new int[] {32, 0}),
        Map.entry("classmethod", new int[] {32, 0}), Map.entry("memoryview", new int[] {144, 8}),
        Map.entry("cell", new int[] {24, 0}), Map.entry("super", new int[] {40, 0}),
        Map.entry("enumerate", new int[] {56, 0}), Map.entry("zip", new int[] {48, 0}),
        Map.entry("map", new int[] {32, 0}), Map.entry("filter", new int[] {32, 0}),
        Map.entry("reversed", new int[] {32, 0}), Map.entry("code", new int[] {192, 2}),
        Map.entry("frame", new int[] {120, 8}), Map.entry("generator", new int[] {144, 8}),
        Map.entry("coroutine", new int[] {144, 8}), Map.entry("async_generator", new int[] {144, 8}),
        Map.entry("BaseException", new int[] {72, 0}));

    /**
     * The builtin types whose objects CPython 3.12 does not track for its cycle collector
     * (no Py_TPFLAGS_HAVE_GC): objects that hold no references to other objects. Every other
     * builtin type has the flag. By tp_name.
     */
    private static final java.util.Set<String> NOT_GC = java.util.Set.of(
        "object", "int", "bool", "float", "complex", "str", "bytes", "bytearray", "NoneType",
        "NotImplementedType", "ellipsis", "range", "range_iterator", "longrange_iterator", "code",
        "datetime.date", "datetime.datetime", "datetime.time", "datetime.timedelta", "datetime.timezone",
        "datetime.tzinfo", "decimal.Context", "decimal.Decimal", "_ctypes.Array", "_ctypes.CFuncPtr",
        "_ctypes.Structure", "_ctypes.Union", "_ctypes._Pointer", "_ctypes._SimpleCData", "_blake2.blake2b",
        "_blake2.blake2s", "_bz2.BZ2Compressor", "_bz2.BZ2Decompressor", "_hashlib.HASH", "_hashlib.HASHXOF",
        "_hashlib.HMAC", "_lzma.LZMACompressor", "_lzma.LZMADecompressor", "_random.Random", "_sha3.sha3_224",
        "_sha3.sha3_256", "_sha3.sha3_384", "_sha3.sha3_512", "_sha3.shake_128", "_sha3.shake_256",
        "_ssl.Certificate", "select.epoll", "zlib.Compress", "zlib.Decompress", "zlib._ZlibDecompressor");

    /**
     * Whether T has CPython's Py_TPFLAGS_HAVE_GC: a class always has it; a builtin type unless
     * listed in {@link #NOT_GC} (by tp_name, or module and name for types whose tp_name here
     * lacks the module). Compare Include/objimpl.h: _PyObject_IS_GC.
     */
    static boolean hasGc(PyType t) {
        if (t.specFlags != -1) {
            return (t.specFlags & (1L << 14)) != 0;
        }
        return t.isHeapType() || !NOT_GC.contains(t.getName()) && !NOT_GC.contains(t.fullName());
    }

    static long basicsize(PyType t) {
        if (!t.isHeapType()) {
            int[] l = BUILTIN.get(t.getName());
            if (l != null) {
                return l[0];
            }
            return t.getBase() == null ? 16 : basicsize(t.getBase());
        }
        long n = basicsize(t.getBase());
        PyDict d = t.getDict();
        for (PyObject k : d.keysArray()) {
            if (d.get(k) instanceof PyMemberDescr md && md.owner == t && md.builtin == null) {
                n += 8;
            }
        }
        return n;
    }

    static long itemsize(PyType t) {
        for (PyType b = t; b != null; b = b.getBase()) {
            if (!b.isHeapType()) {
                int[] l = BUILTIN.get(b.getName());
                if (l != null) {
                    return l[1];
                }
            }
        }
        return 0;
    }
}
