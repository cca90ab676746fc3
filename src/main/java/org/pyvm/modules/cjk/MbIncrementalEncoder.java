package org.pyvm.modules.cjk;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * _multibytecodec.MultibyteIncrementalEncoder: encodes str pieces, keeping a code point
 * that may start a pair (big5hkscs) until the next piece or the final one. Compare CPython
 * multibytecodec.c: encoder_encode_stateful and the MultibyteIncrementalEncoder methods.
 * The stream writer shares {@link #encodeStateful}.
 */
final class MbIncrementalEncoder extends MbContext {

    static final PyType TYPE = Types.finish(Types.builtin("_multibytecodec", "MultibyteIncrementalEncoder",
        MbIncrementalEncoder.class, MbIncrementalEncoder.class).alsoExposedBy(MbContext.class));

    /** The most code points kept between calls. Compare MAXENCPENDING. */
    static final int MAX_PENDING = 2;
    /** Bytes of codec state in getstate()'s number (CPython's MultibyteCodec_State, unused by these codecs). */
    private static final int STATE_BYTES = 8;

    /** Code points kept from the last call, or null. */
    int[] pending;

    MbIncrementalEncoder(PyType type, CjkCodec codec, String errors) {
        super(type, codec, errors);
        state[0] = codec.initialState(true);
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("IncrementalEncoder", args, kw, 0, 1, "errors");
        String errors = errorsOf("IncrementalEncoder", a[0]);
        return new MbIncrementalEncoder(cls, codecOf(cls), errors);
    }

    /** Encodes the pending code points then INPUT; keeps what may continue unless FINAL. */
    static byte[] encodeStateful(MbContext ctx, int[][] pendingBox, PyObject input, boolean fin) {
        PyStr s = input instanceof PyStr str ? str : Abstract.str(input);
        int[] fresh = s.value().codePoints().toArray();
        int[] pend = pendingBox[0];
        int[] cps = fresh;
        PyStr object = s;
        if (pend != null) {
            cps = new int[pend.length + fresh.length];
            System.arraycopy(pend, 0, cps, 0, pend.length);
            System.arraycopy(fresh, 0, cps, pend.length, fresh.length);
            object = PyStr.of(new String(cps, 0, cps.length));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length * 2 + 16);
        int pos = MbErrors.encode(ctx.codec, cps, 0, cps.length, out, ctx.errors, fin, object, ctx.state);
        if (fin) {
            ctx.codec.encodeReset(ctx.state, out);
        }
        if (pos < cps.length) {
            if (cps.length - pos > MAX_PENDING) {
                throw PyErr.of(PyExc.UnicodeError, "pending buffer overflow");
            }
            pendingBox[0] = java.util.Arrays.copyOfRange(cps, pos, cps.length);
        } else {
            pendingBox[0] = null;
        }
        return out.toByteArray();
    }

    /** encode(input, final=False). */
    @ExposedMethod
    static PyObject encode(MbIncrementalEncoder self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("encode", args, kw, 1, 2, "input", "final");
        boolean fin = a[1] != null && Abstract.index(a[1]).signum() != 0;
        int[][] box = {self.pending};
        byte[] r = encodeStateful(self, box, a[0], fin);
        self.pending = box[0];
        return new PyBytes(r);
    }

    /**
     * getstate(): a number whose little-endian bytes are the pending text's UTF-8 length,
     * that text, and the codec state (all zero for these stateless codecs). Compare
     * MultibyteIncrementalEncoder.getstate.
     */
    @ExposedMethod
    static PyObject getstate(MbIncrementalEncoder self) {
        byte[] utf8 = self.pending == null ? new byte[0]
            : new String(self.pending, 0, self.pending.length).getBytes(StandardCharsets.UTF_8);
        byte[] le = new byte[1 + utf8.length + STATE_BYTES];
        le[0] = (byte) utf8.length;
        System.arraycopy(utf8, 0, le, 1, utf8.length);
        for (int i = 0; i < STATE_BYTES; i++) {
            le[1 + utf8.length + i] = (byte) (self.state[0] >>> (8 * i));
        }
        byte[] be = new byte[le.length + 1];
        for (int i = 0; i < le.length; i++) {
            be[be.length - 1 - i] = le[i];
        }
        return PyInt.of(new BigInteger(be));
    }

    @ExposedMethod
    static PyObject setstate(MbIncrementalEncoder self, PyObject state) {
        if (!(state instanceof PyInt n)) {
            throw PyErr.typeError("setstate() argument must be int, not " + state.type().getName());
        }
        int size = 1 + MAX_PENDING * 4 + STATE_BYTES;
        BigInteger v = n.bigValue();
        if (v.signum() < 0) {
            throw PyErr.overflowError("can't convert negative int to unsigned");
        }
        if (v.bitLength() > size * 8) {
            throw PyErr.overflowError("int too big to convert");
        }
        byte[] le = new byte[size];
        for (int i = 0; i < size; i++) {
            le[i] = v.shiftRight(8 * i).byteValue();
        }
        int len = le[0] & 0xff;
        if (len > MAX_PENDING * 4) {
            throw PyErr.of(PyExc.UnicodeError, "pending buffer too large");
        }
        byte[] utf8 = java.util.Arrays.copyOfRange(le, 1, 1 + len);
        PyStr text = org.pyvm.runtime.codecs.CodecRegistry.decode(utf8, "utf-8", "strict");
        int[] cps = text.value().codePoints().toArray();
        self.pending = cps.length == 0 ? null : cps;
        long st = 0;
        for (int i = 0; i < STATE_BYTES; i++) {
            st |= (le[1 + len + i] & 0xffL) << (8 * i);
        }
        self.state[0] = st;
        return none();
    }

    @ExposedMethod
    static PyObject reset(MbIncrementalEncoder self) {
        self.codec.encodeReset(self.state, new ByteArrayOutputStream()); // its output is dropped, as in CPython
        self.pending = null;
        return none();
    }
}
