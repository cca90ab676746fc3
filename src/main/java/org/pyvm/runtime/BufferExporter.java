package org.pyvm.runtime;

/**
 * An object of a builtin module that exports its own byte array as a buffer (what
 * {@code memoryview(obj)} views), such as {@code _io.BytesIO.getbuffer()}'s
 * {@code _io._BytesIOBuffer}. The exporter keeps its array at exactly the buffer's length
 * and does not replace it while {@link #exports()} says a view is in use. Compare CPython's
 * bf_getbuffer/bf_releasebuffer slots.
 */
public interface BufferExporter extends PyObject {

    /** The array the views read and write (its length is the buffer's length). */
    byte[] exportedArray();

    /** Whether views of this buffer are read-only. */
    boolean exportedReadonly();

    /**
     * ARRAY, an array {@link #exportedArray()} returned, was written into: an exporter whose
     * array is a copy of memory kept elsewhere (a ctypes instance's native memory) writes it
     * back. Writers call it after each write (memoryview assignment, readinto, pack_into).
     */
    default void exportedWritten(byte[] array) {}

    /** The record of live views, made by the exporter once (see {@link PyMemoryView.Exports}). */
    PyMemoryView.Exports exports();

    /** The struct format of one item ("B" for plain bytes; array.array exports its typecode). */
    default String exportedFormat() {
        return "B";
    }

    /** The size in bytes of one item of {@link #exportedFormat()}. */
    default int exportedItemsize() {
        return 1;
    }

    /**
     * The shape of the views (an empty array for 0-dim views of a scalar), or null for one
     * dimension of as many items as the array holds.
     */
    default int[] exportedShape() {
        return null;
    }
}
