package org.pyvm.modules.codecs;

import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.codecs.Charmap;
import org.pyvm.runtime.codecs.CodecRegistry;
import org.pyvm.runtime.codecs.Decoded;
import org.pyvm.runtime.codecs.Escapes;
import org.pyvm.runtime.codecs.Latin1;
import org.pyvm.runtime.codecs.Utf16;
import org.pyvm.runtime.codecs.Utf7;
import org.pyvm.runtime.codecs.Utf8;

/**
 * The _codecs module: the registry functions and the codec functions Lib/encodings/*.py
 * call, with Argument Clinic's argument checks and messages. The codecs themselves live in
 * {@code runtime.codecs}, shared with str.encode and bytes.decode. Compare CPython
 * Modules/_codecsmodule.c.
 */
public final class CodecsModule {

    private CodecsModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_codecs");
        m.addFunctions(CodecsModule.class);
        return m;
    }

    // --- argument conversion (clinic's converters) ------------------------------------

    /** A Py_buffer argument: bytes-like, else "a bytes-like object is required, not 'T'". */
    private static byte[] buffer(PyObject o) {
        byte[] b = PyByteArray.bytesOf(o);
        if (b == null) {
            throw PyErr.typeError("a bytes-like object is required, not '" + o.type().getName() + "'");
        }
        return b;
    }

    /** Py_buffer(accept={str, buffer}): a str is its UTF-8 bytes. */
    private static byte[] bufferOrStr(PyObject o) {
        if (o instanceof PyStr s) {
            return CodecRegistry.encode(s, "utf-8", "strict").bytes();
        }
        return buffer(o);
    }

    private static String argNo(int n, int total) {
        return total == 1 ? "argument" : "argument " + n;
    }

    private static PyStr str(String fn, PyObject o, int n, int total) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw PyErr.typeError(fn + "() " + argNo(n, total) + " must be str, not " + o.type().getName());
    }

    /** errors: str or None (None and missing mean strict). */
    private static String errors(String fn, PyObject[] a, int i) {
        if (i >= a.length || a[i] == PyNone.NONE) {
            return null;
        }
        if (a[i] instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError(fn + "() argument " + (i + 1) + " must be str or None, not " + a[i].type().getName());
    }

    private static boolean flag(PyObject[] a, int i, boolean dflt) {
        return i < a.length ? Abstract.isTrue(a[i]) : dflt;
    }

    private static int intArg(PyObject[] a, int i, int dflt) {
        if (i >= a.length) {
            return dflt;
        }
        if (a[i] instanceof org.pyvm.runtime.PyFloat) {
            throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        }
        return Abstract.index(a[i]).intValue();
    }

    private static PyObject[] pos(String fn, PyObject[] args, String[] kw, int min, int max) {
        Args.noKeywords(fn, kw);
        Args.positional(fn, args.length, min, max);
        return args;
    }

    private static PyTuple result(Decoded d) {
        return PyTuple.of(PyStr.of(d.text()), PyInt.of(d.consumed()));
    }

    private static PyTuple result(byte[] b, PyStr s) {
        return PyTuple.of(new PyBytes(b), PyInt.of(s.length()));
    }

    // --- the registry -----------------------------------------------------------------

    @ExposedMethod
    static PyObject register(PyObject[] args, String[] kw) {
        CodecRegistry.register(pos("register", args, kw, 1, 1)[0]);
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject unregister(PyObject[] args, String[] kw) {
        CodecRegistry.unregister(pos("unregister", args, kw, 1, 1)[0]);
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject lookup(PyObject[] args, String[] kw) {
        PyObject[] a = pos("lookup", args, kw, 1, 1);
        return CodecRegistry.lookup(CodecRegistry.cName(str("lookup", a[0], 1, 1).value()));
    }

    private static String optStr(String fn, PyObject o, String name, String dflt) {
        if (o == null) {
            return dflt;
        }
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError(fn + "() argument '" + name + "' must be str, not " + o.type().getName());
    }

    @ExposedMethod
    static PyObject encode(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("encode", args, kw, 1, 3, "obj", "encoding", "errors");
        return CodecRegistry.encodeAny(a[0], optStr("encode", a[1], "encoding", "utf-8"),
            optStr("encode", a[2], "errors", "strict"));
    }

    @ExposedMethod
    static PyObject decode(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("decode", args, kw, 1, 3, "obj", "encoding", "errors");
        return CodecRegistry.decodeAny(a[0], optStr("decode", a[1], "encoding", "utf-8"),
            optStr("decode", a[2], "errors", "strict"));
    }

    @ExposedMethod
    static PyObject register_error(PyObject[] args, String[] kw) {
        PyObject[] a = pos("register_error", args, kw, 2, 2);
        CodecRegistry.registerError(str("register_error", a[0], 1, 2).value(), a[1]);
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject lookup_error(PyObject[] args, String[] kw) {
        PyObject[] a = pos("lookup_error", args, kw, 1, 1);
        return CodecRegistry.lookupError(CodecRegistry.cName(str("lookup_error", a[0], 1, 1).value()));
    }

    // --- decoders ---------------------------------------------------------------------

    @ExposedMethod
    static PyObject utf_8_decode(PyObject[] args, String[] kw) {
        PyObject[] a = pos("utf_8_decode", args, kw, 1, 3);
        return result(Utf8.decode(buffer(a[0]), errors("utf_8_decode", a, 1), flag(a, 2, false)));
    }

    @ExposedMethod
    static PyObject utf_7_decode(PyObject[] args, String[] kw) {
        PyObject[] a = pos("utf_7_decode", args, kw, 1, 3);
        return result(Utf7.decode(buffer(a[0]), errors("utf_7_decode", a, 1), flag(a, 2, false)));
    }

    private static PyObject utf16(String fn, PyObject[] args, String[] kw, int byteorder, boolean wide) {
        PyObject[] a = pos(fn, args, kw, 1, 3);
        byte[] b = buffer(a[0]);
        String e = errors(fn, a, 1);
        boolean fin = flag(a, 2, false);
        return result(wide ? Utf16.decode32(b, e, byteorder, fin) : Utf16.decode16(b, e, byteorder, fin));
    }

    @ExposedMethod
    static PyObject utf_16_decode(PyObject[] args, String[] kw) {
        return utf16("utf_16_decode", args, kw, 0, false);
    }

    @ExposedMethod
    static PyObject utf_16_le_decode(PyObject[] args, String[] kw) {
        return utf16("utf_16_le_decode", args, kw, -1, false);
    }

    @ExposedMethod
    static PyObject utf_16_be_decode(PyObject[] args, String[] kw) {
        return utf16("utf_16_be_decode", args, kw, 1, false);
    }

    @ExposedMethod
    static PyObject utf_32_decode(PyObject[] args, String[] kw) {
        return utf16("utf_32_decode", args, kw, 0, true);
    }

    @ExposedMethod
    static PyObject utf_32_le_decode(PyObject[] args, String[] kw) {
        return utf16("utf_32_le_decode", args, kw, -1, true);
    }

    @ExposedMethod
    static PyObject utf_32_be_decode(PyObject[] args, String[] kw) {
        return utf16("utf_32_be_decode", args, kw, 1, true);
    }

    private static PyObject exDecode(String fn, PyObject[] args, String[] kw, boolean wide) {
        PyObject[] a = pos(fn, args, kw, 1, 4);
        byte[] b = buffer(a[0]);
        String e = errors(fn, a, 1);
        int bo = intArg(a, 2, 0);
        boolean fin = flag(a, 3, false);
        Decoded d = wide ? Utf16.decode32(b, e, bo, fin) : Utf16.decode16(b, e, bo, fin);
        return PyTuple.of(PyStr.of(d.text()), PyInt.of(d.consumed()), PyInt.of(d.byteorder()));
    }

    @ExposedMethod
    static PyObject utf_16_ex_decode(PyObject[] args, String[] kw) {
        return exDecode("utf_16_ex_decode", args, kw, false);
    }

    @ExposedMethod
    static PyObject utf_32_ex_decode(PyObject[] args, String[] kw) {
        return exDecode("utf_32_ex_decode", args, kw, true);
    }

    @ExposedMethod
    static PyObject unicode_escape_decode(PyObject[] args, String[] kw) {
        PyObject[] a = pos("unicode_escape_decode", args, kw, 1, 3);
        return result(Escapes.decodeUnicodeEscape(bufferOrStr(a[0]), errors("unicode_escape_decode", a, 1),
            flag(a, 2, true)));
    }

    @ExposedMethod
    static PyObject raw_unicode_escape_decode(PyObject[] args, String[] kw) {
        PyObject[] a = pos("raw_unicode_escape_decode", args, kw, 1, 3);
        return result(Escapes.decodeRawUnicodeEscape(bufferOrStr(a[0]), errors("raw_unicode_escape_decode", a, 1),
            flag(a, 2, true)));
    }

    @ExposedMethod
    static PyObject latin_1_decode(PyObject[] args, String[] kw) {
        PyObject[] a = pos("latin_1_decode", args, kw, 1, 2);
        byte[] b = buffer(a[0]);
        errors("latin_1_decode", a, 1);
        return result(Latin1.decodeLatin1(b));
    }

    @ExposedMethod
    static PyObject ascii_decode(PyObject[] args, String[] kw) {
        PyObject[] a = pos("ascii_decode", args, kw, 1, 2);
        return result(Latin1.decodeAscii(buffer(a[0]), errors("ascii_decode", a, 1)));
    }

    @ExposedMethod
    static PyObject charmap_decode(PyObject[] args, String[] kw) {
        PyObject[] a = pos("charmap_decode", args, kw, 1, 3);
        return result(Charmap.decode(buffer(a[0]), errors("charmap_decode", a, 1), a.length > 2 ? a[2] : null));
    }

    @ExposedMethod
    static PyObject escape_decode(PyObject[] args, String[] kw) {
        PyObject[] a = pos("escape_decode", args, kw, 1, 2);
        byte[] b = bufferOrStr(a[0]);
        byte[] r = Escapes.escapeDecode(b, errors("escape_decode", a, 1));
        return PyTuple.of(new PyBytes(r), PyInt.of(b.length));
    }

    @ExposedMethod
    static PyObject readbuffer_encode(PyObject[] args, String[] kw) {
        PyObject[] a = pos("readbuffer_encode", args, kw, 1, 2);
        byte[] b = bufferOrStr(a[0]);
        errors("readbuffer_encode", a, 1);
        return PyTuple.of(new PyBytes(b.clone()), PyInt.of(b.length));
    }

    // --- encoders ---------------------------------------------------------------------

    private static PyStr strFirst(String fn, PyObject[] a) {
        return str(fn, a[0], 1, 2);
    }

    @ExposedMethod
    static PyObject utf_8_encode(PyObject[] args, String[] kw) {
        PyObject[] a = pos("utf_8_encode", args, kw, 1, 2);
        PyStr s = strFirst("utf_8_encode", a);
        return result(Utf8.encode(s, errors("utf_8_encode", a, 1)), s);
    }

    @ExposedMethod
    static PyObject utf_7_encode(PyObject[] args, String[] kw) {
        PyObject[] a = pos("utf_7_encode", args, kw, 1, 2);
        PyStr s = strFirst("utf_7_encode", a);
        errors("utf_7_encode", a, 1);
        return result(Utf7.encode(s), s);
    }

    private static PyObject utfEncode(String fn, PyObject[] args, String[] kw, int byteorder, boolean wide,
                                      boolean takesOrder) {
        PyObject[] a = pos(fn, args, kw, 1, takesOrder ? 3 : 2);
        PyStr s = str(fn, a[0], 1, 2);
        String e = errors(fn, a, 1);
        int bo = takesOrder ? intArg(a, 2, 0) : byteorder;
        return result(wide ? Utf16.encode32(s, e, bo) : Utf16.encode16(s, e, bo), s);
    }

    @ExposedMethod
    static PyObject utf_16_encode(PyObject[] args, String[] kw) {
        return utfEncode("utf_16_encode", args, kw, 0, false, true);
    }

    @ExposedMethod
    static PyObject utf_16_le_encode(PyObject[] args, String[] kw) {
        return utfEncode("utf_16_le_encode", args, kw, -1, false, false);
    }

    @ExposedMethod
    static PyObject utf_16_be_encode(PyObject[] args, String[] kw) {
        return utfEncode("utf_16_be_encode", args, kw, 1, false, false);
    }

    @ExposedMethod
    static PyObject utf_32_encode(PyObject[] args, String[] kw) {
        return utfEncode("utf_32_encode", args, kw, 0, true, true);
    }

    @ExposedMethod
    static PyObject utf_32_le_encode(PyObject[] args, String[] kw) {
        return utfEncode("utf_32_le_encode", args, kw, -1, true, false);
    }

    @ExposedMethod
    static PyObject utf_32_be_encode(PyObject[] args, String[] kw) {
        return utfEncode("utf_32_be_encode", args, kw, 1, true, false);
    }

    @ExposedMethod
    static PyObject unicode_escape_encode(PyObject[] args, String[] kw) {
        PyObject[] a = pos("unicode_escape_encode", args, kw, 1, 2);
        PyStr s = strFirst("unicode_escape_encode", a);
        errors("unicode_escape_encode", a, 1);
        return result(Escapes.encodeUnicodeEscape(s), s);
    }

    @ExposedMethod
    static PyObject raw_unicode_escape_encode(PyObject[] args, String[] kw) {
        PyObject[] a = pos("raw_unicode_escape_encode", args, kw, 1, 2);
        PyStr s = strFirst("raw_unicode_escape_encode", a);
        errors("raw_unicode_escape_encode", a, 1);
        return result(Escapes.encodeRawUnicodeEscape(s), s);
    }

    @ExposedMethod
    static PyObject latin_1_encode(PyObject[] args, String[] kw) {
        PyObject[] a = pos("latin_1_encode", args, kw, 1, 2);
        PyStr s = strFirst("latin_1_encode", a);
        return result(Latin1.encodeLatin1(s, errors("latin_1_encode", a, 1)), s);
    }

    @ExposedMethod
    static PyObject ascii_encode(PyObject[] args, String[] kw) {
        PyObject[] a = pos("ascii_encode", args, kw, 1, 2);
        PyStr s = strFirst("ascii_encode", a);
        return result(Latin1.encodeAscii(s, errors("ascii_encode", a, 1)), s);
    }

    @ExposedMethod
    static PyObject charmap_encode(PyObject[] args, String[] kw) {
        PyObject[] a = pos("charmap_encode", args, kw, 1, 3);
        PyStr s = str("charmap_encode", a[0], 1, 2);
        return result(Charmap.encode(s, errors("charmap_encode", a, 1), a.length > 2 ? a[2] : null), s);
    }

    @ExposedMethod
    static PyObject charmap_build(PyObject[] args, String[] kw) {
        PyObject[] a = pos("charmap_build", args, kw, 1, 1);
        return Charmap.build(str("charmap_build", a[0], 1, 1));
    }

    @ExposedMethod
    static PyObject escape_encode(PyObject[] args, String[] kw) {
        PyObject[] a = pos("escape_encode", args, kw, 1, 2);
        if (!(a[0] instanceof PyBytes b)) {
            throw PyErr.typeError("escape_encode() argument 1 must be bytes, not " + a[0].type().getName());
        }
        errors("escape_encode", a, 1);
        return PyTuple.of(new PyBytes(Escapes.escapeEncode(b.bytes())), PyInt.of(b.bytes().length));
    }
}
