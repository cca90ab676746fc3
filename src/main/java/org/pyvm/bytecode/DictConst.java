package org.pyvm.bytecode;

import java.util.Arrays;

/**
 * A Python {@code dict} from general marshal data: keys and values in marshal's order,
 * compared by value (see {@link Constant}). A key written twice stays twice; the runtime
 * building the dict keeps the last value, as CPython's reader does. The arrays must not
 * be modified.
 */
public record DictConst(Object[] keys, Object[] values) {

    public int size() {
        return keys.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DictConst d && Arrays.equals(keys, d.keys) && Arrays.equals(values, d.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(keys) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("DictConst{");
        for (int i = 0; i < keys.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(keys[i]).append(": ").append(values[i]);
        }
        return sb.append('}').toString();
    }
}
