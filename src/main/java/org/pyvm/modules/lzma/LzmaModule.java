package org.pyvm.modules.lzma;

import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The _lzma module written on the JDK alone (no liblzma): LZMADecompressor for .xz, .lzma
 * and raw filter chains (LZMA1, LZMA2, delta and the BCJ filters), LZMACompressor,
 * is_check_supported, _encode_filter_properties/_decode_filter_properties, the constants
 * and LZMAError with liblzma's messages. Filter specifiers are parsed as CPython parses
 * them. Compare CPython Modules/_lzmamodule.c.
 */
public final class LzmaModule {

    private LzmaModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_lzma");
        m.addFunctions(LzmaModule.class);
        PyDict d = m.getDict();
        PyDict ns = new PyDict();
        ns.setStr("__module__", PyStr.of("_lzma"));
        ns.setStr("__doc__", PyStr.of("Call to liblzma failed."));
        d.setStr("LZMAError", Abstract.call(PyType.TYPE, PyStr.of("LZMAError"), PyTuple.of(PyExc.Exception), ns));
        Object[][] consts = {{"FORMAT_AUTO", 0L}, {"FORMAT_XZ", 1L}, {"FORMAT_ALONE", 2L}, {"FORMAT_RAW", 3L},
            {"CHECK_NONE", 0L}, {"CHECK_CRC32", 1L}, {"CHECK_CRC64", 4L}, {"CHECK_SHA256", 10L},
            {"CHECK_ID_MAX", 15L}, {"CHECK_UNKNOWN", 16L}, {"FILTER_LZMA1", Filters.LZMA1},
            {"FILTER_LZMA2", Filters.LZMA2}, {"FILTER_DELTA", Filters.DELTA}, {"FILTER_X86", Filters.X86},
            {"FILTER_IA64", Filters.IA64}, {"FILTER_ARM", Filters.ARM}, {"FILTER_ARMTHUMB", Filters.ARMTHUMB},
            {"FILTER_SPARC", Filters.SPARC}, {"FILTER_POWERPC", Filters.POWERPC}, {"MF_HC3", 3L}, {"MF_HC4", 4L},
            {"MF_BT2", 0x12L}, {"MF_BT3", 0x13L}, {"MF_BT4", 0x14L}, {"MODE_FAST", 1L}, {"MODE_NORMAL", 2L},
            {"PRESET_DEFAULT", 6L}, {"PRESET_EXTREME", 0x80000000L}};
        for (Object[] c : consts) {
            d.setStr((String) c[0], PyInt.of((Long) c[1]));
        }
        d.setStr("LZMADecompressor", LzmaDecompressorObj.TYPE);
        d.setStr("LZMACompressor", LzmaCompressorObj.TYPE);
        return m;
    }

    static PyBaseException error(String msg) {
        PyType t = (PyType) PyRuntime.builtinModule("_lzma").getDict().getStr("LZMAError");
        return PyErr.of(t, msg);
    }

    static PyBaseException error(LzmaError e) {
        return error(e.kind.message);
    }

    static byte[] buffer(PyObject o) {
        byte[] b = PyByteArray.bytesOf(o);
        if (b == null) {
            throw PyErr.typeError("a bytes-like object is required, not '" + o.type().getName() + "'");
        }
        return b;
    }

    /** PyLong_AsUnsignedLongLong: an int (no __index__), not negative, below 2**64. */
    static long unsignedLongLong(PyObject o) {
        if (!(o instanceof PyInt i)) {
            throw PyErr.typeError("an integer is required");
        }
        if (i.signum() < 0) {
            throw PyErr.overflowError("can't convert negative int to unsigned");
        }
        if (i.bigValue().bitLength() > 64) {
            throw PyErr.overflowError("int too big to convert");
        }
        return i.bigValue().longValue();
    }

    /** CPython's uint32_converter. */
    static long uint32(PyObject o) {
        long v = unsignedLongLong(o);
        if (Long.compareUnsigned(v, 0xFFFFFFFFL) > 0) {
            throw PyErr.overflowError("Value too large for uint32_t type");
        }
        return v;
    }

    /** lzma_filter_converter: a filter specifier dict to a FilterSpec. */
    static FilterSpec filterSpec(PyObject spec) {
        if (!(spec instanceof PyDict) && spec.type().lookup("__getitem__") == null) {
            throw PyErr.typeError("Filter specifier must be a dict or dict-like object");
        }
        PyObject idObj = optionalItem(spec, "id");
        if (idObj == null) {
            throw PyErr.valueError("Filter specifier must have an \"id\" entry");
        }
        long id = unsignedLongLong(idObj);
        FilterSpec f = new FilterSpec(id);
        if (f.isLzma()) {
            PyObject presetObj = optionalItem(spec, "preset");
            long preset = presetObj == null ? 6 : uint32(presetObj);
            if (!f.applyPreset(preset)) {
                throw error("Invalid compression preset: " + preset);
            }
            options(spec, f, "Invalid filter specifier for LZMA filter", "id", "preset", "dict_size", "lc", "lp",
                "pb", "mode", "nice_len", "mf", "depth");
        } else if (id == Filters.DELTA) {
            options(spec, f, "Invalid filter specifier for delta filter", "id", "dist");
        } else if (Filters.isBcj(id)) {
            options(spec, f, "Invalid filter specifier for BCJ filter", "id", "start_offset");
        } else {
            throw PyErr.valueError("Invalid filter ID: " + Long.toUnsignedString(id));
        }
        return f;
    }

    private static PyObject optionalItem(PyObject spec, String key) {
        if (spec instanceof PyDict d) {
            return d.get(PyStr.of(key));
        }
        try {
            return Abstract.getItem(spec, PyStr.of(key));
        } catch (PyBaseException e) {
            if (Abstract.isInstance(e, PyExc.KeyError)) {
                return null;
            }
            throw e;
        }
    }

    /** The keyword parse of parse_filter_spec_*: any failure is the one ValueError. */
    private static void options(PyObject spec, FilterSpec f, String msg, String... names) {
        if (!(spec instanceof PyDict d)) {
            throw PyErr.valueError(msg);
        }
        for (int pos = d.nextEntry(0); pos >= 0; pos = d.nextEntry(pos + 1)) {
            PyObject k = d.keyAt(pos);
            PyObject v = d.valueAt(pos);
            if (!(k instanceof PyStr ks)) {
                throw PyErr.valueError(msg);
            }
            String name = ks.value();
            if (!java.util.Arrays.asList(names).contains(name)) {
                throw PyErr.valueError(msg);
            }
            if (name.equals("id") || name.equals("preset")) {
                continue;
            }
            long val;
            try {
                val = uint32(v);
            } catch (PyBaseException e) {
                throw PyErr.valueError(msg);
            }
            switch (name) {
                case "dict_size" -> f.dictSize = val;
                case "lc" -> f.lc = val;
                case "lp" -> f.lp = val;
                case "pb" -> f.pb = val;
                case "mode" -> f.mode = val;
                case "nice_len" -> f.niceLen = val;
                case "mf" -> f.mf = val;
                case "depth" -> f.depth = val;
                case "dist" -> f.dist = val;
                default -> f.startOffset = val;
            }
        }
    }

    /** parse_filter_chain_spec. */
    static FilterSpec[] filterChain(PyObject specs) {
        if (specs instanceof PyDict) {
            throw PyErr.typeError("dict is not a sequence");
        }
        long n = Abstract.len(specs);
        if (n > 4) {
            throw PyErr.valueError("Too many filters - liblzma supports a maximum of 4");
        }
        FilterSpec[] chain = new FilterSpec[(int) n];
        for (int i = 0; i < n; i++) {
            chain[i] = filterSpec(Abstract.getItem(specs, PyInt.of(i)));
        }
        return chain;
    }

    @ExposedMethod
    static PyObject is_check_supported(PyObject[] args, String[] kw) {
        PyObject[] a = Args.exact("is_check_supported", args, kw, 1);
        if (a[0] instanceof org.pyvm.runtime.PyFloat) {
            throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        }
        return PyBool.of(Check.supported(Abstract.index(a[0]).intValue()));
    }

    @ExposedMethod
    static PyObject _encode_filter_properties(PyObject filter) {
        FilterSpec f = filterSpec(filter);
        try {
            if (f.id == Filters.LZMA1 && !f.lclppbValid() || f.id == Filters.DELTA && (f.dist < 1 || f.dist > 256)) {
                throw new LzmaError(LzmaError.Kind.PROG);
            }
            return new PyBytes(f.encodeProps());
        } catch (LzmaError e) {
            throw error(e);
        }
    }

    @ExposedMethod
    static PyObject _decode_filter_properties(PyObject[] args, String[] kw) {
        PyObject[] a = Args.exact("_decode_filter_properties", args, kw, 2);
        long id = unsignedLongLong(a[0]);
        byte[] props = buffer(a[1]);
        FilterSpec f;
        try {
            f = FilterSpec.decodeProps(id, props);
        } catch (LzmaError e) {
            throw error(e);
        }
        PyDict d = new PyDict();
        d.setStr("id", PyInt.of(java.math.BigInteger.valueOf(id)));
        if (id == Filters.LZMA1) {
            d.setStr("lc", PyInt.of(f.lc));
            d.setStr("lp", PyInt.of(f.lp));
            d.setStr("pb", PyInt.of(f.pb));
            d.setStr("dict_size", PyInt.of(f.dictSize));
        } else if (id == Filters.LZMA2) {
            d.setStr("dict_size", PyInt.of(f.dictSize));
        } else if (id == Filters.DELTA) {
            d.setStr("dist", PyInt.of(f.dist));
        } else {
            d.setStr("start_offset", PyInt.of(f.startOffset));
        }
        return d;
    }
}
