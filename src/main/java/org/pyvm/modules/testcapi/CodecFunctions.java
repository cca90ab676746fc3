package org.pyvm.modules.testcapi;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
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
import org.pyvm.runtime.codecs.Utf8;

/**
 * _testcapi's codec functions of test_capi.test_codecs: the PyUnicode_Decode* and
 * PyUnicode_As*String calls, each the codec pyvm's str.encode/bytes.decode and _codecs use
 * (runtime.codecs). Data is "y#" (any read-only bytes-like object), the encoding and errors
 * are C strings ("z": None for NULL, which is UTF-8 and strict). The UTF-16/32 decoders take
 * and give back the byte order as the C functions update it: 0 (look for a BOM, none found),
 * -1 little-endian, 1 big-endian. The As*String functions take only a str
 * (PyErr_BadArgument's TypeError otherwise). Compare CPython Modules/_testcapi/unicode.c (the
 * codec part) and Objects/unicodeobject.c.
 */
final class CodecFunctions {

    private CodecFunctions() {}

    static void addTo(PyModule m) {
        m.addFunctions(CodecFunctions.class);
    }

    private static RuntimeException badArgument() {
        return PyErr.typeError("bad argument type for built-in operation");
    }

    private static String cString(PyObject o, String dflt) {
        return o == null || o == PyNone.NONE ? dflt : new String(((PyBytes) o).bytes(), StandardCharsets.UTF_8);
    }

    private static byte[] data(List<PyObject> a, int i) {
        return ((PyBytes) a.get(i)).bytes();
    }

    private static String errors(List<PyObject> a, int i) {
        return a.size() > i ? cString(a.get(i), "strict") : "strict";
    }

    private static PyStr str(PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw badArgument();
        }
        return s;
    }

    /** PyUnicode_FromEncodedObject(obj, encoding, errors): a bytes-like object decoded; str is refused. */
    @ExposedMethod
    static PyObject unicode_fromencodedobject(PyObject[] args, String[] kw) {
        List<PyObject> a = GetArgs.parseTuple(args, "Oz|z:unicode_fromencodedobject");
        PyObject obj = a.get(0);
        if (obj == PyNone.NONE) {
            throw PyErr.of(PyExc.SystemError, "bad argument to internal function");
        }
        if (obj instanceof PyStr) {
            throw PyErr.typeError("decoding str is not supported");
        }
        byte[] b = PyByteArray.bytesOf(obj);
        if (b == null) {
            throw PyErr.typeError("decoding to str: need a bytes-like object, " + obj.type().getName() + " found");
        }
        return CodecRegistry.decode(b, cString(a.get(1), "utf-8"), errors(a, 2));
    }

    @ExposedMethod
    static PyObject unicode_decode(PyObject[] args, String[] kw) {
        List<PyObject> a = GetArgs.parseTuple(args, "y#z|z:unicode_decode");
        return CodecRegistry.decode(data(a, 0), cString(a.get(1), "utf-8"), errors(a, 2));
    }

    @ExposedMethod
    static PyObject unicode_asencodedstring(PyObject[] args, String[] kw) {
        List<PyObject> a = GetArgs.parseTuple(args, "Oz|z:unicode_asencodedstring");
        return CodecRegistry.encode(str(a.get(0)), cString(a.get(1), "utf-8"), errors(a, 2));
    }

    @ExposedMethod
    static PyObject unicode_decodeutf8(PyObject[] args, String[] kw) {
        List<PyObject> a = GetArgs.parseTuple(args, "y#|z:unicode_decodeutf8");
        return PyStr.of(Utf8.decode(data(a, 0), errors(a, 1), true).text());
    }

    /** PyUnicode_DecodeUTF8Stateful: (text, bytes consumed); an incomplete sequence at the end waits. */
    @ExposedMethod
    static PyObject unicode_decodeutf8stateful(PyObject[] args, String[] kw) {
        List<PyObject> a = GetArgs.parseTuple(args, "y#|z:unicode_decodeutf8stateful");
        Decoded d = Utf8.decode(data(a, 0), errors(a, 1), false);
        return PyTuple.of(PyStr.of(d.text()), PyInt.of(d.consumed()));
    }

    @ExposedMethod
    static PyObject unicode_asutf8string(PyObject o) {
        return new PyBytes(Utf8.encode(str(o), "strict"));
    }

    private static PyObject decodeWide(String fn, PyObject[] args, boolean wide, boolean stateful) {
        List<PyObject> a = GetArgs.parseTuple(args, "iy#|z:" + fn);
        int bo = (int) ((PyInt) a.get(0)).longValue();
        byte[] b = data(a, 1);
        String e = errors(a, 2);
        Decoded d = wide ? Utf16.decode32(b, e, bo, !stateful) : Utf16.decode16(b, e, bo, !stateful);
        PyStr text = PyStr.of(d.text());
        return stateful ? PyTuple.of(PyInt.of(d.byteorder()), text, PyInt.of(d.consumed()))
            : PyTuple.of(PyInt.of(d.byteorder()), text);
    }

    @ExposedMethod
    static PyObject unicode_decodeutf16(PyObject[] args, String[] kw) {
        return decodeWide("unicode_decodeutf16", args, false, false);
    }

    @ExposedMethod
    static PyObject unicode_decodeutf16stateful(PyObject[] args, String[] kw) {
        return decodeWide("unicode_decodeutf16stateful", args, false, true);
    }

    @ExposedMethod
    static PyObject unicode_decodeutf32(PyObject[] args, String[] kw) {
        return decodeWide("unicode_decodeutf32", args, true, false);
    }

    @ExposedMethod
    static PyObject unicode_decodeutf32stateful(PyObject[] args, String[] kw) {
        return decodeWide("unicode_decodeutf32stateful", args, true, true);
    }

    /** PyUnicode_AsUTF16String: native order (little-endian here) after a BOM. */
    @ExposedMethod
    static PyObject unicode_asutf16string(PyObject o) {
        return new PyBytes(Utf16.encode16(str(o), "strict", 0));
    }

    @ExposedMethod
    static PyObject unicode_asutf32string(PyObject o) {
        return new PyBytes(Utf16.encode32(str(o), "strict", 0));
    }

    @ExposedMethod
    static PyObject unicode_decodelatin1(PyObject[] args, String[] kw) {
        List<PyObject> a = GetArgs.parseTuple(args, "y#|z:unicode_decodelatin1");
        return PyStr.of(Latin1.decodeLatin1(data(a, 0)).text());
    }

    @ExposedMethod
    static PyObject unicode_aslatin1string(PyObject o) {
        return new PyBytes(Latin1.encodeLatin1(str(o), "strict"));
    }

    @ExposedMethod
    static PyObject unicode_decodeascii(PyObject[] args, String[] kw) {
        List<PyObject> a = GetArgs.parseTuple(args, "y#|z:unicode_decodeascii");
        return PyStr.of(Latin1.decodeAscii(data(a, 0), errors(a, 1)).text());
    }

    @ExposedMethod
    static PyObject unicode_asasciistring(PyObject o) {
        return new PyBytes(Latin1.encodeAscii(str(o), "strict"));
    }

    /** PyUnicode_DecodeCharmap(data, size, mapping, errors): a NULL mapping is Latin-1. */
    @ExposedMethod
    static PyObject unicode_decodecharmap(PyObject[] args, String[] kw) {
        List<PyObject> a = GetArgs.parseTuple(args, "y#O|z:unicode_decodecharmap");
        return PyStr.of(Charmap.decode(data(a, 0), errors(a, 2), a.get(1)).text());
    }

    /** PyUnicode_AsCharmapString(unicode, mapping): both must be given (PyErr_BadArgument). */
    @ExposedMethod
    static PyObject unicode_ascharmapstring(PyObject u, PyObject mapping) {
        if (u == PyNone.NONE || mapping == PyNone.NONE) {
            throw badArgument();
        }
        return new PyBytes(Charmap.encode(str(u), "strict", mapping));
    }

    @ExposedMethod
    static PyObject unicode_decodeunicodeescape(PyObject[] args, String[] kw) {
        List<PyObject> a = GetArgs.parseTuple(args, "y#|z:unicode_decodeunicodeescape");
        return PyStr.of(Escapes.decodeUnicodeEscape(data(a, 0), errors(a, 1), true).text());
    }

    @ExposedMethod
    static PyObject unicode_asunicodeescapestring(PyObject o) {
        return new PyBytes(Escapes.encodeUnicodeEscape(str(o)));
    }

    @ExposedMethod
    static PyObject unicode_decoderawunicodeescape(PyObject[] args, String[] kw) {
        List<PyObject> a = GetArgs.parseTuple(args, "y#|z:unicode_decoderawunicodeescape");
        return PyStr.of(Escapes.decodeRawUnicodeEscape(data(a, 0), errors(a, 1), true).text());
    }

    @ExposedMethod
    static PyObject unicode_asrawunicodeescapestring(PyObject o) {
        return new PyBytes(Escapes.encodeRawUnicodeEscape(str(o)));
    }
}
