package org.pyvm.modules.cjk;

import java.io.ByteArrayOutputStream;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * _multibytecodec.MultibyteCodec: what _codecs_jp.getcodec('shift_jis') and its kin
 * return; encode and decode a whole input at once. Compare CPython
 * Modules/cjkcodecs/multibytecodec.c: MultibyteCodec_Type.
 */
final class MultibyteCodecObject implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("_multibytecodec", "MultibyteCodec",
        MultibyteCodecObject.class, MultibyteCodecObject.class));

    final CjkCodec codec;

    MultibyteCodecObject(CjkCodec codec) {
        this.codec = codec;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        throw PyErr.typeError("cannot create '_multibytecodec.MultibyteCodec' instances");
    }

    /** encode(input, errors=None) -> (bytes, length consumed). */
    @ExposedMethod
    static PyObject encode(MultibyteCodecObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("encode", args, kw, 1, 2, "input", "errors");
        String errors = MbErrors.errorsArg("encode", a[1]);
        PyStr s = a[0] instanceof PyStr str ? str : Abstract.str(a[0]);
        int[] cps = s.value().codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length * 2 + 16);
        long[] state = {self.codec.initialState(true)};
        MbErrors.encode(self.codec, cps, 0, cps.length, out, errors, true, s, state);
        self.codec.encodeReset(state, out);
        return PyTuple.of(new PyBytes(out.toByteArray()), PyInt.of(cps.length));
    }

    /** decode(input, errors=None) -> (str, length consumed). */
    @ExposedMethod
    static PyObject decode(MultibyteCodecObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("decode", args, kw, 1, 2, "input", "errors");
        byte[] in = bytes(a[0]);
        String errors = MbErrors.errorsArg("decode", a[1]);
        StringBuilder out = new StringBuilder(in.length);
        long[] state = {self.codec.initialState(false)};
        int pos = MbErrors.feed(self.codec, in, 0, in.length, out, errors, state);
        while (pos < in.length) {
            // The input ends inside a sequence: an error here, where nothing more can come.
            pos = MbErrors.decodeError(self.codec, in, pos, in.length - pos, MbErrors.INCOMPLETE, out, errors);
            pos = MbErrors.feed(self.codec, in, pos, in.length, out, errors, state);
        }
        return PyTuple.of(PyStr.of(out.toString()), PyInt.of(in.length));
    }

    /** The bytes of a bytes-like argument, or CPython's TypeError. */
    static byte[] bytes(PyObject o) {
        byte[] b = o instanceof PyStr ? null : PyByteArray.bytesOf(o);
        if (b == null) {
            throw PyErr.typeError("a bytes-like object is required, not '" + o.type().getName() + "'");
        }
        return b;
    }
}
