package org.pyvm.bytecode;

import java.util.Arrays;

/**
 * A Python {@code dict} from general marshal data: keys and values in marshal's order,
 * compared by value (see {@link Constant}). A key written twice stays twice; the runtime
 * building the dict keeps the last value, as CPython's reader does. The arrays must not
 * be modified.
 */
public final class DictConst {

    private Object[] keys;
    private Object[] values;

    public DictConst(Object[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** The reader's dict, made before its items are read (a dict may hold itself), then filled. */
    static DictConst empty() {
        return new DictConst(new Object[0], new Object[0]);
    }

    void fill(Object[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    public Object[] keys() {
        return keys;
    }

    public Object[] values() {
        return values;
    }

    public int size() {
        return keys.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DictConst d && Arrays.equals(keys, d.keys) && Arrays.equals(values, d.values);
    }

    @Override
    public int hashCode() {
        // The size only: a dict may hold itself (see ListConst.hashCode).
        return keys.length;
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
