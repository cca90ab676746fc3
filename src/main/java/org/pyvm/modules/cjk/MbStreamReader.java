package org.pyvm.modules.cjk;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * _multibytecodec.MultibyteStreamReader: reads bytes from a stream and decodes them,
 * keeping an incomplete sequence for the next read. Compare CPython multibytecodec.c:
 * mbstreamreader_iread and the MultibyteStreamReader methods.
 */
final class MbStreamReader extends MbContext {

    static final PyType TYPE = Types.finish(Types.builtin("_multibytecodec", "MultibyteStreamReader",
        MbStreamReader.class, MbStreamReader.class).alsoExposedBy(MbContext.class));

    final PyObject stream;
    byte[] pending = new byte[0];

    MbStreamReader(PyType type, CjkCodec codec, String errors, PyObject stream) {
        super(type, codec, errors);
        state[0] = codec.initialState(false);
        this.stream = stream;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("StreamReader", args, kw, 1, 2, "stream", "errors");
        String errors = errorsOf("StreamReader", a[1]);
        return new MbStreamReader(cls, codecOf(cls), errors, a[0]);
    }

    @ExposedGetter(member = true)
    static PyObject stream(MbStreamReader self) {
        return self.stream;
    }

    /** Reads with the stream's METHOD (read or readline) and decodes. Compare mbstreamreader_iread. */
    private String iread(String method, long sizehint) {
        if (sizehint == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        while (true) {
            PyObject fn = Abstract.getAttr(stream, method);
            PyObject cres = sizehint < 0 ? Abstract.call(fn) : Abstract.call(fn, PyInt.of(sizehint));
            if (!(cres instanceof PyBytes b)) {
                throw PyErr.typeError("stream function returned a non-bytes object (" + cres.type().getName() + ")");
            }
            boolean eof = b.bytes().length == 0;
            byte[] w = MbIncrementalDecoder.join(pending, b.bytes());
            pending = new byte[0];
            int pos = w.length > 0 ? MbErrors.feed(codec, w, 0, w.length, out, errors, state) : 0;
            if ((eof || sizehint < 0) && pos < w.length) {
                pos = MbErrors.decodeError(codec, w, pos, w.length - pos, MbErrors.INCOMPLETE, out, errors);
            }
            if (pos < w.length) {
                pending = MbIncrementalDecoder.rest(w, pos);
            }
            if (sizehint < 0 || out.length() != 0 || w.length == 0) {
                break;
            }
            sizehint = 1; // read one more byte and try again
        }
        return out.toString();
    }

    private static long size(PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return -1;
        }
        if (!(o instanceof PyInt n)) {
            throw PyErr.typeError("arg 1 must be an integer");
        }
        return n.isBig() ? (n.signum() < 0 ? -1 : Long.MAX_VALUE) : n.value;
    }

    @ExposedMethod(min = 0)
    static PyObject read(MbStreamReader self, PyObject size) {
        return PyStr.of(self.iread("read", size(size)));
    }

    @ExposedMethod(min = 0)
    static PyObject readline(MbStreamReader self, PyObject size) {
        return PyStr.of(self.iread("readline", size(size)));
    }

    @ExposedMethod(min = 0)
    static PyObject readlines(MbStreamReader self, PyObject sizehint) {
        PyStr r = PyStr.of(self.iread("read", size(sizehint)));
        return Abstract.call(Abstract.getAttr(r, "splitlines"), PyBool.TRUE);
    }

    @ExposedMethod
    static PyObject reset(MbStreamReader self) {
        self.codec.decodeReset(self.state);
        self.pending = new byte[0];
        return none();
    }
}
