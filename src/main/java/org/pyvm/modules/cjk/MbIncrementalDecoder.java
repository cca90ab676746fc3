package org.pyvm.modules.cjk;

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
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * _multibytecodec.MultibyteIncrementalDecoder: decodes byte pieces, keeping an incomplete
 * sequence at the end of one for the next. Compare CPython multibytecodec.c: the
 * MultibyteIncrementalDecoder methods, decoder_append_pending (MAXDECPENDING).
 */
final class MbIncrementalDecoder extends MbContext {

    static final PyType TYPE = Types.finish(Types.builtin("_multibytecodec", "MultibyteIncrementalDecoder",
        MbIncrementalDecoder.class, MbIncrementalDecoder.class).alsoExposedBy(MbContext.class));

    /** The most bytes kept between calls. Compare MAXDECPENDING. */
    static final int MAX_PENDING = 8;

    byte[] pending = new byte[0];

    MbIncrementalDecoder(PyType type, CjkCodec codec, String errors) {
        super(type, codec, errors);
        state[0] = codec.initialState(false);
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("IncrementalDecoder", args, kw, 0, 1, "errors");
        String errors = errorsOf("IncrementalDecoder", a[0]);
        return new MbIncrementalDecoder(cls, codecOf(cls), errors);
    }

    /** PENDING then DATA. */
    static byte[] join(byte[] pending, byte[] data) {
        if (pending.length == 0) {
            return data;
        }
        byte[] w = new byte[pending.length + data.length];
        System.arraycopy(pending, 0, w, 0, pending.length);
        System.arraycopy(data, 0, w, pending.length, data.length);
        return w;
    }

    /** The bytes W[POS..] left undecoded, checked against the limit. */
    static byte[] rest(byte[] w, int pos) {
        if (w.length - pos > MAX_PENDING) {
            throw PyErr.of(PyExc.UnicodeError, "pending buffer overflow");
        }
        return java.util.Arrays.copyOfRange(w, pos, w.length);
    }

    /** decode(input, final=False). */
    @ExposedMethod
    static PyObject decode(MbIncrementalDecoder self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("decode", args, kw, 1, 2, "input", "final");
        byte[] data = MultibyteCodecObject.bytes(a[0]);
        boolean fin = a[1] != null && Abstract.index(a[1]).signum() != 0;
        byte[] w = join(self.pending, data);
        byte[] orig = self.pending;
        self.pending = new byte[0];
        StringBuilder out = new StringBuilder(w.length);
        int pos = MbErrors.feed(self.codec, w, 0, w.length, out, self.errors, self.state);
        if (fin && pos < w.length) {
            try {
                pos = MbErrors.decodeError(self.codec, w, pos, w.length - pos, MbErrors.INCOMPLETE, out, self.errors);
            } catch (RuntimeException e) {
                self.pending = orig; // as CPython: the pieces given before are kept
                throw e;
            }
        }
        if (pos < w.length) {
            self.pending = rest(w, pos);
        }
        return PyStr.of(out.toString());
    }

    static java.math.BigInteger unsigned(long v) {
        return new java.math.BigInteger(Long.toUnsignedString(v));
    }

    /** getstate() -> (pending bytes, the codec state as a number). */
    @ExposedMethod
    static PyObject getstate(MbIncrementalDecoder self) {
        return PyTuple.of(new PyBytes(self.pending.clone()), PyInt.of(unsigned(self.state[0])));
    }

    @ExposedMethod
    static PyObject setstate(MbIncrementalDecoder self, PyObject state) {
        if (!(state instanceof PyTuple t)) {
            throw PyErr.typeError("setstate() argument must be tuple, not " + state.type().getName());
        }
        if (t.size() != 2 || !(t.get(0) instanceof PyBytes b) || !(t.get(1) instanceof PyInt n)) {
            throw PyErr.typeError("setstate(): illegal state argument");
        }
        if (n.signum() < 0) {
            throw PyErr.overflowError("can't convert negative int to unsigned");
        }
        if (n.bigValue().bitLength() > 64) {
            throw PyErr.overflowError("int too big to convert");
        }
        if (b.bytes().length > MAX_PENDING) {
            throw PyErr.of(PyExc.UnicodeError, "pending buffer too large");
        }
        self.pending = b.bytes().clone();
        self.state[0] = n.bigValue().longValue();
        return none();
    }

    @ExposedMethod
    static PyObject reset(MbIncrementalDecoder self) {
        self.codec.decodeReset(self.state);
        self.pending = new byte[0];
        return none();
    }
}
