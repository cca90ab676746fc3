package org.pyvm.modules.cjk;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * What the incremental encoder and decoder and the stream reader and writer share: the
 * codec, taken from the class's {@code codec} attribute when an instance is made (so only
 * subclasses such as encodings.shift_jis.IncrementalEncoder can be instantiated), and the
 * {@code errors} attribute. Compare CPython multibytecodec.c: codecctx_getsets, mbiencoder_new.
 */
abstract class MbContext implements PyObject, HasDict {

    private final PyType type;
    private PyDict dict;
    final CjkCodec codec;
    /** The error handler's name; null for strict. */
    String errors;
    /** The codec's state between calls: CPython's MultibyteCodec_State as a little-endian 64-bit number. */
    final long[] state = {0};

    MbContext(PyType type, CjkCodec codec, String errors) {
        this.type = type;
        this.codec = codec;
        this.errors = errors;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** The codec of class CLS (its {@code codec} attribute). */
    static CjkCodec codecOf(PyType cls) {
        PyObject c = Abstract.getAttr(cls, "codec");
        if (!(c instanceof MultibyteCodecObject m)) {
            throw PyErr.typeError("codec is unexpected type");
        }
        return m.codec;
    }

    /** The optional errors argument of a constructor: a str (format "s"). */
    static String errorsOf(String fn, PyObject o) {
        if (o == null) {
            return null;
        }
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError(fn + "() argument 'errors' must be str, not " + o.type().getName());
        }
        return s.value().equals("strict") ? null : s.value();
    }

    @ExposedMethod
    static void __init__(PyObject self, PyObject[] args, String[] kw) {
        // Everything happens in __new__, as mbiencoder_init and its kin do nothing.
    }

    @ExposedGetter(setter = "setErrors")
    static PyObject errors(MbContext self) {
        return PyStr.of(self.errors == null ? "strict" : self.errors);
    }

    static void setErrors(MbContext self, PyObject v) {
        if (v == null) {
            throw PyErr.attributeError("cannot delete attribute");
        }
        if (!(v instanceof PyStr s)) {
            throw PyErr.typeError("errors must be a string");
        }
        self.errors = s.value().equals("strict") ? null : s.value();
    }

    static PyObject none() {
        return PyNone.NONE;
    }
}
