package org.pyvm.ast;

import java.util.Arrays;

/**
 * The neutral Java values that {@code Constant.value} holds, read by the compiler:
 * <ul>
 * <li>int: {@link Long} when it fits, else {@link java.math.BigInteger};
 * <li>float: {@link Double}; imaginary literal: {@link Complex} (real part 0);
 * <li>str: {@link String} ({@link CodePoints} when it holds surrogates); bytes: {@link Bytes};
 * <li>True/False: {@link Boolean}; None: {@link #NONE}; Ellipsis: {@link #ELLIPSIS}.
 * </ul>
 */
public final class Constants {
    private Constants() {}

    /** Python's None and Ellipsis singletons as constant values. */
    public enum Singleton {
        NONE("None"), ELLIPSIS("Ellipsis");

        private final String repr;

        Singleton(String repr) {
            this.repr = repr;
        }

        @Override
        public String toString() {
            return repr;
        }
    }

    public static final Singleton NONE = Singleton.NONE;
    public static final Singleton ELLIPSIS = Singleton.ELLIPSIS;

    /** A complex constant (imaginary literals have real == 0.0). */
    public record Complex(double real, double imag) {}

    /**
     * A str constant holding surrogate code points, which only \\u and \\U escapes can
     * write ("\\ud83d\\ude00" is two code points in Python; a Java String would read them
     * as one character). Every other str constant is a {@link String}.
     */
    public record CodePoints(int[] value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof CodePoints c && Arrays.equals(value, c.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return Repr.str(value);
        }
    }

    /** A bytes constant: the bytes, compared by value. */
    public record Bytes(byte[] value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(value, b.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return Repr.bytes(value);
        }
    }
}
