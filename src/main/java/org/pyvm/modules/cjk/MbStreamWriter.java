package org.pyvm.modules.cjk;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * _multibytecodec.MultibyteStreamWriter: encodes str and writes the bytes to a stream.
 * Compare CPython multibytecodec.c: mbstreamwriter_iwrite and the MultibyteStreamWriter methods.
 */
final class MbStreamWriter extends MbContext {

    static final PyType TYPE = Types.finish(Types.builtin("_multibytecodec", "MultibyteStreamWriter",
        MbStreamWriter.class, MbStreamWriter.class).alsoExposedBy(MbContext.class));

    final PyObject stream;
    int[] pending;

    MbStreamWriter(PyType type, CjkCodec codec, String errors, PyObject stream) {
        super(type, codec, errors);
        state[0] = codec.initialState(true);
        this.stream = stream;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("StreamWriter", args, kw, 1, 2, "stream", "errors");
        String errors = errorsOf("StreamWriter", a[1]);
        return new MbStreamWriter(cls, codecOf(cls), errors, a[0]);
    }

    @ExposedGetter(member = true)
    static PyObject stream(MbStreamWriter self) {
        return self.stream;
    }

    private void iwrite(PyObject s) {
        int[][] box = {pending};
        byte[] b = MbIncrementalEncoder.encodeStateful(this, box, s, false);
        pending = box[0];
        Abstract.call(Abstract.getAttr(stream, "write"), new PyBytes(b));
    }

    @ExposedMethod
    static PyObject write(MbStreamWriter self, PyObject s) {
        self.iwrite(s);
        return none();
    }

    @ExposedMethod
    static PyObject writelines(MbStreamWriter self, PyObject lines) {
        // PySequence_Check: a __getitem__, and not a dict.
        if (lines instanceof org.pyvm.runtime.PyDict || lines.type().lookup("__getitem__") == null) {
            throw PyErr.typeError("arg must be a sequence object");
        }
        for (int i = 0; i < Abstract.len(lines); i++) {
            self.iwrite(Abstract.getItem(lines, PyInt.of(i)));
        }
        return none();
    }

    /** reset(): writes what is pending, encoded as final. */
    @ExposedMethod
    static PyObject reset(MbStreamWriter self) {
        int[] p = self.pending;
        if (p == null) {
            return none();
        }
        self.pending = null;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        MbErrors.encode(self.codec, p, 0, p.length, out, self.errors, true, PyStr.of(new String(p, 0, p.length)), self.state);
        self.codec.encodeReset(self.state, out);
        if (out.size() > 0) {
            Abstract.call(Abstract.getAttr(self.stream, "write"), new PyBytes(out.toByteArray()));
        }
        return none();
    }
}
