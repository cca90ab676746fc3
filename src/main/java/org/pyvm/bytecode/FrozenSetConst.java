package org.pyvm.bytecode;

import java.util.Arrays;

/**
 * A Python {@code frozenset}, items in marshal's order (duplicates are not removed), compared by value (see {@link Constant}).
 * The array must not be modified.
 */
public record FrozenSetConst(Object[] items) {

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrozenSetConst t && Arrays.equals(items, t.items);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(items);
    }

    @Override
    public String toString() {
        return "FrozenSetConst" + Arrays.toString(items);
    }
}
