package org.pyvm.runtime;

/**
 * IEEE 754 half precision (binary16), the "e" format of struct and memoryview: both pack
 * through here so that they round alike.
 */
public final class HalfFloat {

    private HalfFloat() {
    }

    /**
     * X as the bits of an IEEE half, rounded half-even straight from the double (a
     * double -> float -> half conversion rounds twice and differs in rare cases).
     * Compare floatobject.c: PyFloat_Pack2, with its OverflowError.
     */
    public static int pack(double x) {
        int sign;
        int e;
        int bits;
        if (x == 0.0) {
            sign = (Double.doubleToRawLongBits(x) < 0) ? 1 : 0;
            e = 0;
            bits = 0;
        } else if (Double.isInfinite(x)) {
            sign = x < 0.0 ? 1 : 0;
            e = 0x1f;
            bits = 0;
        } else if (Double.isNaN(x)) {
            sign = Double.doubleToRawLongBits(x) < 0 ? 1 : 0;
            e = 0x1f;
            bits = 512;
        } else {
            sign = x < 0.0 ? 1 : 0;
            double ax = Math.abs(x);
            int ex = Math.getExponent(ax);
            double f;
            if (ex == Double.MIN_EXPONENT - 1) {
                // Subnormal double: far below half's range.
                f = 0.0;
                e = 0;
            } else {
                f = ax / Math.scalb(1.0, ex);
                e = ex;
                if (e >= 16) {
                    throw PyErr.overflowError("float too large to pack with e format");
                } else if (e < -25) {
                    f = 0.0;
                    e = 0;
                } else if (e < -14) {
                    f = Math.scalb(f, 14 + e);
                    e = 0;
                } else {
                    e += 15;
                    f -= 1.0;
                }
            }
            f *= 1024.0;
            bits = (int) f;
            if (f - bits > 0.5 || (f - bits == 0.5 && bits % 2 == 1)) {
                bits++;
                if (bits == 1024) {
                    bits = 0;
                    e++;
                    if (e == 31) {
                        throw PyErr.overflowError("float too large to pack with e format");
                    }
                }
            }
        }
        return bits | (e << 10) | (sign << 15);
    }

    /** The value of the half whose bits are H. Compare floatobject.c: PyFloat_Unpack2. */
    public static double unpack(int h) {
        int sign = h >> 15 & 1;
        int e = h >> 10 & 0x1f;
        int f = h & 0x3ff;
        double x;
        if (e == 0x1f) {
            x = f == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else if (e == 0) {
            x = Math.scalb(f / 1024.0, -14);
        } else {
            x = Math.scalb(1.0 + f / 1024.0, e - 15);
        }
        return sign == 1 ? -x : x;
    }
}
