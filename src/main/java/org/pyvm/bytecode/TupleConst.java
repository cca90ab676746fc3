package org.pyvm.bytecode;

import java.util.Arrays;

/**
 * A Python {@code tuple}, compared by value (see {@link Constant}).
 * The array must not be modified.
 */
public record TupleConst(Object[] items) {

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TupleConst t && Arrays.equals(items, t.items);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(items);
    }

    @Override
    public String toString() {
        return "TupleConst" + Arrays.toString(items);
    }
}
