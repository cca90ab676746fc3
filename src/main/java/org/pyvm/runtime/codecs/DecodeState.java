package org.pyvm.runtime.codecs;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.UnicodeErrors;

/**
 * One decoding in progress: the input, the text decoded so far and the error handler.
 * A decoder calls {@link #error} for malformed input; the standard handlers run here in
 * Java without making an exception object, others are called with a UnicodeDecodeError
 * and may even replace the input (the decoder then reads {@link #in} again). Compare
 * CPython Objects/unicodeobject.c: unicode_decode_call_errorhandler_writer.
 */
public final class DecodeState {

    /** The input; a custom handler may replace it (exc.object = ...). */
    public byte[] in;
    public final String encoding;
    private final String errors;
    private final int kind;
    public final StringBuilder out;
    private PyObject handler;

    public DecodeState(String encoding, byte[] in, String errors) {
        this.encoding = encoding;
        this.in = in;
        this.errors = errors;
        this.kind = ErrorHandlers.kindOf(errors);
        this.out = new StringBuilder(in.length);
    }

    /** Appends code point C (lone surrogates as one char). */
    public void append(int c) {
        if (c < 0x10000) {
            out.append((char) c);
        } else {
            out.appendCodePoint(c);
        }
    }

    public String text() {
        return out.toString();
    }

    /** Whether the handler is surrogatepass (the UTF decoders then accept surrogates themselves). */
    public boolean surrogatePass() {
        return kind == ErrorHandlers.SURROGATEPASS;
    }

    /**
     * Handles the malformed bytes [START, END) with REASON: appends the replacement and
     * returns where decoding resumes.
     */
    public int error(String reason, int start, int end) {
        switch (kind) {
            case ErrorHandlers.STRICT -> throw UnicodeErrors.decodeError(encoding, in, start, end, reason);
            case ErrorHandlers.IGNORE -> {
                return end;
            }
            case ErrorHandlers.REPLACE -> {
                out.append('\ufffd');
                return end;
            }
            case ErrorHandlers.BACKSLASHREPLACE -> {
                for (int i = start; i < end; i++) {
                    out.append(String.format("\\x%02x", in[i] & 0xff));
                }
                return end;
            }
            case ErrorHandlers.SURROGATEESCAPE -> {
                int n = ErrorHandlers.escapeBytes(in, start, end, out);
                if (n == 0) {
                    throw UnicodeErrors.decodeError(encoding, in, start, end, reason);
                }
                return start + n;
            }
            case ErrorHandlers.SURROGATEPASS -> {
                int n = ErrorHandlers.passSurrogate(encoding, in, start, out);
                if (n == 0) {
                    throw UnicodeErrors.decodeError(encoding, in, start, end, reason);
                }
                return start + n;
            }
            default -> {
                return callHandler(reason, start, end);
            }
        }
    }

    private int callHandler(String reason, int start, int end) {
        if (handler == null) {
            handler = CodecRegistry.lookupError(errors);
        }
        PyBaseException exc = UnicodeErrors.decodeError(encoding, in, start, end, reason);
        PyObject r = Abstract.call(handler, exc);
        if (!(r instanceof PyTuple t) || t.size() != 2 || !(t.get(0) instanceof PyStr rep) || !(t.get(1) instanceof PyInt)) {
            throw PyErr.typeError("decoding error handler must return (str, int) tuple");
        }
        PyObject obj = UnicodeErrors.attr(exc, "object");
        byte[] now = PyByteArray.bytesOf(obj);
        if (now == null) {
            throw PyErr.typeError("exception attribute object must be bytes");
        }
        if (now != in) {
            in = obj instanceof PyBytes ? now : now.clone();
        }
        long pos = Abstract.index(t.get(1)).longValue();
        if (pos < 0) {
            pos += in.length;
        }
        if (pos < 0 || pos > in.length) {
            throw PyErr.indexError("position " + pos + " from error handler out of bounds");
        }
        out.append(rep.value());
        return (int) pos;
    }
}
