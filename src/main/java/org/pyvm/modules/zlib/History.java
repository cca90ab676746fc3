package org.pyvm.modules.zlib;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;

/**
 * The calls made on a compression or decompression object, so that copy() can make its
 * twin. zlib copies a stream's state (deflateCopy, inflateCopy); java.util.zip's Deflater
 * and Inflater cannot, so a copy is a new stream made with the same parameters and given
 * the same calls again, their output thrown away: deflate and inflate are deterministic,
 * so it is then in the same state and writes what the original would. The input is kept
 * up to {@link #LIMIT} bytes; past that the stream can no longer be copied (copy() says
 * so) and nothing more is kept.
 */
final class History {

    static final long LIMIT = 64L << 20;

    /** One call: its input (a copy: a bytearray's storage may change) and its int argument. */
    record Call(byte[] data, int arg) {}

    private List<Call> calls = new ArrayList<>();
    private long size;

    History() {}

    private History(List<Call> calls, long size) {
        this.calls = calls;
        this.size = size;
    }

    void add(byte[] data, int arg) {
        if (calls == null) {
            return;
        }
        size += data.length;
        if (size > LIMIT) {
            calls = null;
            return;
        }
        calls.add(new Call(data.clone(), arg));
    }

    /** The calls so far, or NotImplementedError once the input outgrew what is kept. */
    List<Call> calls(String what) {
        if (calls == null) {
            throw PyErr.of(PyExc.NotImplementedError, "pyvm: " + what + ".copy() after more than " + (LIMIT >> 20)
                + " MiB of input is not supported (java.util.zip cannot copy a stream's state)");
        }
        return calls;
    }

    History copy() {
        return new History(calls == null ? null : new ArrayList<>(calls), size);
    }
}
