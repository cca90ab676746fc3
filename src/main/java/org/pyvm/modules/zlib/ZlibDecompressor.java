package org.pyvm.modules.zlib;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * zlib._ZlibDecompressor: the one-stream decompressor with the interface of
 * bz2.BZ2Decompressor and lzma.LZMADecompressor (what gzip's reader uses). Unlike
 * zlib.Decompress it keeps the input it could not use yet (max_length reached) and takes
 * it first on the next call; needs_input says whether more input is wanted.
 * Compare CPython Modules/zlibmodule.c: ZlibDecompressor_new, ZlibDecompressor_decompress.
 */
final class ZlibDecompressor implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("zlib", "_ZlibDecompressor", ZlibDecompressor.class,
        ZlibDecompressor.class)).notSubclassable();

    private static final byte[] EMPTY = new byte[0];

    private final Inflating inf;
    /** Input kept from the last call, decompressed before new input. */
    private byte[] pending = EMPTY;
    private boolean needsInput = true;

    private ZlibDecompressor(Inflating inf) {
        this.inf = inf;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("_ZlibDecompressor", args, kw, 0, 2, "wbits", "zdict");
        int wbits = ZlibModule.intArg(a[0], 15);
        byte[] zdict = null;
        if (a[1] != null) {
            zdict = PyByteArray.bytesOf(a[1]);
            if (zdict == null) {
                throw PyErr.typeError("zdict argument must support the buffer protocol");
            }
        }
        if (!Inflating.valid(wbits)) {
            throw PyErr.valueError("Invalid initialization option");
        }
        return new ZlibDecompressor(new Inflating(wbits, zdict));
    }

    @ExposedMethod
    static PyObject decompress(ZlibDecompressor self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("decompress", args, kw, 1, 2, "data", "max_length");
        byte[] data = ZlibModule.buffer(a[0]);
        long max = a[1] == null ? -1 : Abstract.index(a[1]).longValue();
        if (self.inf.eof()) {
            throw PyErr.of(PyExc.EOFError, "End of stream already reached");
        }
        byte[] in = data;
        if (self.pending.length > 0) {
            in = new byte[self.pending.length + data.length];
            System.arraycopy(self.pending, 0, in, 0, self.pending.length);
            System.arraycopy(data, 0, in, self.pending.length, data.length);
        }
        byte[] out;
        if (max == 0) {
            // Nothing may be produced: all input waits for the next call.
            out = EMPTY;
            self.pending = in;
        } else {
            self.pending = EMPTY;
            out = self.inf.decompress(in, max < 0 ? 0 : (int) Math.min(max, Integer.MAX_VALUE));
            self.pending = self.inf.eof() ? EMPTY : self.inf.tail;
        }
        self.needsInput = !self.inf.eof() && self.pending.length == 0;
        return new PyBytes(out);
    }

    @ExposedGetter
    static PyObject eof(ZlibDecompressor self) {
        return PyBool.of(self.inf.eof());
    }

    @ExposedGetter
    static PyObject unused_data(ZlibDecompressor self) {
        return new PyBytes(self.inf.unused);
    }

    @ExposedGetter
    static PyObject needs_input(ZlibDecompressor self) {
        return PyBool.of(self.needsInput);
    }

    @ExposedMethod
    static PyObject __reduce__(ZlibDecompressor self) {
        throw PyErr.typeError("cannot pickle '_ZlibDecompressor' object");
    }
}
