package org.pyvm.bytecode;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * A str constant in which a high surrogate is directly followed by a low one, each
 * written as its own escape ({@code '\ud800\udfff'} is two code points in Python). A Java
 * String would read such a pair as one supplementary character, so this constant keeps
 * its code points; every other str constant is a {@link String}. marshal writes each
 * surrogate as its own 3-byte sequence (UTF-8 with surrogatepass), as CPython does.
 */
public record StrPoints(int[] codePoints) {

    /** Whether CPS holds a surrogate pair a Java String could not keep apart. */
    public static boolean needed(int[] cps) {
        for (int i = 0; i + 1 < cps.length; i++) {
            if (Character.isHighSurrogate((char) cps[i]) && cps[i] <= 0xffff
                && Character.isLowSurrogate((char) cps[i + 1]) && cps[i + 1] <= 0xffff) {
                return true;
            }
        }
        return false;
    }

    /**
     * The code points as a Java String, where the pairs become one character each: for
     * consumers whose str is a Java String (the interpreter's str has the same limit).
     */
    public String merged() {
        return new String(codePoints, 0, codePoints.length);
    }

    /** UTF-8, each code point on its own: a surrogate takes 3 bytes (surrogatepass). */
    byte[] utf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(codePoints.length + 8);
        for (int c : codePoints) {
            if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xc0 | (c >> 6));
                out.write(0x80 | (c & 0x3f));
            } else if (c < 0x10000) {
                out.write(0xe0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3f));
                out.write(0x80 | (c & 0x3f));
            } else {
                out.write(0xf0 | (c >> 18));
                out.write(0x80 | ((c >> 12) & 0x3f));
                out.write(0x80 | ((c >> 6) & 0x3f));
                out.write(0x80 | (c & 0x3f));
            }
        }
        return out.toByteArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StrPoints p && Arrays.equals(codePoints, p.codePoints);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(codePoints);
    }

    @Override
    public String toString() {
        return PyRepr.str(codePoints);
    }
}
