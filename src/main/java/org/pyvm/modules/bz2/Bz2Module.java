package org.pyvm.modules.bz2;

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
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * The _bz2 module written on the JDK alone (no libbzip2): BZ2Compressor and
 * BZ2Decompressor over this package's own encoder and decoder, with libbzip2's error
 * messages as CPython reports them. Compare CPython Modules/_bz2module.c.
 */
public final class Bz2Module {

    private Bz2Module() {}

    public static PyModule create() {
        PyModule m = new PyModule("_bz2");
        m.getDict().setStr("BZ2Compressor", Compressor.TYPE);
        m.getDict().setStr("BZ2Decompressor", Decompressor.TYPE);
        return m;
    }

    static byte[] buffer(PyObject o) {
        byte[] b = PyByteArray.bytesOf(o);
        if (b == null) {
            throw PyErr.typeError("a bytes-like object is required, not '" + o.type().getName() + "'");
        }
        return b;
    }

    /** _bz2.BZ2Compressor. Compare _bz2_BZ2Compressor_impl, compress, flush. */
    public static final class Compressor implements PyObject {
        static final PyType TYPE = Types.finish(Types.builtin("_bz2", "BZ2Compressor", Compressor.class,
            Compressor.class)).notSubclassable();

        private final Bz2Encoder enc;
        private boolean flushed;

        Compressor(Bz2Encoder enc) {
            this.enc = enc;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            Args.noKeywords("BZ2Compressor", kw);
            Args.positional("BZ2Compressor", args.length, 0, 1);
            int level = 9;
            if (args.length > 0) {
                if (args[0] instanceof org.pyvm.runtime.PyFloat) {
                    throw PyErr.typeError("'float' object cannot be interpreted as an integer");
                }
                level = Abstract.index(args[0]).intValue();
            }
            if (level < 1 || level > 9) {
                throw PyErr.valueError("compresslevel must be between 1 and 9");
            }
            return new Compressor(new Bz2Encoder(level));
        }

        @ExposedMethod
        static PyObject compress(Compressor self, PyObject data) {
            byte[] b = buffer(data);
            synchronized (self) {
                if (self.flushed) {
                    throw PyErr.valueError("Compressor has been flushed");
                }
                return new PyBytes(self.enc.compress(b));
            }
        }

        @ExposedMethod
        static PyObject flush(Compressor self) {
            synchronized (self) {
                if (self.flushed) {
                    throw PyErr.valueError("Repeated call to flush()");
                }
                self.flushed = true;
                return new PyBytes(self.enc.finish());
            }
        }

        @ExposedMethod
        static PyObject __reduce__(Compressor self) {
            throw PyErr.typeError("cannot pickle '_bz2.BZ2Compressor' object");
        }
    }

    /** _bz2.BZ2Decompressor. Compare _bz2_BZ2Decompressor_impl, decompress, decompress_buf. */
    public static final class Decompressor implements PyObject {
        static final PyType TYPE = Types.finish(Types.builtin("_bz2", "BZ2Decompressor", Decompressor.class,
            Decompressor.class)).notSubclassable();

        private static final byte[] EMPTY = new byte[0];

        private final Queue out = new Queue();
        private final Bz2Decoder dec = new Bz2Decoder(out);
        private boolean eof;
        private boolean needsInput = true;
        private byte[] unused = EMPTY;

        @Override
        public PyType type() {
            return TYPE;
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            Args.noKeywords("BZ2Decompressor", kw);
            Args.positional("BZ2Decompressor", args.length, 0, 0);
            return new Decompressor();
        }

        @ExposedMethod
        static PyObject decompress(Decompressor self, PyObject[] args, String[] kw) {
            PyObject[] a = Args.parse("decompress", args, kw, 1, 2, "data", "max_length");
            byte[] data = buffer(a[0]);
            long max = a[1] == null ? -1 : Abstract.index(a[1]).longValue();
            synchronized (self) {
                if (self.eof) {
                    throw PyErr.of(PyExc.EOFError, "End of stream already reached");
                }
                self.dec.feed(data);
                if (max < 0 || self.out.size() < max) {
                    try {
                        self.dec.decode();
                    } catch (Bz2Decoder.DataError e) {
                        throw PyErr.of(PyExc.OSError, e.getMessage());
                    }
                }
                byte[] res = self.out.take(max);
                if (self.dec.done && self.out.size() == 0) {
                    self.eof = true;
                    self.needsInput = false;
                    self.unused = self.dec.rest();
                } else {
                    self.needsInput = !(max >= 0 && res.length == max);
                }
                return new PyBytes(res);
            }
        }

        @ExposedGetter
        static PyObject eof(Decompressor self) {
            return PyBool.of(self.eof);
        }

        @ExposedGetter
        static PyObject needs_input(Decompressor self) {
            return PyBool.of(self.needsInput);
        }

        @ExposedGetter
        static PyObject unused_data(Decompressor self) {
            return new PyBytes(self.unused);
        }

        @ExposedMethod
        static PyObject __reduce__(Decompressor self) {
            throw PyErr.typeError("cannot pickle '_bz2.BZ2Decompressor' object");
        }
    }

    /** Decoded bytes not handed out yet. */
    static final class Queue implements Bz2Decoder.Out {
        private byte[] b = new byte[0];
        private int start;
        private int end;

        @Override
        public void write(byte[] src, int off, int len) {
            if (end + len > b.length) {
                int live = end - start;
                byte[] nb = live + len <= b.length ? b : new byte[Math.max(live + len, b.length * 2)];
                System.arraycopy(b, start, nb, 0, live);
                b = nb;
                start = 0;
                end = live;
            }
            System.arraycopy(src, off, b, end, len);
            end += len;
        }

        int size() {
            return end - start;
        }

        byte[] take(long max) {
            int k = max < 0 ? size() : (int) Math.min(max, size());
            byte[] r = java.util.Arrays.copyOfRange(b, start, start + k);
            start += k;
            if (start == end) {
                start = end = 0;
            }
            return r;
        }
    }
}
