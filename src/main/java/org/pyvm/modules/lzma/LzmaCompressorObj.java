package org.pyvm.modules.lzma;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * _lzma.LZMACompressor over this package's StreamEncoder: format, check, preset and
 * filters checked as CPython checks them. Compare Modules/_lzmamodule.c: Compressor_new,
 * Compressor_init_xz/alone/raw, compress, flush.
 */
final class LzmaCompressorObj implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("_lzma", "LZMACompressor", LzmaCompressorObj.class,
        LzmaCompressorObj.class)).notSubclassable();

    private final StreamEncoder enc;
    private boolean flushed;

    private LzmaCompressorObj(StreamEncoder enc) {
        this.enc = enc;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static int cInt(PyObject o) {
        if (o instanceof PyFloat) {
            throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        }
        if (!(o instanceof PyInt) && !Abstract.hasIndex(o)) {
            throw PyErr.typeError("'" + o.type().getName() + "' object cannot be interpreted as an integer");
        }
        return Abstract.index(o).intValue();
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("LZMACompressor", args, kw, 0, 4, "format", "check", "preset", "filters");
        int format = a[0] == null ? StreamDecoder.FORMAT_XZ : cInt(a[0]);
        int check = a[1] == null ? -1 : cInt(a[1]);
        PyObject presetObj = a[2] == null ? PyNone.NONE : a[2];
        PyObject filters = a[3] == null ? PyNone.NONE : a[3];
        if (format != StreamDecoder.FORMAT_XZ && check != -1 && check != Check.NONE) {
            throw PyErr.valueError("Integrity checks are only supported by FORMAT_XZ");
        }
        if (presetObj != PyNone.NONE && filters != PyNone.NONE) {
            throw PyErr.valueError("Cannot specify both preset and filter chain");
        }
        long preset = presetObj == PyNone.NONE ? 6 : LzmaModule.uint32(presetObj);
        FilterSpec[] chain;
        switch (format) {
            case StreamDecoder.FORMAT_XZ -> {
                if (check == -1) {
                    check = Check.CRC64;
                }
                if (filters == PyNone.NONE) {
                    // lzma_easy_encoder: a bad preset is an options error here.
                    FilterSpec f = new FilterSpec(Filters.LZMA2);
                    if (!f.applyPreset(preset)) {
                        throw LzmaModule.error(LzmaError.Kind.OPTIONS.message);
                    }
                    chain = new FilterSpec[] {f};
                } else {
                    chain = LzmaModule.filterChain(filters);
                }
                if (check < 0 || check > 15) {
                    throw LzmaModule.error(LzmaError.Kind.PROG.message);
                }
                if (!Check.supported(check)) {
                    throw LzmaModule.error(LzmaError.Kind.UNSUPPORTED_CHECK.message);
                }
                for (FilterSpec f : chain) {
                    if (f.id == Filters.LZMA1) {
                        // LZMA1 has no .xz filter flags: liblzma reports a programming error.
                        throw LzmaModule.error(LzmaError.Kind.PROG.message);
                    }
                }
                validate(chain);
            }
            case StreamDecoder.FORMAT_ALONE -> {
                check = Check.NONE;
                if (filters == PyNone.NONE) {
                    chain = presetChain(Filters.LZMA1, preset);
                } else {
                    chain = LzmaModule.filterChain(filters);
                    if (chain.length != 1 || chain[0].id != Filters.LZMA1) {
                        throw PyErr.valueError("Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter");
                    }
                }
                validate(chain);
            }
            case StreamDecoder.FORMAT_RAW -> {
                check = Check.NONE;
                if (filters == PyNone.NONE) {
                    throw PyErr.valueError("Must specify filters for FORMAT_RAW");
                }
                chain = LzmaModule.filterChain(filters);
                validate(chain);
            }
            default -> throw PyErr.valueError("Invalid container format: " + format);
        }
        return new LzmaCompressorObj(new StreamEncoder(format, check, chain));
    }

    private static FilterSpec[] presetChain(long id, long preset) {
        FilterSpec f = new FilterSpec(id);
        if (!f.applyPreset(preset)) {
            throw LzmaModule.error("Invalid compression preset: " + preset);
        }
        return new FilterSpec[] {f};
    }

    /** The encoder's checks of a chain and its options (liblzma's validate_chain and lzma_lzma_encoder options). */
    private static void validate(FilterSpec[] chain) {
        try {
            FilterSpec.validateChain(chain);
            for (FilterSpec f : chain) {
                if (f.isLzma()) {
                    boolean mfOk = f.mf == 3 || f.mf == 4 || (f.mf >= 0x12 && f.mf <= 0x14);
                    if (!mfOk || (f.mode != 1 && f.mode != 2) || f.niceLen < 2 || f.niceLen > 273
                        || f.dictSize < 4096 || f.dictSize > (1L << 30) + (1L << 29)) {
                        throw LzmaError.options();
                    }
                }
            }
        } catch (LzmaError e) {
            throw LzmaModule.error(e);
        }
    }

    @ExposedMethod
    static PyObject compress(LzmaCompressorObj self, PyObject data) {
        byte[] b = LzmaModule.buffer(data);
        synchronized (self) {
            if (self.flushed) {
                throw PyErr.valueError("Compressor has been flushed");
            }
            return new PyBytes(self.enc.compress(b));
        }
    }

    @ExposedMethod
    static PyObject flush(LzmaCompressorObj self) {
        synchronized (self) {
            if (self.flushed) {
                throw PyErr.valueError("Repeated call to flush()");
            }
            self.flushed = true;
            return new PyBytes(self.enc.finish());
        }
    }

    @ExposedMethod
    static PyObject __reduce__(LzmaCompressorObj self) {
        throw PyErr.typeError("cannot pickle '_lzma.LZMACompressor' object");
    }
}
