package org.pyvm.modules.cjk;

import java.io.ByteArrayOutputStream;
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
import org.pyvm.runtime.codecs.CodecRegistry;

/**
 * The loops that run a CjkCodec over a whole buffer, and what they do at an error:
 * strict raises, ignore skips, replace writes U+FFFD (decoding) or the codec's '?'
 * (encoding), and any other name calls the handler registered under it with the
 * UnicodeDecodeError/UnicodeEncodeError and resumes where it says. Compare CPython
 * Modules/cjkcodecs/multibytecodec.c: multibytecodec_decerror, multibytecodec_encerror,
 * multibytecodec_encode, decoder_feed_buffer.
 */
final class MbErrors {

    private MbErrors() {}

    static final String ILLEGAL = "illegal multibyte sequence";
    static final String INCOMPLETE = "incomplete multibyte sequence";

    /** The errors argument: null (strict) or a str. */
    static String errorsArg(String fn, PyObject o) {
        if (o == null || o == org.pyvm.runtime.PyNone.NONE) {
            return null;
        }
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError(fn + "() argument 'errors' must be str or None, not " + o.type().getName());
    }

    /**
     * Decodes IN[POS..END) into OUT until the input ends or ends inside a sequence;
     * returns where it stopped (END, or the start of the incomplete sequence).
     */
    static int feed(CjkCodec c, byte[] in, int pos, int end, StringBuilder out, String errors, long[] state) {
        while (pos < end) {
            int r = c.decode(in, pos, end, out, state);
            if (r > 0) {
                pos += r;
            } else if (r == CjkCodec.TOOFEW) {
                return pos;
            } else {
                pos = decodeError(c, in, pos, -r, ILLEGAL, out, errors);
            }
        }
        return pos;
    }

    /** Handles the ESIZE bad bytes at POS of IN (the whole buffer); returns where decoding resumes. */
    static int decodeError(CjkCodec c, byte[] in, int pos, int esize, String reason, StringBuilder out, String errors) {
        if ("replace".equals(errors)) {
            out.append('\ufffd');
            return pos + esize;
        }
        if ("ignore".equals(errors)) {
            return pos + esize;
        }
        PyBaseException exc = UnicodeErrors.decodeError(c.name, in, pos, pos + esize, reason);
        if (errors == null || errors.equals("strict")) {
            throw exc;
        }
        PyObject r = Abstract.call(CodecRegistry.lookupError(errors), exc);
        if (!(r instanceof PyTuple t) || t.size() != 2 || !(t.get(0) instanceof PyStr rep) || !(t.get(1) instanceof PyInt)) {
            throw PyErr.typeError("decoding error handler must return (str, int) tuple");
        }
        out.append(rep.value());
        return newPosition(t.get(1), in.length);
    }

    private static int newPosition(PyObject p, int len) {
        PyInt n = Abstract.index(p);
        // Beyond a C Py_ssize_t: CPython's conversion fails, leaving -1, which is out of bounds.
        long pos = n.isBig() ? -1 : n.value;
        if (pos < 0 && !n.isBig()) {
            pos += len;
        }
        if (pos < 0 || pos > len) {
            throw PyErr.indexError("position " + pos + " from error handler out of bounds");
        }
        return (int) pos;
    }

    /**
     * Encodes CPS[POS..END) into OUT; returns where it stopped (END, or the start of a
     * sequence that may go on, when FLUSH is false). OBJECT is the str the errors report;
     * STATE the codec's state, carried across calls.
     */
    static int encode(CjkCodec c, int[] cps, int pos, int end, ByteArrayOutputStream out, String errors, boolean flush,
                      PyStr object, long[] state) {
        while (pos < end) {
            int r = c.encode(cps, pos, end, out, flush, state);
            if (r > 0) {
                pos += r;
            } else if (r == CjkCodec.TOOFEW) {
                return pos;
            } else {
                pos = encodeError(c, cps, pos, -r, out, errors, object, state);
            }
        }
        return pos;
    }

    private static int encodeError(CjkCodec c, int[] cps, int pos, int esize, ByteArrayOutputStream out, String errors,
                                   PyStr object, long[] state) {
        if ("replace".equals(errors)) {
            if (c.encode(new int[] {'?'}, 0, 1, out, true, state) <= 0) {
                out.write('?');
            }
            return pos + esize;
        }
        if ("ignore".equals(errors)) {
            return pos + esize;
        }
        PyBaseException exc = UnicodeErrors.encodeError(c.name, object, pos, pos + esize, ILLEGAL);
        if (errors == null || errors.equals("strict")) {
            throw exc;
        }
        PyObject r = Abstract.call(CodecRegistry.lookupError(errors), exc);
        if (!(r instanceof PyTuple t) || t.size() != 2 || !(t.get(1) instanceof PyInt)
            || !(t.get(0) instanceof PyStr || t.get(0) instanceof PyBytes)) {
            throw PyErr.typeError("encoding error handler must return (str, int) tuple");
        }
        if (t.get(0) instanceof PyStr s) {
            // The replacement is encoded by the codec itself, strictly. Compare multibytecodec_encerror.
            int[] rc = s.value().codePoints().toArray();
            encode(c, rc, 0, rc.length, out, null, true, s, state);
        } else {
            byte[] b = PyByteArray.bytesOf(t.get(0));
            out.write(b, 0, b.length);
        }
        return newPosition(t.get(1), cps.length);
    }
}
