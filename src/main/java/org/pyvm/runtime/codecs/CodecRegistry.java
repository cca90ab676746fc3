package org.pyvm.runtime.codecs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;

/**
 * The codec registry of one interpreter: search functions (the first comes from
 * importing {@code encodings}, done lazily on the first lookup as CPython does at start-up),
 * the cache of CodecInfo by normalised name, and the error handlers by name. Also the
 * entry points of {@code str.encode}, {@code bytes.decode} and {@code codecs.encode/decode},
 * with CPython's fast paths for the UTF, Latin-1 and ASCII codecs, which work without
 * the standard library. Compare CPython Python/codecs.c and Objects/unicodeobject.c:
 * PyUnicode_AsEncodedString, PyUnicode_Decode.
 */
public final class CodecRegistry {

    private CodecRegistry() {}

    private static List<PyObject> searchPath = new ArrayList<>();
    private static PyDict cache = new PyDict();
    private static Map<String, PyObject> errorHandlers;
    private static boolean initialized;
    /** Whether importing {@code encodings} failed (no standard library on sys.path). */
    private static boolean noEncodings;

    /** Forgets everything, for a fresh interpreter (PyRuntime.reset). */
    public static void reset() {
        searchPath = new ArrayList<>();
        cache = new PyDict();
        errorHandlers = null;
        initialized = false;
        noEncodings = false;
    }

    private static void init() {
        if (initialized) {
            return;
        }
        initialized = true;
        PyObject imp = PyRuntime.builtins.getStr("__import__");
        if (imp == null) {
            noEncodings = true;
            return;
        }
        try {
            Abstract.call(imp, PyStr.of("encodings"));
        } catch (PyBaseException e) {
            if (!e.matches(PyExc.ImportError)) {
                throw e;
            }
            noEncodings = true;
        }
    }

    /**
     * The name search functions receive: ASCII letters lowered, runs of other characters
     * (but '.') one underscore, none at the ends. Compare codecs.c: normalizestring.
     */
    public static String normalize(String encoding) {
        byte[] b = encoding.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(b.length);
        boolean punct = false;
        for (byte x : b) {
            int c = x & 0xff;
            boolean alnum = c < 128 && (Character.isLetterOrDigit(c) || c == '.');
            if (alnum) {
                if (punct && sb.length() > 0) {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase((char) c));
                punct = false;
            } else {
                punct = true;
            }
        }
        return sb.toString();
    }

    public static void register(PyObject search) {
        if (!org.pyvm.runtime.Abstract.isCallable(search)) {
            throw PyErr.typeError("argument must be callable");
        }
        searchPath.add(search);
    }

    public static void unregister(PyObject search) {
        for (int i = 0; i < searchPath.size(); i++) {
            if (searchPath.get(i) == search) {
                searchPath.remove(i);
                cache = new PyDict();
                return;
            }
        }
    }

    /**
     * A codec or error handler name as CPython passes it on, a C string: a lone surrogate is
     * the UTF-8 codec's UnicodeEncodeError, a NUL "embedded null character" (the argument
     * clinic's str converter, PyUnicode_AsUTF8AndSize).
     */
    public static String cName(String name) {
        return cName(name, false);
    }

    /**
     * As {@link #cName(String)}; with NUL_ALLOWED only the UTF-8 conversion is checked, as
     * PyUnicode_AsUTF8 does (internal lookups: a NUL then finds no codec, LookupError).
     */
    public static String cName(String name, boolean nulAllowed) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == 0 && !nulAllowed) {
                throw PyErr.valueError("embedded null character");
            }
            if (Character.isSurrogate(c)) {
                Utf8.encode(PyStr.of(name), "strict"); // raises the UnicodeEncodeError for the first lone one
            }
        }
        return name;
    }

    /** codecs.lookup(encoding): the CodecInfo. Compare codecs.c: _PyCodec_Lookup. */
    public static PyObject lookup(String encoding) {
        String norm = normalize(cName(encoding, true));
        PyStr key = PyStr.of(norm);
        PyObject hit = cache.get(key);
        if (hit != null) {
            return hit;
        }
        init();
        if (searchPath.isEmpty()) {
            if (noEncodings) {
                throw unknownEncoding(encoding);
            }
            throw PyErr.of(PyExc.LookupError, "no codec search functions registered: can't find encoding");
        }
        for (PyObject f : new ArrayList<>(searchPath)) {
            PyObject r = Abstract.call(f, key);
            if (r == PyNone.NONE) {
                continue;
            }
            if (!(r instanceof PyTuple t) || t.size() != 4) {
                throw PyErr.typeError("codec search functions must return 4-tuples");
            }
            cache.setItem(key, r);
            return r;
        }
        throw unknownEncoding(encoding);
    }

    /** LookupError naming ENCODING as C formats it (%s): up to a NUL. */
    private static PyBaseException unknownEncoding(String encoding) {
        int nul = encoding.indexOf('\0');
        return PyErr.of(PyExc.LookupError, "unknown encoding: " + (nul < 0 ? encoding : encoding.substring(0, nul)));
    }

    // --- error handlers ------------------------------------------------------------

    private static Map<String, PyObject> handlers() {
        if (errorHandlers == null) {
            errorHandlers = new HashMap<>();
            PyModule holder = new PyModule("_codecs");
            holder.addFunctions(ErrorHandlers.class);
            String[][] names = {{"strict", "strict_errors"}, {"ignore", "ignore_errors"}, {"replace", "replace_errors"},
                {"xmlcharrefreplace", "xmlcharrefreplace_errors"}, {"backslashreplace", "backslashreplace_errors"},
                {"namereplace", "namereplace_errors"}, {"surrogateescape", "surrogateescape"},
                {"surrogatepass", "surrogatepass"}};
            for (String[] n : names) {
                errorHandlers.put(n[0], holder.getDict().getStr(n[1]));
            }
        }
        return errorHandlers;
    }

    public static void registerError(String name, PyObject handler) {
        if (!org.pyvm.runtime.Abstract.isCallable(handler)) {
            throw PyErr.typeError("handler must be callable");
        }
        handlers().put(name, handler);
    }

    public static PyObject lookupError(String name) {
        PyObject h = handlers().get(name == null ? "strict" : cName(name, true));
        if (h == null) {
            throw PyErr.of(PyExc.LookupError, "unknown error handler name '" + name + "'");
        }
        return h;
    }

    // --- str.encode / bytes.decode -------------------------------------------------

    /** -X dev: encode and decode check their encoding and error handler names even when unused. */
    private static volatile boolean devMode;

    /** Set when sys is made, from sys.flags.dev_mode. */
    public static void setDevMode(boolean on) {
        devMode = on;
    }

    /**
     * In development mode, a wrong encoding or error handler name is a LookupError even when
     * the data needs neither. Compare unicodeobject.c: unicode_check_encoding_errors.
     */
    private static void checkEncodingErrors(String encoding, String errors) {
        if (!devMode) {
            return;
        }
        if (encoding != null && !encoding.equals("utf-8") && !encoding.equals("utf8") && !encoding.equals("ascii")) {
            lookup(encoding);
        }
        if (errors != null && !errors.equals("strict") && !errors.equals("ignore") && !errors.equals("replace")
            && !errors.equals("surrogateescape") && !errors.equals("surrogatepass")) {
            lookupError(errors);
        }
    }

    /** CPython's lower-case-and-hyphens-to-underscores form for the fast paths (_Py_normalize_encoding). */
    private static String fastName(String encoding) {
        return encoding.toLowerCase(Locale.ROOT).replace('-', '_');
    }

    /** The encoder built in for a fast-path name, or null. */
    private static byte[] fastEncode(String name, PyStr s, String errors) {
        return switch (name) {
            case "utf_8", "utf8" -> Utf8.encode(s, errors);
            case "latin_1", "latin1", "iso_8859_1", "iso8859_1" -> Latin1.encodeLatin1(s, errors);
            case "ascii", "us_ascii" -> Latin1.encodeAscii(s, errors);
            case "utf_16", "utf16" -> Utf16.encode16(s, errors, 0);
            case "utf_16_le", "utf_16le" -> Utf16.encode16(s, errors, -1);
            case "utf_16_be", "utf_16be" -> Utf16.encode16(s, errors, 1);
            case "utf_32", "utf32" -> Utf16.encode32(s, errors, 0);
            case "utf_32_le", "utf_32le" -> Utf16.encode32(s, errors, -1);
            case "utf_32_be", "utf_32be" -> Utf16.encode32(s, errors, 1);
            default -> null;
        };
    }

    private static Decoded fastDecode(String name, byte[] b, String errors) {
        return switch (name) {
            case "utf_8", "utf8" -> Utf8.decode(b, errors, true);
            case "latin_1", "latin1", "iso_8859_1", "iso8859_1" -> Latin1.decodeLatin1(b);
            case "ascii", "us_ascii" -> Latin1.decodeAscii(b, errors);
            case "utf_16", "utf16" -> Utf16.decode16(b, errors, 0, true);
            case "utf_16_le", "utf_16le" -> Utf16.decode16(b, errors, -1, true);
            case "utf_16_be", "utf_16be" -> Utf16.decode16(b, errors, 1, true);
            case "utf_32", "utf32" -> Utf16.decode32(b, errors, 0, true);
            case "utf_32_le", "utf_32le" -> Utf16.decode32(b, errors, -1, true);
            case "utf_32_be", "utf_32be" -> Utf16.decode32(b, errors, 1, true);
            default -> null;
        };
    }

    /** The codec for ENCODING, refusing those that are not text encodings (rot13, hex ...). */
    private static PyTuple lookupText(String encoding, String alternate) {
        PyTuple codec = (PyTuple) lookup(encoding);
        PyObject isText = Abstract.lookupAttr(codec, "_is_text_encoding");
        if (isText != null && !Abstract.isTrue(isText)) {
            throw PyErr.of(PyExc.LookupError, "'" + encoding + "' is not a text encoding; use " + alternate
                + " to handle arbitrary codecs");
        }
        return codec;
    }

    /** Calls a codec function; its errors get a note naming the codec (3.12's wrap_codec_error). */
    private static PyObject callCodec(PyObject f, PyObject input, String errors, String what, String encoding) {
        PyObject r;
        try {
            r = errors == null ? Abstract.call(f, input) : Abstract.call(f, input, PyStr.of(errors));
        } catch (PyBaseException e) {
            PyObject addNote = Abstract.lookupAttr(e, "add_note");
            if (addNote != null) {
                Abstract.call(addNote, PyStr.of(what + " with '" + encoding + "' codec failed"));
            }
            throw e;
        }
        if (!(r instanceof PyTuple t) || t.size() != 2) {
            throw PyErr.typeError(what.equals("encoding") ? "encoder must return a tuple (object, integer)"
                : "decoder must return a tuple (object,integer)");
        }
        return t.get(0);
    }

    /** str.encode(encoding, errors). Compare unicodeobject.c: PyUnicode_AsEncodedString. */
    public static PyBytes encode(PyStr s, String encoding, String errors) {
        checkEncodingErrors(encoding, errors);
        byte[] fast = fastEncode(fastName(encoding), s, errors);
        if (fast != null) {
            return new PyBytes(fast);
        }
        PyTuple codec = lookupText(encoding, "codecs.encode()");
        PyObject v = callCodec(codec.get(0), s, errors, "encoding", encoding);
        if (v instanceof PyBytes b) {
            return b;
        }
        if (v instanceof PyByteArray) {
            return new PyBytes(PyByteArray.bytesOf(v).clone());
        }
        throw PyErr.typeError("'" + encoding + "' encoder returned '" + v.type().getName()
            + "' instead of 'bytes'; use codecs.encode() to encode to arbitrary types");
    }

    /** bytes.decode(encoding, errors). Compare unicodeobject.c: PyUnicode_Decode. */
    public static PyStr decode(byte[] b, String encoding, String errors) {
        checkEncodingErrors(encoding, errors);
        Decoded fast = fastDecode(fastName(encoding), b, errors);
        if (fast != null) {
            return PyStr.of(fast.text());
        }
        PyTuple codec = lookupText(encoding, "codecs.decode()");
        PyObject v = callCodec(codec.get(1), new PyBytes(b), errors, "decoding", encoding);
        if (v instanceof PyStr r) {
            return r;
        }
        throw PyErr.typeError("'" + encoding + "' decoder returned '" + v.type().getName()
            + "' instead of 'str'; use codecs.decode() to decode to arbitrary types");
    }

    /** codecs.encode(obj, encoding, errors): any codec, any result type. Compare codecs.c: PyCodec_Encode. */
    public static PyObject encodeAny(PyObject obj, String encoding, String errors) {
        PyTuple codec = (PyTuple) lookup(encoding);
        return callCodec(codec.get(0), obj, errors, "encoding", encoding);
    }

    /** codecs.decode(obj, encoding, errors). Compare codecs.c: PyCodec_Decode. */
    public static PyObject decodeAny(PyObject obj, String encoding, String errors) {
        PyTuple codec = (PyTuple) lookup(encoding);
        return callCodec(codec.get(1), obj, errors, "decoding", encoding);
    }
}
