package org.pyvm.bytecode;

import java.util.Arrays;

/** A Python {@code bytes} constant, compared by value (see {@link Constant}). The array must not be modified. */
public record BytesConst(byte[] value) {

    @Override
    public boolean equals(Object o) {
        return o instanceof BytesConst b && Arrays.equals(value, b.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "BytesConst" + Arrays.toString(value);
    }
}
