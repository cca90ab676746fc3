package org.pyvm.compiler;

/**
 * A map key equal only to a key of the very same object: a generic definition's node as
 * the key of its type-parameter scope (beside the node's own scope), a folded NaN or an
 * entry of a given constant list as a constant of its own.
 */
record IdentityKey(Object value) {
    @Override
    public boolean equals(Object o) {
        return o instanceof IdentityKey k && k.value == value;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(value);
    }
}
