package org.pyvm.modules.struct;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.HalfFloat;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyObject;

/**
 * A compiled struct format: byte order, item codes with counts and offsets, and the packing
 * and unpacking of each code. Native mode ('@') is x86-64 Linux's: C sizes with
 * alignment, little-endian; the standard modes ('=', '<', '>', '!') have fixed sizes and
 * no alignment. Compare CPython Modules/_struct.c: prepare_s, native_table, lilendian_table,
 * bigendian_table, s_pack_internal, s_unpack_internal, PyFloat_Pack2/4.
 */
final class StructFormat {

    /** One code with its repeat count (for 's'/'p' the count is the length) at OFFSET. */
    record Item(char code, long count, long offset, int size) {}

    final String format;
    final boolean nativeMode;
    final boolean little;
    final List<Item> items = new ArrayList<>();
    final long size;
    /** The number of values pack takes and unpack gives. */
    final long len;

    private StructFormat(String format, boolean nativeMode, boolean little, long size, long len) {
        this.format = format;
        this.nativeMode = nativeMode;
        this.little = little;
        this.size = size;
        this.len = len;
    }

    static PyBaseException error(String msg) {
        return PyErr.of(StructModule.error(), msg);
    }

    /** Size of CODE in the native or standard table, -1 for a character the table lacks. */
    private static int sizeOf(char c, boolean nat) {
        return switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L' -> nat ? 8 : 4;
            case 'q', 'Q', 'd' -> 8;
            case 'n', 'N', 'P' -> nat ? 8 : -1;
            default -> -1;
        };
    }

    /** Compiles FORMAT (ASCII text). Compare _struct.c: prepare_s. */
    static StructFormat compile(String format) {
        int i = 0;
        boolean nat = true;
        boolean little = true;
        if (!format.isEmpty()) {
            switch (format.charAt(0)) {
                case '@' -> i = 1;
                case '=', '<' -> {
                    nat = false;
                    i = 1;
                }
                case '>', '!' -> {
                    nat = false;
                    little = false;
                    i = 1;
                }
                default -> { }
            }
        }
        List<Item> items = new ArrayList<>();
        long size = 0;
        long len = 0;
        int n = format.length();
        while (i < n) {
            char c = format.charAt(i++);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f') {
                continue;
            }
            long num = 1;
            if (c >= '0' && c <= '9') {
                num = c - '0';
                while (true) {
                    if (i >= n) {
                        throw error("repeat count given without format specifier");
                    }
                    c = format.charAt(i++);
                    if (c < '0' || c > '9') {
                        break;
                    }
                    num = num * 10 + (c - '0');
                    if (num > Long.MAX_VALUE / 10 - 10) {
                        throw error("total struct size too long");
                    }
                }
            }
            int itemsize = sizeOf(c, nat);
            if (itemsize < 0) {
                throw error("bad char in struct format");
            }
            if (nat && size > 0 && itemsize > 1 && c != 's' && c != 'p') {
                size += (itemsize - 1) - (size - 1) % itemsize;
            }
            if (c == 's' || c == 'p') {
                len++;
            } else if (c != 'x') {
                len += num;
            }
            if (num > (Long.MAX_VALUE - size) / itemsize) {
                throw error("total struct size too long");
            }
            if (num > 0 || c == 's' || c == 'p') {
                items.add(new Item(c, num, size, itemsize));
            }
            size += num * itemsize;
        }
        StructFormat f = new StructFormat(format, nat, little, size, len);
        f.items.addAll(items);
        return f;
    }

    // --- packing ----------------------------------------------------------------------

    private static BigInteger intArg(PyObject v) {
        PyInt i;
        if (v instanceof PyInt p) {
            i = p;
        } else if (Abstract.hasIndex(v)) {
            i = Abstract.index(v);
        } else {
            throw error("required argument is not an integer");
        }
        return i.bigValue();
    }

    private static double floatArg(PyObject v) {
        try {
            return Abstract.toDouble(v);
        } catch (PyBaseException e) {
            if (e.matches(PyExc.TypeError) || e.matches(PyExc.OverflowError) || e.matches(PyExc.ValueError)) {
                throw error("required argument is not a float");
            }
            throw e;
        }
    }

    private static final BigInteger TWO64 = BigInteger.ONE.shiftLeft(64);

    private static boolean signed(char c) {
        return c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
    }

    private void putInt(byte[] buf, int off, int size, long bits) {
        for (int k = 0; k < size; k++) {
            int shift = 8 * k;
            buf[off + (little ? k : size - 1 - k)] = (byte) (bits >>> shift);
        }
    }

    /** Packs ARGS[FROM..] into BUF at BASE. Compare _struct.c: s_pack_internal. */
    void pack(PyObject[] args, int from, byte[] buf, int base) {
        int a = from;
        java.util.Arrays.fill(buf, base, base + (int) size, (byte) 0);
        for (Item it : items) {
            int off0 = base + (int) it.offset;
            char c = it.code;
            if (c == 'x') {
                java.util.Arrays.fill(buf, off0, off0 + (int) it.count, (byte) 0);
                continue;
            }
            int reps = c == 's' || c == 'p' ? 1 : (int) it.count;
            for (int r = 0; r < reps; r++) {
                int off = off0 + r * it.size;
                switch (c) {
                    case 's', 'p' -> {
                        PyObject v = args[a++];
                        byte[] b = v instanceof PyBytes || v instanceof PyByteArray ? PyByteArray.bytesOf(v) : null;
                        if (b == null) {
                            throw error("argument for '" + c + "' must be a bytes object");
                        }
                        int n = (int) it.count;
                        java.util.Arrays.fill(buf, off, off + n, (byte) 0);
                        if (c == 's') {
                            System.arraycopy(b, 0, buf, off, Math.min(b.length, n));
                        } else if (n > 0) {
                            int k = Math.min(b.length, n - 1);
                            System.arraycopy(b, 0, buf, off + 1, k);
                            buf[off] = (byte) Math.min(k, 255);
                        }
                    }
                    case 'c' -> {
                        PyObject v = args[a++];
                        if (!(v instanceof PyBytes b) || b.bytes().length != 1) {
                            throw error("char format requires a bytes object of length 1");
                        }
                        buf[off] = b.bytes()[0];
                    }
                    case '?' -> buf[off] = (byte) (Abstract.isTrue(args[a++]) ? 1 : 0);
                    case 'e' -> putInt(buf, off, 2, HalfFloat.pack(floatArg(args[a++])));
                    case 'f' -> {
                        double x = floatArg(args[a++]);
                        float y = (float) x;
                        if (!nativeMode && Float.isInfinite(y) && !Double.isInfinite(x)) {
                            throw PyErr.overflowError("float too large to pack with f format");
                        }
                        putInt(buf, off, 4, Float.floatToRawIntBits(y));
                    }
                    case 'd' -> putInt(buf, off, 8, Double.doubleToRawLongBits(floatArg(args[a++])));
                    default -> putInt(buf, off, it.size, intBits(c, it.size, args[a++]));
            }
            }
        }
    }

    /** The two's-complement bits of an integer item, with CPython's range errors. */
    private long intBits(char c, int size, PyObject v) {
        BigInteger x = intArg(v);
        if (c == 'P') {
            if (x.compareTo(BigInteger.valueOf(Long.MIN_VALUE)) < 0 || x.compareTo(TWO64) >= 0) {
                throw error("int too large to convert");
            }
            return x.longValue();
        }
        int bits = size * 8;
        BigInteger min;
        BigInteger max;
        if (signed(c)) {
            min = BigInteger.ONE.shiftLeft(bits - 1).negate();
            max = BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
        } else {
            min = BigInteger.ZERO;
            max = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        }
        if (x.compareTo(min) < 0 || x.compareTo(max) > 0) {
            throw error("'" + c + "' format requires " + min + " <= number <= " + max);
        }
        return x.longValue();
    }

    // --- unpacking --------------------------------------------------------------------

    private long getInt(byte[] buf, int off, int size) {
        long v = 0;
        for (int k = size - 1; k >= 0; k--) {
            v = v << 8 | (buf[off + (little ? k : size - 1 - k)] & 0xff);
        }
        return v;
    }

    /** Unpacks BUF at BASE. Compare _struct.c: s_unpack_internal. */
    PyObject[] unpack(byte[] buf, int base) {
        PyObject[] out = new PyObject[(int) len];
        int a = 0;
        for (Item it : items) {
            int off0 = base + (int) it.offset;
            char c = it.code;
            if (c == 'x') {
                continue;
            }
            int reps = c == 's' || c == 'p' ? 1 : (int) it.count;
            for (int r = 0; r < reps; r++) {
                int off = off0 + r * it.size;
                switch (c) {
                    case 's' -> out[a++] = new PyBytes(java.util.Arrays.copyOfRange(buf, off, off + (int) it.count));
                    case 'p' -> {
                        int n = it.count == 0 ? 0 : buf[off] & 0xff;
                        if (n >= it.count) {
                            n = (int) it.count - 1;
                        }
                        out[a++] = new PyBytes(it.count == 0 ? new byte[0] : java.util.Arrays.copyOfRange(buf, off + 1, off + 1 + n));
                    }
                    case 'c' -> out[a++] = new PyBytes(new byte[] {buf[off]});
                    case '?' -> out[a++] = PyBool.of(buf[off] != 0);
                    case 'e' -> out[a++] = PyFloat.of(HalfFloat.unpack((int) getInt(buf, off, 2)));
                    case 'f' -> out[a++] = PyFloat.of(Float.intBitsToFloat((int) getInt(buf, off, 4)));
                    case 'd' -> out[a++] = PyFloat.of(Double.longBitsToDouble(getInt(buf, off, 8)));
                    default -> {
                        long v = getInt(buf, off, it.size);
                        if (signed(c)) {
                            int shift = 64 - 8 * it.size;
                            out[a++] = PyInt.of(v << shift >> shift);
                        } else if (it.size == 8 && v < 0) {
                            out[a++] = PyInt.of(new BigInteger(Long.toUnsignedString(v)));
                        } else {
                            out[a++] = PyInt.of(v);
                        }
                    }
            }
            }
        }
        return out;
    }
}
