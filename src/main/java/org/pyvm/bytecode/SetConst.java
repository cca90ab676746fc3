package org.pyvm.bytecode;

import java.util.Arrays;

/**
 * A Python {@code set} from general marshal data, items in marshal's order, compared by value (see {@link Constant}).
 * The array must not be modified.
 */
public record SetConst(Object[] items) {

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SetConst t && Arrays.equals(items, t.items);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(items);
    }

    @Override
    public String toString() {
        return "SetConst" + Arrays.toString(items);
    }
}
