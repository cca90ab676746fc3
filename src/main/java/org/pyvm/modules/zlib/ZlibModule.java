package org.pyvm.modules.zlib;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The zlib module on java.util.zip: compress/decompress with level and wbits (zlib, raw
 * and gzip wrappers written here), compressobj/decompressobj with flush modes,
 * unused_data, unconsumed_tail and eof, _ZlibDecompressor, crc32, adler32, the constants
 * and zlib.error. memLevel is checked and left to java.util.zip (8); Z_PARTIAL_FLUSH and
 * Z_BLOCK flush as Z_SYNC_FLUSH (see Deflating). Not supported (NotImplementedError): the
 * Z_RLE/Z_FIXED strategies, copy() of a stream past 64 MiB of input (see History).
 * Compare CPython Modules/zlibmodule.c.
 */
public final class ZlibModule {

    private ZlibModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("zlib");
        m.addFunctions(ZlibModule.class);
        PyDict d = m.getDict();
        PyDict ns = new PyDict();
        ns.setStr("__module__", PyStr.of("zlib"));
        d.setStr("error", Abstract.call(PyType.TYPE, PyStr.of("error"), PyTuple.of(PyExc.Exception), ns));
        Object[][] consts = {{"MAX_WBITS", 15}, {"DEFLATED", 8}, {"DEF_MEM_LEVEL", 8}, {"DEF_BUF_SIZE", 16384},
            {"Z_NO_COMPRESSION", 0}, {"Z_BEST_SPEED", 1}, {"Z_BEST_COMPRESSION", 9}, {"Z_DEFAULT_COMPRESSION", -1},
            {"Z_FILTERED", 1}, {"Z_HUFFMAN_ONLY", 2}, {"Z_RLE", 3}, {"Z_FIXED", 4}, {"Z_DEFAULT_STRATEGY", 0},
            {"Z_NO_FLUSH", 0}, {"Z_PARTIAL_FLUSH", 1}, {"Z_SYNC_FLUSH", 2}, {"Z_FULL_FLUSH", 3}, {"Z_FINISH", 4},
            {"Z_BLOCK", 5}, {"Z_TREES", 6}};
        for (Object[] c : consts) {
            d.setStr((String) c[0], PyInt.of((Integer) c[1]));
        }
        d.setStr("ZLIB_VERSION", PyStr.of("1.2.13"));
        d.setStr("ZLIB_RUNTIME_VERSION", PyStr.of("1.2.13"));
        d.setStr("Compress", Compress.TYPE);
        d.setStr("Decompress", Decompress.TYPE);
        d.setStr("_ZlibDecompressor", ZlibDecompressor.TYPE);
        return m;
    }

    static PyBaseException error(String msg) {
        PyType t = (PyType) PyRuntime.builtinModule("zlib").getDict().getStr("error");
        return PyErr.of(t, msg);
    }

    static byte[] buffer(PyObject o) {
        byte[] b = org.pyvm.runtime.PyMemoryView.simpleBufferBytes(o);
        if (b == null) {
            throw PyErr.typeError("a bytes-like object is required, not '" + o.type().getName() + "'");
        }
        return b;
    }

    static int intArg(PyObject o, int dflt) {
        if (o == null) {
            return dflt;
        }
        if (o instanceof org.pyvm.runtime.PyFloat) {
            throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        }
        return Abstract.index(o).intValue();
    }

    private static long bitwise(PyObject o) {
        if (o instanceof org.pyvm.runtime.PyFloat) {
            throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        }
        return Abstract.index(o).bigValue().longValue() & 0xffffffffL;
    }

    private static void checkLevel(int level, String kind) {
        if (level < -1 || level > 9) {
            if (kind.equals("compress")) {
                throw error("Bad compression level");
            }
            throw PyErr.valueError("Invalid initialization option");
        }
    }

    @ExposedMethod
    static PyObject compress(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("compress", args, kw, 1, 3, "", "level", "wbits");
        byte[] data = buffer(a[0]);
        int level = intArg(a[1], -1);
        int wbits = intArg(a[2], 15);
        if (level < -1 || level > 9 || Deflating.formatOf(wbits) < 0) {
            throw error("Bad compression level");
        }
        Deflating d = new Deflating(level, wbits, 0, null);
        byte[] head = d.compress(data);
        byte[] rest = d.flush(4, "compressing data");
        byte[] out = java.util.Arrays.copyOf(head, head.length + rest.length);
        System.arraycopy(rest, 0, out, head.length, rest.length);
        return new PyBytes(out);
    }

    @ExposedMethod
    static PyObject decompress(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("decompress", args, kw, 1, 3, "", "wbits", "bufsize");
        byte[] data = buffer(a[0]);
        int wbits = intArg(a[1], 15);
        if (a[2] != null && Abstract.index(a[2]).signum() < 0) {
            throw PyErr.valueError("bufsize must be non-negative");
        }
        if (!Inflating.valid(wbits)) {
            throw error("Error -2 while preparing to decompress data: inconsistent stream state");
        }
        Inflating inf = new Inflating(wbits, null);
        byte[] out = inf.decompress(data, 0);
        if (!inf.eof()) {
            throw error("Error -5 while decompressing data: incomplete or truncated stream");
        }
        return new PyBytes(out);
    }

    @ExposedMethod
    static PyObject compressobj(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("compressobj", args, kw, 0, 6, "level", "method", "wbits", "memLevel", "strategy",
            "zdict");
        int level = intArg(a[0], -1);
        int method = intArg(a[1], 8);
        int wbits = intArg(a[2], 15);
        int memLevel = intArg(a[3], 8);
        int strategy = intArg(a[4], 0);
        checkLevel(level, "compressobj");
        if (method != 8 || Deflating.formatOf(wbits) < 0 || memLevel < 1 || memLevel > 9 || strategy < 0
            || strategy > 4) {
            throw PyErr.valueError("Invalid initialization option");
        }
        if (strategy >= 3) {
            throw PyErr.of(PyExc.NotImplementedError, "pyvm: zlib strategies Z_RLE and Z_FIXED are not supported (java.util.zip)");
        }
        byte[] zdict = null;
        if (a[5] != null && a[5] != PyNone.NONE) {
            zdict = PyByteArray.bytesOf(a[5]);
            if (zdict == null) {
                throw PyErr.typeError("zdict argument must support the buffer protocol");
            }
        }
        return new Compress(new Deflating(level, wbits, strategy, zdict).copyable());
    }

    @ExposedMethod
    static PyObject decompressobj(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("decompressobj", args, kw, 0, 2, "wbits", "zdict");
        int wbits = intArg(a[0], 15);
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
        return new Decompress(new Inflating(wbits, zdict).copyable());
    }

    @ExposedMethod
    static PyObject crc32(PyObject[] args, String[] kw) {
        Args.noKeywords("crc32", kw);
        Args.positional("crc32", args.length, 1, 2);
        byte[] b = buffer(args[0]);
        int start = args.length > 1 ? (int) bitwise(args[1]) : 0;
        return PyInt.of(Integer.toUnsignedLong(Checksums.crc32(start, b, 0, b.length)));
    }

    @ExposedMethod
    static PyObject adler32(PyObject[] args, String[] kw) {
        Args.noKeywords("adler32", kw);
        Args.positional("adler32", args.length, 1, 2);
        byte[] b = buffer(args[0]);
        int start = args.length > 1 ? (int) bitwise(args[1]) : 1;
        return PyInt.of(Integer.toUnsignedLong(Checksums.adler32(start, b, 0, b.length)));
    }

    /** zlib.Compress. */
    public static final class Compress implements PyObject {
        static final PyType TYPE = Types.finish(Types.builtin("zlib", "Compress", Compress.class, Compress.class))
            .notSubclassable();

        private final Deflating d;
        /** Set once flush(Z_FINISH) ended the stream (CPython's is_initialised cleared). */
        private boolean ended;

        Compress(Deflating d) {
            this.d = d;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @ExposedMethod
        static PyObject compress(Compress self, PyObject[] args, String[] kw) {
            PyObject[] a = Args.exact("compress", args, kw, 1);
            return new PyBytes(self.d.compress(buffer(a[0])));
        }

        @ExposedMethod
        static PyObject flush(Compress self, PyObject[] args, String[] kw) {
            Args.noKeywords("flush", kw);
            Args.positional("flush", args.length, 0, 1);
            int mode = args.length > 0 ? intArg(args[0], 4) : 4;
            if (mode == 0) {
                return new PyBytes(new byte[0]);
            }
            byte[] out = self.d.flush(mode, "flushing");
            // Compare zlib_Compress_flush_impl: Z_FINISH ends the stream (deflateEnd).
            self.ended |= mode == 4;
            return new PyBytes(out);
        }

        /** A stream in the same state; one ended by flush() cannot be copied. Compare zlib_Compress_copy_impl. */
        @ExposedMethod
        static PyObject copy(Compress self) {
            if (self.ended) {
                throw PyErr.valueError("Inconsistent stream state");
            }
            return new Compress(self.d.copy());
        }

        @ExposedMethod
        static PyObject __copy__(Compress self) {
            return copy(self);
        }

        @ExposedMethod
        static PyObject __deepcopy__(Compress self, PyObject memo) {
            return copy(self);
        }
    }

    /** zlib.Decompress. */
    public static final class Decompress implements PyObject {
        static final PyType TYPE = Types.finish(Types.builtin("zlib", "Decompress", Decompress.class, Decompress.class))
            .notSubclassable();

        private final Inflating inf;
        /** Set once flush() reached the end of the stream (CPython's is_initialised cleared). */
        private boolean ended;

        Decompress(Inflating inf) {
            this.inf = inf;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @ExposedMethod
        static PyObject decompress(Decompress self, PyObject[] args, String[] kw) {
            PyObject[] a = Args.parse("decompress", args, kw, 1, 2, "", "max_length");
            byte[] data = buffer(a[0]);
            long max = a[1] == null ? 0 : Abstract.index(a[1]).longValue();
            if (max < 0) {
                throw PyErr.valueError("max_length must be non-negative");
            }
            return new PyBytes(self.inf.decompress(data, (int) Math.min(max, Integer.MAX_VALUE)));
        }

        @ExposedMethod
        static PyObject flush(Decompress self, PyObject[] args, String[] kw) {
            Args.noKeywords("flush", kw);
            Args.positional("flush", args.length, 0, 1);
            if (args.length > 0 && Abstract.index(args[0]).signum() <= 0) {
                throw PyErr.valueError("length must be greater than zero");
            }
            byte[] tail = self.inf.tail;
            byte[] out = self.inf.decompress(tail, 0);
            // Compare zlib_Decompress_flush_impl: at the end of the stream it is ended (inflateEnd).
            self.ended |= self.inf.eof();
            return new PyBytes(out);
        }

        /** A stream in the same state; one ended by flush() cannot be copied. Compare zlib_Decompress_copy_impl. */
        @ExposedMethod
        static PyObject copy(Decompress self) {
            if (self.ended) {
                throw PyErr.valueError("Inconsistent stream state");
            }
            Decompress c = new Decompress(self.inf.copy());
            return c;
        }

        @ExposedMethod
        static PyObject __copy__(Decompress self) {
            return copy(self);
        }

        @ExposedMethod
        static PyObject __deepcopy__(Decompress self, PyObject memo) {
            return copy(self);
        }

        @ExposedGetter
        static PyObject unused_data(Decompress self) {
            return new PyBytes(self.inf.unused);
        }

        @ExposedGetter
        static PyObject unconsumed_tail(Decompress self) {
            return new PyBytes(self.inf.tail);
        }

        @ExposedGetter
        static PyObject eof(Decompress self) {
            return org.pyvm.runtime.PyBool.of(self.inf.eof());
        }
    }
}
