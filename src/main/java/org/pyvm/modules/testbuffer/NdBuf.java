package org.pyvm.modules.testbuffer;

import org.pyvm.runtime.PyBuffer;

/**
 * One base buffer of an ndarray (a node of its list of bases): its memory, the offset of
 * the array in it, its ND_* flags and the buffer it exports. A consumer ndarray's single
 * node holds the buffer it got from its exporter instead (no memory of its own; len and
 * offset -1). Compare Modules/_testbuffer.c: ndbuf_t.
 */
final class NdBuf {
    NdBuf next;
    NdBuf prev;
    int len;
    int offset;
    byte[] data;
    int flags;
    /** The exports of this base not yet released. */
    final PyBuffer.Live exports = new PyBuffer.Live();
    /** Whether a buffer was ever exported (a base is dropped when its last export goes). */
    boolean exported;
    PyBuffer base;

    /** Compare ndbuf_new: a base of NITEMS items of ITEMSIZE bytes, the array at OFFSET. */
    static NdBuf create(int nitems, int itemsize, long offset, int flags) {
        long len = (long) nitems * itemsize;
        if (offset % itemsize != 0) {
            throw org.pyvm.runtime.PyErr.valueError("offset must be a multiple of itemsize");
        }
        if (offset < 0 || offset + itemsize > len) {
            throw org.pyvm.runtime.PyErr.valueError("offset out of bounds");
        }
        if (len > Integer.MAX_VALUE - 8) {
            throw org.pyvm.runtime.PyErr.of(org.pyvm.runtime.PyExc.MemoryError, "pyvm: ndarray too large");
        }
        NdBuf b = new NdBuf();
        b.len = (int) len;
        b.offset = (int) offset;
        b.data = new byte[(int) len];
        b.flags = flags;
        PyBuffer base = new PyBuffer();
        base.mem = b.data;
        base.buf = 0;
        base.len = (int) len;
        base.itemsize = 1;
        base.ndim = 1;
        base.internal = b;
        b.base = base;
        return b;
    }
}
