package org.pyvm.bytecode;

import java.util.Arrays;

/**
 * A Python {@code list} from general marshal data, compared by value (see {@link Constant}).
 * The array must not be modified.
 */
public record ListConst(Object[] items) {

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListConst t && Arrays.equals(items, t.items);
    }

    @Override
    public int hashCode() {
        // The length only: a list may hold itself (marshal data can say so), and hashing
        // its items would never end. Equal lists still hash alike.
        return items.length;
    }

    @Override
    public String toString() {
        return "ListConst" + Arrays.toString(items);
    }
}
