package org.pyvm.modules.lzma;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * _lzma.LZMADecompressor: one stream, fed in pieces, with max_length, needs_input, eof,
 * unused_data and check as CPython's. Compare Modules/_lzmamodule.c:
 * _lzma_LZMADecompressor_impl, decompress, decompress_buf.
 */
final class LzmaDecompressorObj implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("_lzma", "LZMADecompressor", LzmaDecompressorObj.class,
        LzmaDecompressorObj.class)).notSubclassable();

    private static final byte[] EMPTY = new byte[0];

    private final StreamDecoder dec;
    private boolean eof;
    private boolean needsInput = true;
    private byte[] unused = EMPTY;

    private LzmaDecompressorObj(StreamDecoder dec) {
        this.dec = dec;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("LZMADecompressor", args, kw, 0, 3, "format", "memlimit", "filters");
        int format = 0;
        if (a[0] != null) {
            if (a[0] instanceof org.pyvm.runtime.PyFloat) {
                throw PyErr.typeError("'float' object cannot be interpreted as an integer");
            }
            format = Abstract.index(a[0]).intValue();
        }
        PyObject memlimit = a[1] == null ? PyNone.NONE : a[1];
        PyObject filters = a[2] == null ? PyNone.NONE : a[2];
        long limit = -1;
        if (memlimit != PyNone.NONE) {
            if (format == StreamDecoder.FORMAT_RAW) {
                throw PyErr.valueError("Cannot specify memory limit with FORMAT_RAW");
            }
            limit = LzmaModule.unsignedLongLong(memlimit);
        }
        if (format == StreamDecoder.FORMAT_RAW && filters == PyNone.NONE) {
            throw PyErr.valueError("Must specify filters for FORMAT_RAW");
        } else if (format != StreamDecoder.FORMAT_RAW && filters != PyNone.NONE) {
            throw PyErr.valueError("Cannot specify filters except with FORMAT_RAW");
        }
        if (format < 0 || format > 3) {
            throw PyErr.valueError("Invalid container format: " + format);
        }
        FilterSpec[] chain = format == StreamDecoder.FORMAT_RAW ? LzmaModule.filterChain(filters) : null;
        try {
            return new LzmaDecompressorObj(new StreamDecoder(format, limit, chain));
        } catch (LzmaError e) {
            throw LzmaModule.error(e);
        }
    }

    @ExposedMethod
    static PyObject decompress(LzmaDecompressorObj self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("decompress", args, kw, 1, 2, "data", "max_length");
        byte[] data = LzmaModule.buffer(a[0]);
        long max = a[1] == null ? -1 : Abstract.index(a[1]).longValue();
        synchronized (self) {
            if (self.eof) {
                throw PyErr.of(PyExc.EOFError, "Already at end of stream");
            }
            StreamDecoder d = self.dec;
            d.in.append(data);
            long want = max < 0 ? Long.MAX_VALUE : max;
            try {
                d.decode(want);
            } catch (LzmaError e) {
                d.in.pos = d.in.lim;
                throw LzmaModule.error(e);
            }
            byte[] out = d.out.take(max);
            if (d.out.size() == 0 && !d.done && d.in.avail() > 0) {
                // Input that yields no output (an .xz index and footer) is read at once, as liblzma does.
                try {
                    d.decode(1);
                } catch (LzmaError e) {
                    d.in.pos = d.in.lim;
                    throw LzmaModule.error(e);
                }
            }
            if (d.done && d.out.size() == 0) {
                self.eof = true;
                self.needsInput = false;
                self.unused = d.in.rest();
            } else {
                self.needsInput = !(max >= 0 && out.length == max);
            }
            return new PyBytes(out);
        }
    }

    @ExposedGetter
    static PyObject eof(LzmaDecompressorObj self) {
        return PyBool.of(self.eof);
    }

    @ExposedGetter
    static PyObject needs_input(LzmaDecompressorObj self) {
        return PyBool.of(self.needsInput);
    }

    @ExposedGetter
    static PyObject unused_data(LzmaDecompressorObj self) {
        return new PyBytes(self.unused);
    }

    @ExposedGetter
    static PyObject check(LzmaDecompressorObj self) {
        return PyInt.of(self.dec.check);
    }

    @ExposedMethod
    static PyObject __reduce__(LzmaDecompressorObj self) {
        throw PyErr.typeError("cannot pickle '_lzma.LZMADecompressor' object");
    }
}
