package org.pyvm.runtime.codecs;

import java.util.Arrays;
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
 * One encoding in progress: the code points, the bytes written so far and the error
 * handler. An encoder calls {@link #error} for a run of characters it cannot encode; the
 * standard handlers run in Java, others are called with a UnicodeEncodeError. Characters
 * of a str replacement are encoded by the codec's {@link Codec#putChar}; a bytes
 * replacement is copied. Compare CPython Objects/unicodeobject.c:
 * unicode_encode_call_errorhandler and the error switch of unicode_encode_ucs1.
 */
public final class EncodeState {

    /** What an encoder must offer the error machinery. */
    public interface Codec {
        /** Writes replacement character C; false when this codec cannot encode it. */
        boolean putChar(EncodeState st, int c);

        /** Bytes replacements must be a multiple of this length (2 for UTF-16, 4 for UTF-32). */
        default int unit() {
            return 1;
        }

        /**
         * Whether surrogateescape writes the leading escapable characters before failing on
         * the rest (the UTF-8/Latin-1/ASCII encoders' own loop), rather than failing on the
         * whole run (the Python-level handler, which the charmap encoder calls).
         */
        default boolean escapesPartially() {
            return true;
        }
    }

    public final int[] cps;
    public final String encoding;
    private final String errors;
    private final int kind;
    private final Codec codec;
    private PyStr object;
    private PyObject handler;
    private byte[] buf;
    private int len;

    public EncodeState(String encoding, PyStr object, int[] cps, String errors, Codec codec) {
        this.encoding = encoding;
        this.object = object;
        this.cps = cps;
        this.errors = errors;
        this.kind = ErrorHandlers.kindOf(errors);
        this.codec = codec;
        this.buf = new byte[Math.max(16, cps.length + 8)];
    }

    public void put(int b) {
        if (len == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        buf[len++] = (byte) b;
    }

    public void put(byte[] b, int off, int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
        System.arraycopy(b, off, buf, len, n);
        len += n;
    }

    public byte[] bytes() {
        return Arrays.copyOf(buf, len);
    }

    public int length() {
        return len;
    }

    private PyStr object() {
        if (object == null) {
            object = PyStr.of(new String(cps, 0, cps.length));
        }
        return object;
    }

    public PyBaseException exception(String reason, int start, int end) {
        return UnicodeErrors.encodeError(encoding, object(), start, end, reason);
    }

    private void putAscii(String s, String reason, int start, int end) {
        for (int i = 0; i < s.length(); i++) {
            if (!codec.putChar(this, s.charAt(i))) {
                throw exception(reason, start, end);
            }
        }
    }

    /**
     * Handles the characters [START, END) the codec cannot encode (REASON says why):
     * writes the replacement and returns the index where encoding resumes.
     */
    public int error(String reason, int start, int end) {
        switch (kind) {
            case ErrorHandlers.STRICT -> throw exception(reason, start, end);
            case ErrorHandlers.IGNORE -> {
                return end;
            }
            case ErrorHandlers.REPLACE -> {
                for (int i = start; i < end; i++) {
                    putAscii("?", reason, start, end);
                }
                return end;
            }
            case ErrorHandlers.BACKSLASHREPLACE, ErrorHandlers.XMLCHARREFREPLACE, ErrorHandlers.NAMEREPLACE -> {
                StringBuilder sb = new StringBuilder();
                for (int i = start; i < end; i++) {
                    ErrorHandlers.replacement(kind, cps[i], sb);
                }
                putAscii(sb.toString(), reason, start, end);
                return end;
            }
            case ErrorHandlers.SURROGATEESCAPE -> {
                if ((end - start) % codec.unit() != 0 || !codec.escapesPartially() && !allEscapes(start, end)) {
                    // One byte per character: not a whole number of UTF-16/32 units.
                    throw exception(reason, start, end);
                }
                int i = start;
                while (i < end && cps[i] >= 0xdc80 && cps[i] <= 0xdcff) {
                    put(cps[i] - 0xdc00);
                    i++;
                }
                if (i < end) {
                    throw exception(reason, i, end);
                }
                return end;
            }
            case ErrorHandlers.SURROGATEPASS -> {
                for (int i = start; i < end; i++) {
                    int c = cps[i];
                    byte[] b = c < 0xd800 || c > 0xdfff ? null : ErrorHandlers.surrogateBytes(encoding, c);
                    if (b == null) {
                        throw exception(reason, start, end);
                    }
                    put(b, 0, b.length);
                }
                return end;
            }
            default -> {
                return callHandler(reason, start, end);
            }
        }
    }

    private boolean allEscapes(int start, int end) {
        for (int i = start; i < end; i++) {
            if (cps[i] < 0xdc80 || cps[i] > 0xdcff) {
                return false;
            }
        }
        return true;
    }

    private int callHandler(String reason, int start, int end) {
        if (handler == null) {
            handler = CodecRegistry.lookupError(errors);
        }
        PyBaseException exc = exception(reason, start, end);
        PyObject r = Abstract.call(handler, exc);
        if (!(r instanceof PyTuple t) || t.size() != 2 || !(t.get(1) instanceof PyInt)
            || !(t.get(0) instanceof PyStr || t.get(0) instanceof PyBytes)) {
            throw PyErr.typeError("encoding error handler must return (str/bytes, int) tuple");
        }
        long pos = Abstract.index(t.get(1)).longValue();
        if (pos < 0) {
            pos += cps.length;
        }
        if (pos < 0 || pos > cps.length) {
            throw PyErr.indexError("position " + pos + " from error handler out of bounds");
        }
        if (t.get(0) instanceof PyStr s) {
            s.value().codePoints().forEach(c -> {
                if (!codec.putChar(this, c)) {
                    throw exception(reason, start, end);
                }
            });
        } else {
            byte[] b = PyByteArray.bytesOf(t.get(0));
            if (b.length % codec.unit() != 0) {
                throw exception(reason, start, end);
            }
            put(b, 0, b.length);
        }
        return (int) pos;
    }
}
