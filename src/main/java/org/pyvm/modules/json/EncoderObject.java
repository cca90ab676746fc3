package org.pyvm.modules.json;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.BoundJavaMethod;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.text.FloatRepr;

/**
 * _json.Encoder, which json.encoder gets as c_make_encoder (used for one-shot encoding
 * without indent): calling it with (obj, _current_indent_level) gives a 1-tuple holding the
 * whole JSON text. Circular references are found through the markers dict (keyed by id),
 * other objects go through default(). Compare CPython Modules/_json.c: encoder_new,
 * encoder_call, encoder_listencode_obj/_list/_dict, encoder_encode_float.
 */
final class EncoderObject implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("_json", "Encoder", EncoderObject.class,
        EncoderObject.class)).notSubclassable();

    private final PyType type;
    private final PyObject markers;
    private final PyObject defaultFn;
    private final PyObject encoder;
    private final PyObject indent;
    private final PyStr keySeparator;
    private final PyStr itemSeparator;
    private final boolean sortKeys;
    private final boolean skipKeys;
    private final boolean allowNan;
    /** 1: encoder is _json.encode_basestring_ascii, 2: encode_basestring, 0: call it. */
    private final int fastEncode;
    private int depth;

    private EncoderObject(PyType type, PyObject[] a) {
        this.type = type;
        if (a[0] != PyNone.NONE && !(a[0] instanceof PyDict)) {
            throw PyErr.typeError("make_encoder() argument 1 must be dict or None, not " + a[0].type().getName());
        }
        for (int i = 4; i <= 5; i++) {
            if (!(a[i] instanceof PyStr)) {
                throw PyErr.typeError("make_encoder() argument " + (i + 1) + " must be str, not "
                    + a[i].type().getName());
            }
        }
        markers = a[0];
        defaultFn = a[1];
        encoder = a[2];
        indent = a[3];
        keySeparator = (PyStr) a[4];
        itemSeparator = (PyStr) a[5];
        sortKeys = Abstract.isTrue(a[6]);
        skipKeys = Abstract.isTrue(a[7]);
        allowNan = Abstract.isTrue(a[8]);
        String fn = encoder instanceof BoundJavaMethod b && b.getName() != null ? b.getName() : "";
        PyObject self = encoder instanceof BoundJavaMethod b ? Abstract.getAttr(b, "__self__") : null;
        boolean ours = self != null && self == PyRuntime.builtinModule("_json");
        fastEncode = !ours ? 0 : fn.equals("encode_basestring_ascii") ? 1 : fn.equals("encode_basestring") ? 2 : 0;
    }

    @Override
    public PyType type() {
        return type;
    }

    private static final String[] KWS = {"markers", "default", "encoder", "indent", "key_separator",
        "item_separator", "sort_keys", "skipkeys", "allow_nan"};

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("make_encoder", args, kw, 9, 9, KWS);
        return new EncoderObject(cls, a);
    }

    @ExposedGetter
    static PyObject markers(EncoderObject self) {
        return self.markers;
    }

    @ExposedGetter(name = "default")
    static PyObject defaultFn(EncoderObject self) {
        return self.defaultFn;
    }

    @ExposedGetter
    static PyObject encoder(EncoderObject self) {
        return self.encoder;
    }

    @ExposedGetter
    static PyObject indent(EncoderObject self) {
        return self.indent;
    }

    @ExposedGetter
    static PyObject key_separator(EncoderObject self) {
        return self.keySeparator;
    }

    @ExposedGetter
    static PyObject item_separator(EncoderObject self) {
        return self.itemSeparator;
    }

    @ExposedGetter
    static PyObject sort_keys(EncoderObject self) {
        return PyBool.of(self.sortKeys);
    }

    @ExposedGetter
    static PyObject skipkeys(EncoderObject self) {
        return PyBool.of(self.skipKeys);
    }

    /** _iterencode(obj, _current_indent_level): a 1-tuple with the text. Compare encoder_call. */
    @ExposedMethod
    static PyObject __call__(EncoderObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("_iterencode", args, kw, 2, 2, "obj", "_current_indent_level");
        Abstract.index(a[1]);
        StringBuilder out = new StringBuilder();
        self.depth = 0;
        self.encode(out, a[0]);
        return PyTuple.of(PyStr.of(out.toString()));
    }

    private void enter() {
        if (++depth > PyRuntime.recursionLimit) {
            depth--;
            throw PyErr.of(PyExc.RecursionError, "maximum recursion depth exceeded while encoding a JSON object");
        }
    }

    private String encodeString(PyObject s) {
        return switch (fastEncode) {
            case 1 -> ((PyStr) JsonModule.encode_basestring_ascii(s)).value();
            case 2 -> ((PyStr) JsonModule.encode_basestring(s)).value();
            default -> {
                PyObject r = Abstract.call(encoder, s);
                if (!(r instanceof PyStr rs)) {
                    throw PyErr.typeError("encoder() must return a string, not " + r.type().getName());
                }
                yield rs.value();
            }
        };
    }

    /** Compare encoder_encode_float: float.__repr__ even for subclasses. */
    private String encodeFloat(PyObject o) {
        double d = ((PyFloat) o).value;
        if (!Double.isFinite(d)) {
            if (!allowNan) {
                throw PyErr.valueError("Out of range float values are not JSON compliant: " + Abstract.repr(o).value());
            }
            return d > 0 ? "Infinity" : d < 0 ? "-Infinity" : "NaN";
        }
        return FloatRepr.repr(d);
    }

    /** int.__repr__ even for subclasses (IntEnum). */
    private static String encodeInt(PyObject o) {
        return Abstract.repr(Abstract.call(PyInt.TYPE, o)).value();
    }

    private PyObject markIn(PyObject o) {
        if (markers == PyNone.NONE) {
            return null;
        }
        PyObject ident = PyInt.of(Abstract.id(o));
        PyDict m = (PyDict) markers;
        if (m.containsKey(ident)) {
            throw PyErr.valueError("Circular reference detected");
        }
        m.setItem(ident, o);
        return ident;
    }

    private void markOut(PyObject ident) {
        if (ident != null) {
            ((PyDict) markers).delItem(ident);
        }
    }

    /** Compare encoder_listencode_obj. */
    private void encode(StringBuilder out, PyObject o) {
        if (o == PyNone.NONE) {
            out.append("null");
        } else if (o == PyBool.TRUE) {
            out.append("true");
        } else if (o == PyBool.FALSE) {
            out.append("false");
        } else if (o instanceof PyStr) {
            out.append(encodeString(o));
        } else if (o instanceof PyInt) {
            out.append(encodeInt(o));
        } else if (o instanceof PyFloat) {
            out.append(encodeFloat(o));
        } else if (o instanceof PyList || o instanceof PyTuple) {
            enter();
            try {
                encodeList(out, o);
            } finally {
                depth--;
            }
        } else if (o instanceof PyDict d) {
            enter();
            try {
                encodeDict(out, d);
            } finally {
                depth--;
            }
        } else {
            PyObject ident = markIn(o);
            PyObject v = Abstract.call(defaultFn, o);
            enter();
            try {
                encode(out, v);
            } finally {
                depth--;
            }
            markOut(ident);
        }
    }

    private void encodeList(StringBuilder out, PyObject seq) {
        // A list is read as it stands at each step, as PySequence_Fast's items are: a default()
        // that shrinks it shortens the output (encoder_listencode_list).
        PyList list = seq instanceof PyList l ? l : null;
        PyObject[] items = list == null ? ((PyTuple) seq).toArray() : null;
        if ((list == null ? items.length : list.size()) == 0) {
            out.append("[]");
            return;
        }
        PyObject ident = markIn(seq);
        out.append('[');
        for (int i = 0; i < (list == null ? items.length : list.size()); i++) {
            if (i > 0) {
                out.append(itemSeparator.value());
            }
            encode(out, list == null ? items[i] : list.get(i));
        }
        markOut(ident);
        out.append(']');
    }

    private void encodeDict(StringBuilder out, PyDict d) {
        if (d.size() == 0) {
            out.append("{}");
            return;
        }
        PyObject ident = markIn(d);
        out.append('{');
        PyObject items = Abstract.call(Abstract.getAttr(d, "items"));
        PyList list = (PyList) Abstract.call(PyList.TYPE, items);
        if (sortKeys) {
            Abstract.call(Abstract.getAttr(list, "sort"));
        }
        boolean first = true;
        for (PyObject item : list.toArray()) {
            if (!(item instanceof PyTuple t) || t.size() != 2) {
                throw PyErr.valueError("items must return 2-tuples");
            }
            PyObject key = t.get(0);
            String kstr;
            if (key instanceof PyStr ks) {
                kstr = ks.value();
            } else if (key instanceof PyFloat) {
                kstr = encodeFloat(key);
            } else if (key == PyBool.TRUE) {
                kstr = "true";
            } else if (key == PyBool.FALSE) {
                kstr = "false";
            } else if (key == PyNone.NONE) {
                kstr = "null";
            } else if (key instanceof PyInt) {
                kstr = encodeInt(key);
            } else if (skipKeys) {
                continue;
            } else {
                throw PyErr.typeError("keys must be str, int, float, bool or None, not " + key.type().getName());
            }
            if (!first) {
                out.append(itemSeparator.value());
            }
            first = false;
            out.append(encodeString(key instanceof PyStr ? key : PyStr.of(kstr)));
            out.append(keySeparator.value());
            encode(out, t.get(1));
        }
        markOut(ident);
        out.append('}');
    }
}
