package org.pyvm.runtime;

/**
 * An iterator written in Java: {@link #next} returns null at the end instead of raising
 * StopIteration, so that a for loop over it ends without a Java exception (DESIGN.md,
 * "Habits"). Its {@code __next__} raises StopIteration for Python callers.
 */
public interface PyIterator {

    /** The next item, or null when exhausted. */
    PyObject next();
}
