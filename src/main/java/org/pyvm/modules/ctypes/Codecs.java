package org.pyvm.modules.ctypes;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;

/**
 * The getters and setters of the simple C types, by type code: what a simple instance's
 * value, a structure field and an array item read and write. SIZE is the field size, or
 * for a bit field {@code (bits << 16) | lowBit} as in CPython. A setter returns what the
 * written memory must keep alive (None when nothing). Compare CPython 3.12
 * Modules/_ctypes/cfield.c: the formattable table (b_set/b_get ... O_set/O_get).
 */
final class Codecs {

    private Codecs() {}

    /** One C type's getter and setter (cfield.c: struct fielddesc). */
    abstract static class Codec {
        final char code;
        final int size;
        final int align;
        /** The linker's layout for a value of this type, null for long double. */
        final MemoryLayout layout;

        Codec(char code, int size, MemoryLayout layout) {
            this.code = code;
            this.size = size;
            this.align = size == 16 ? 16 : size;
            this.layout = layout;
        }

        abstract PyObject get(MemorySegment m, long off, int size);

        abstract PyObject set(MemorySegment m, long off, PyObject value, int size);

        /** The byte-swapped twin (for __ctype_be__ on a little-endian machine), or null. */
        Codec swapped() {
            return null;
        }
    }

    static int numBits(int size) {
        return size >>> 16;
    }

    static int lowBit(int size) {
        return size & 0xFFFF;
    }

    // ---- integers (b B h H i I l L q Q)

    static final class IntCodec extends Codec {
        final boolean signed;
        final boolean swap;

        IntCodec(char code, int size, boolean signed, boolean swap) {
            super(code, size, size == 1 ? JAVA_BYTE : size == 2 ? ValueLayout.JAVA_SHORT : size == 4
                ? ValueLayout.JAVA_INT : ValueLayout.JAVA_LONG);
            this.signed = signed;
            this.swap = swap;
        }

        /** The stored integer, sign- or zero-extended from this type's width. */
        long raw(MemorySegment m, long off) {
            ByteOrder bo = swap ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
            switch (size) {
                case 1: {
                    byte b = m.get(JAVA_BYTE, off);
                    return signed ? b : b & 0xFFL;
                }
                case 2: {
                    short s = m.get(ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(bo), off);
                    return signed ? s : s & 0xFFFFL;
                }
                case 4: {
                    int i = m.get(ValueLayout.JAVA_INT_UNALIGNED.withOrder(bo), off);
                    return signed ? i : i & 0xFFFFFFFFL;
                }
                default:
                    return m.get(ValueLayout.JAVA_LONG_UNALIGNED.withOrder(bo), off);
            }
        }

        void store(MemorySegment m, long off, long v) {
            ByteOrder bo = swap ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
            switch (size) {
                case 1 -> m.set(JAVA_BYTE, off, (byte) v);
                case 2 -> m.set(ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(bo), off, (short) v);
                case 4 -> m.set(ValueLayout.JAVA_INT_UNALIGNED.withOrder(bo), off, (int) v);
                default -> m.set(ValueLayout.JAVA_LONG_UNALIGNED.withOrder(bo), off, v);
            }
        }

        /** The value, a bit field extracted (cfield.c: GET_BITFIELD). */
        long getLong(MemorySegment m, long off, int sz) {
            long v = raw(m, off);
            int bits = numBits(sz);
            if (bits != 0) {
                v <<= 64 - lowBit(sz) - bits;
                v = signed ? v >> (64 - bits) : v >>> (64 - bits);
            }
            return v;
        }

        @Override
        PyObject get(MemorySegment m, long off, int sz) {
            long v = getLong(m, off, sz);
            if (!signed && v < 0) {
                return PyInt.of(new BigInteger(Long.toUnsignedString(v)));
            }
            return PyInt.of(v);
        }

        @Override
        PyObject set(MemorySegment m, long off, PyObject value, int sz) {
            long v = maskedLong(value);
            int bits = numBits(sz);
            if (bits != 0) {
                long mask = bits == 64 ? -1L : (1L << bits) - 1;
                long old = raw(m, off);
                v = (old & ~(mask << lowBit(sz))) | ((v & mask) << lowBit(sz));
            }
            store(m, off, v);
            return PyNone.NONE;
        }

        @Override
        Codec swapped() {
            return size == 1 ? null : new IntCodec(code, size, signed, !swap);
        }
    }

    /** An int's low 64 bits (PyLong_AsUnsignedLongLongMask). Compare cfield.c: get_long. */
    static long maskedLong(PyObject v) {
        PyInt i = Abstract.index(v);
        return i.isBig() ? i.bigValue().longValue() : i.longValue();
    }

    // ---- bool, floats

    static final class BoolCodec extends Codec {
        BoolCodec() {
            super('?', 1, JAVA_BYTE);
        }

        @Override
        PyObject get(MemorySegment m, long off, int sz) {
            return PyBool.of(m.get(JAVA_BYTE, off) != 0);
        }

        @Override
        PyObject set(MemorySegment m, long off, PyObject value, int sz) {
            m.set(JAVA_BYTE, off, (byte) (Abstract.isTrue(value) ? 1 : 0));
            return PyNone.NONE;
        }
    }

    /** v: VARIANT_BOOL, a short holding 0 or -1. Compare cfield.c: vBOOL_set, vBOOL_get. */
    static final class VariantBoolCodec extends Codec {
        VariantBoolCodec() {
            super('v', 2, ValueLayout.JAVA_SHORT);
        }

        @Override
        PyObject get(MemorySegment m, long off, int sz) {
            return PyBool.of(m.get(ValueLayout.JAVA_SHORT_UNALIGNED, off) != 0);
        }

        @Override
        PyObject set(MemorySegment m, long off, PyObject value, int sz) {
            m.set(ValueLayout.JAVA_SHORT_UNALIGNED, off, (short) (Abstract.isTrue(value) ? -1 : 0));
            return PyNone.NONE;
        }
    }

    static final class FloatCodec extends Codec {
        final boolean swap;

        FloatCodec(char code, int size, boolean swap) {
            super(code, size, size == 4 ? ValueLayout.JAVA_FLOAT : ValueLayout.JAVA_DOUBLE);
            this.swap = swap;
        }

        @Override
        PyObject get(MemorySegment m, long off, int sz) {
            ByteOrder bo = swap ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
            return PyFloat.of(size == 4 ? m.get(ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(bo), off)
                : m.get(ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(bo), off));
        }

        @Override
        PyObject set(MemorySegment m, long off, PyObject value, int sz) {
            double d = Abstract.toDouble(value);
            ByteOrder bo = swap ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
            if (size == 4) {
                m.set(ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(bo), off, (float) d);
            } else {
                m.set(ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(bo), off, d);
            }
            return PyNone.NONE;
        }

        @Override
        Codec swapped() {
            return new FloatCodec(code, size, !swap);
        }
    }

    /** long double: x86-64's 80-bit extended format in 16 bytes, converted to and from double. Compare cfield.c: g_set/g_get. */
    static final class LongDoubleCodec extends Codec {
        LongDoubleCodec() {
            super('g', 16, null);
        }

        @Override
        PyObject get(MemorySegment m, long off, int sz) {
            long mant = m.get(ValueLayout.JAVA_LONG_UNALIGNED, off);
            int se = m.get(ValueLayout.JAVA_SHORT_UNALIGNED, off + 8) & 0xFFFF;
            boolean neg = (se & 0x8000) != 0;
            int exp = se & 0x7FFF;
            double d;
            if (exp == 0 && mant == 0) {
                d = 0.0;
            } else if (exp == 0x7FFF) {
                d = (mant << 1) == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
            } else {
                // value = mant * 2^(exp - 16383 - 63), mant read as unsigned
                double um = mant >= 0 ? (double) mant : ((double) (mant >>> 1)) * 2.0 + (mant & 1);
                d = Math.scalb(um, exp - 16383 - 63);
            }
            return PyFloat.of(neg ? -d : d);
        }

        @Override
        PyObject set(MemorySegment m, long off, PyObject value, int sz) {
            double d = Abstract.toDouble(value);
            long bits = Double.doubleToRawLongBits(d);
            boolean neg = bits < 0;
            int e = (int) ((bits >>> 52) & 0x7FF);
            long frac = bits & 0xFFFFFFFFFFFFFL;
            long mant;
            int exp;
            if (e == 0 && frac == 0) {
                mant = 0;
                exp = 0;
            } else if (e == 0x7FF) {
                exp = 0x7FFF;
                mant = frac == 0 ? 0x8000000000000000L : 0xC000000000000000L;
            } else if (e == 0) {
                // subnormal double: normalize
                int shift = Long.numberOfLeadingZeros(frac) - 11;
                mant = frac << (11 + shift);
                exp = 1 - 1023 - shift + 16383;
            } else {
                mant = 0x8000000000000000L | (frac << 11);
                exp = e - 1023 + 16383;
            }
            m.set(ValueLayout.JAVA_LONG_UNALIGNED, off, mant);
            m.set(ValueLayout.JAVA_SHORT_UNALIGNED, off + 8, (short) ((neg ? 0x8000 : 0) | exp));
            for (int i = 10; i < 16; i++) {
                m.set(JAVA_BYTE, off + i, (byte) 0);
            }
            return PyNone.NONE;
        }
    }

    // ---- characters and strings

    /** c: one byte. Compare cfield.c: c_set, c_get. */
    static final class CharCodec extends Codec {
        CharCodec() {
            super('c', 1, JAVA_BYTE);
        }

        @Override
        PyObject get(MemorySegment m, long off, int sz) {
            return new PyBytes(new byte[] {m.get(JAVA_BYTE, off)});
        }

        @Override
        PyObject set(MemorySegment m, long off, PyObject value, int sz) {
            if (value instanceof PyBytes b && b.bytes().length == 1) {
                m.set(JAVA_BYTE, off, b.bytes()[0]);
                return PyNone.NONE;
            }
            if (value instanceof PyByteArray ba && ba.bytes().length == 1) {
                m.set(JAVA_BYTE, off, ba.bytes()[0]);
                return PyNone.NONE;
            }
            if (value instanceof PyInt i && !i.isBig() && i.longValue() >= 0 && i.longValue() < 256) {
                m.set(JAVA_BYTE, off, (byte) i.longValue());
                return PyNone.NONE;
            }
            throw PyErr.typeError("one character bytes, bytearray or integer expected");
        }
    }

    /** u: one wchar_t (UTF-32 on Linux). Compare cfield.c: u_set, u_get. */
    static final class WCharCodec extends Codec {
        WCharCodec() {
            super('u', 4, ValueLayout.JAVA_INT);
        }

        @Override
        PyObject get(MemorySegment m, long off, int sz) {
            return wcharStr(m.get(ValueLayout.JAVA_INT_UNALIGNED, off));
        }

        @Override
        PyObject set(MemorySegment m, long off, PyObject value, int sz) {
            if (!(value instanceof PyStr s)) {
                throw PyErr.typeError("unicode string expected instead of " + value.type().getName() + " instance");
            }
            if (s.length() != 1) {
                throw PyErr.typeError("one character unicode string expected");
            }
            m.set(ValueLayout.JAVA_INT_UNALIGNED, off, s.codePointAt(0));
            return PyNone.NONE;
        }
    }

    static PyStr wcharStr(int cp) {
        if (cp < 0 || cp > 0x10FFFF) {
            throw PyErr.valueError("character U+" + Integer.toHexString(cp) + " is not in range [U+0000; U+10ffff]");
        }
        return PyStr.ofCodePoint(cp);
    }

    /** s: a char array field read up to its first NUL. Compare cfield.c: s_set, s_get. */
    static final class StringCodec extends Codec {
        StringCodec() {
            super('s', 1, null);
        }

        @Override
        PyObject get(MemorySegment m, long off, int sz) {
            int n = 0;
            while (n < sz && m.get(JAVA_BYTE, off + n) != 0) {
                n++;
            }
            byte[] b = new byte[n];
            MemorySegment.copy(m, JAVA_BYTE, off, b, 0, n);
            return new PyBytes(b);
        }

        @Override
        PyObject set(MemorySegment m, long off, PyObject value, int sz) {
            if (!(value instanceof PyBytes b)) {
                throw PyErr.typeError("expected bytes, " + value.type().getName() + " found");
            }
            byte[] data = b.bytes();
            // bpo-39593: the bytes up to the first NUL, and the NUL when there is room.
            int n = 0;
            while (n < data.length && data[n] != 0) {
                n++;
            }
            if (n > sz) {
                throw PyErr.valueError("bytes too long (" + n + ", maximum length " + sz + ")");
            }
            MemorySegment.copy(data, 0, m, JAVA_BYTE, off, n);
            if (n < sz) {
                m.set(JAVA_BYTE, off + n, (byte) 0);
            }
            return PyNone.NONE;
        }
    }

    /** U: a wchar_t array field read up to its first NUL. Compare cfield.c: U_set, U_get. */
    static final class WStringCodec extends Codec {
        WStringCodec() {
            super('U', 4, null);
        }

        @Override
        PyObject get(MemorySegment m, long off, int sz) {
            int max = sz / 4;
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < max; i++) {
                int cp = m.get(ValueLayout.JAVA_INT_UNALIGNED, off + 4L * i);
                if (cp == 0) {
                    break;
                }
                sb.append(wcharStr(cp).value());
            }
            return PyStr.of(sb.toString());
        }

        @Override
        PyObject set(MemorySegment m, long off, PyObject value, int sz) {
            if (!(value instanceof PyStr s)) {
                throw PyErr.typeError("unicode string expected instead of " + value.type().getName() + " instance");
            }
            int n = s.length();
            int max = sz / 4;
            if (n > max) {
                throw PyErr.valueError("string too long (" + n + ", maximum length " + max + ")");
            }
            for (int i = 0; i < n; i++) {
                m.set(ValueLayout.JAVA_INT_UNALIGNED, off + 4L * i, s.codePointAt(i));
            }
            if (n < max) {
                m.set(ValueLayout.JAVA_INT_UNALIGNED, off + 4L * n, 0);
            }
            return PyNone.NONE;
        }
    }

    /** Native NUL-terminated copies of bytes objects, alive as long as the bytes object is. */
    private static final Map<PyBytes, MemorySegment> BYTES_COPIES = Collections.synchronizedMap(new WeakHashMap<>());

    /** The address of a NUL-terminated native copy of B (what CPython's PyBytes_AsString gives). */
    static long bytesAddress(PyBytes b) {
        MemorySegment s = BYTES_COPIES.get(b);
        if (s == null) {
            byte[] data = b.bytes();
            s = Native.allocate(data.length + 1L, 1);
            MemorySegment.copy(data, 0, s, JAVA_BYTE, 0, data.length);
            BYTES_COPIES.put(b, s);
        }
        return s.address();
    }

    /** A NUL-terminated wchar_t copy of S, kept alive by the returned holder. */
    static NativeBuffer wcharBuffer(PyStr s) {
        int n = s.length();
        MemorySegment seg = Native.allocate(4L * (n + 1), 4);
        for (int i = 0; i < n; i++) {
            seg.set(ValueLayout.JAVA_INT_UNALIGNED, 4L * i, s.codePointAt(i));
        }
        return new NativeBuffer(seg);
    }

    static PyObject stringAt(long addr) {
        return new PyBytes(Native.bytesAt(addr, Native.strlen(addr)));
    }

    static PyStr wstringAt(long addr, long n) {
        StringBuilder sb = new StringBuilder();
        MemorySegment m = Native.at(addr, 4 * n);
        for (long i = 0; i < n; i++) {
            sb.appendCodePoint(wcharStr(m.get(ValueLayout.JAVA_INT_UNALIGNED, 4 * i)).codePointAt(0));
        }
        return PyStr.of(sb.toString());
    }

    /** z: char*. Compare cfield.c: z_set, z_get. */
    static final class CharPCodec extends Codec {
        CharPCodec() {
            super('z', 8, ValueLayout.JAVA_LONG);
        }

        @Override
        PyObject get(MemorySegment m, long off, int sz) {
            long p = m.get(ValueLayout.JAVA_LONG_UNALIGNED, off);
            return p == 0 ? PyNone.NONE : stringAt(p);
        }

        @Override
        PyObject set(MemorySegment m, long off, PyObject value, int sz) {
            if (value == PyNone.NONE) {
                m.set(ValueLayout.JAVA_LONG_UNALIGNED, off, 0L);
                return PyNone.NONE;
            }
            if (value instanceof PyBytes b) {
                m.set(ValueLayout.JAVA_LONG_UNALIGNED, off, bytesAddress(b));
                return value;
            }
            if (value instanceof PyInt i) {
                m.set(ValueLayout.JAVA_LONG_UNALIGNED, off, maskedLong(i));
                return PyNone.NONE;
            }
            throw PyErr.typeError("bytes or integer address expected instead of " + value.type().getName() + " instance");
        }
    }

    /** Z: wchar_t*. Compare cfield.c: Z_set, Z_get. */
    static final class WCharPCodec extends Codec {
        WCharPCodec() {
            super('Z', 8, ValueLayout.JAVA_LONG);
        }

        @Override
        PyObject get(MemorySegment m, long off, int sz) {
            long p = m.get(ValueLayout.JAVA_LONG_UNALIGNED, off);
            return p == 0 ? PyNone.NONE : wstringAt(p, Native.wcslen(p));
        }

        @Override
        PyObject set(MemorySegment m, long off, PyObject value, int sz) {
            if (value == PyNone.NONE) {
                m.set(ValueLayout.JAVA_LONG_UNALIGNED, off, 0L);
                return PyNone.NONE;
            }
            if (value instanceof PyInt i) {
                m.set(ValueLayout.JAVA_LONG_UNALIGNED, off, maskedLong(i));
                return PyNone.NONE;
            }
            if (!(value instanceof PyStr s)) {
                throw PyErr.typeError("unicode string or integer address expected instead of "
                    + value.type().getName() + " instance");
            }
            NativeBuffer keep = wcharBuffer(s);
            m.set(ValueLayout.JAVA_LONG_UNALIGNED, off, keep.segment.address());
            return keep;
        }
    }

    /** P: void*. Compare cfield.c: P_set, P_get. */
    static final class VoidPCodec extends Codec {
        VoidPCodec() {
            super('P', 8, ValueLayout.JAVA_LONG);
        }

        @Override
        PyObject get(MemorySegment m, long off, int sz) {
            long p = m.get(ValueLayout.JAVA_LONG_UNALIGNED, off);
            return p == 0 ? PyNone.NONE : PyInt.of(p);
        }

        @Override
        PyObject set(MemorySegment m, long off, PyObject value, int sz) {
            long v;
            if (value == PyNone.NONE) {
                v = 0;
            } else if (value instanceof PyInt i) {
                v = i.isBig() ? i.bigValue().longValue() : i.longValue();
            } else {
                throw PyErr.typeError("cannot be converted to pointer");
            }
            m.set(ValueLayout.JAVA_LONG_UNALIGNED, off, v);
            return PyNone.NONE;
        }
    }

    /** O: PyObject*, stored as a handle of {@link Handles}. Compare cfield.c: O_set, O_get. */
    static final class ObjectCodec extends Codec {
        ObjectCodec() {
            super('O', 8, ValueLayout.JAVA_LONG);
        }

        @Override
        PyObject get(MemorySegment m, long off, int sz) {
            long h = m.get(ValueLayout.JAVA_LONG_UNALIGNED, off);
            if (h == 0) {
                throw PyErr.valueError("PyObject is NULL");
            }
            return Handles.get(h);
        }

        @Override
        PyObject set(MemorySegment m, long off, PyObject value, int sz) {
            m.set(ValueLayout.JAVA_LONG_UNALIGNED, off, Handles.of(value));
            return value;
        }
    }

    // ---- the table

    private static final Map<Character, Codec> TABLE = new java.util.HashMap<>();

    static {
        for (Codec c : new Codec[] {new IntCodec('b', 1, true, false), new IntCodec('B', 1, false, false),
            new IntCodec('h', 2, true, false), new IntCodec('H', 2, false, false), new IntCodec('i', 4, true, false),
            new IntCodec('I', 4, false, false), new IntCodec('l', 8, true, false), new IntCodec('L', 8, false, false),
            new IntCodec('q', 8, true, false), new IntCodec('Q', 8, false, false), new BoolCodec(), new VariantBoolCodec(),
            new FloatCodec('f', 4, false), new FloatCodec('d', 8, false), new LongDoubleCodec(), new CharCodec(),
            new WCharCodec(), new StringCodec(), new WStringCodec(), new CharPCodec(), new WCharPCodec(),
            new VoidPCodec(), new ObjectCodec()}) {
            TABLE.put(c.code, c);
        }
    }

    /** The codec of a type code, or null. Compare cfield.c: _ctypes_get_fielddesc. */
    static Codec of(char code) {
        return TABLE.get(code);
    }

    /** The type codes _SimpleCData subclasses accept, in CPython's order (SIMPLE_TYPE_CHARS). */
    static final String SIMPLE_TYPE_CHARS = "cbBhHiIlLdfuzZqQPXOv?g";

    static String decode(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
