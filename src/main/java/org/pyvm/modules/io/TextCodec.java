package org.pyvm.modules.io;

import java.io.ByteArrayOutputStream;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;

/**
 * The encodings TextIOWrapper handles in Java: UTF-8, Latin-1 and ASCII, with the
 * error handlers strict, ignore, replace, surrogateescape, backslashreplace (and, for
 * encoding, xmlcharrefreplace; surrogatepass for UTF-8). Decoding is incremental: an
 * incomplete UTF-8 sequence at the end of a chunk is left for the next one. Error
 * messages are CPython's (Objects/unicodeobject.c, Objects/stringlib/codecs.h).
 * Other encodings go through Python's codecs module ({@link PyCodec}).
 */
final class TextCodec {

    static final int UTF8 = 0, LATIN1 = 1, ASCII = 2;

    final int kind;
    final String errors;

    TextCodec(int kind, String errors) {
        this.kind = kind;
        this.errors = errors;
    }

    /** The Java codec for ENCODING, or null when codecs must handle it. Compare encodings.normalize_encoding. */
    static int kindOf(String encoding) {
        String n = encoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace(' ', '-');
        return switch (n) {
            case "utf-8", "utf8", "u8", "utf", "cp65001", "utf8-ucs2", "utf8-ucs4" -> UTF8;
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "latin", "iso-ir-100",
                "csisolatin1", "iso-8859-1:1987" -> LATIN1;
            case "ascii", "us-ascii", "646", "us", "ansi-x3.4-1968", "ansi-x3.4-1986", "cp367", "csascii", "ibm367",
                "iso646-us", "iso-ir-6", "iso-646.irv:1991" -> ASCII;
            default -> -1;
        };
    }

    String name() {
        return kind == UTF8 ? "utf-8" : kind == LATIN1 ? "latin-1" : "ascii";
    }

    /** Error handlers that exist (others are looked up when first needed, as CPython does). */
    static boolean knownHandler(String e) {
        return switch (e) {
            case "strict", "ignore", "replace", "surrogateescape", "backslashreplace", "xmlcharrefreplace",
                "surrogatepass", "namereplace" -> true;
            default -> false;
        };
    }

    private PyBaseException decodeError(byte[] b, int start, int end, String reason) {
        String what = end - start == 1 ? "byte 0x" + String.format("%02x", b[start] & 0xff) + " in position " + start
            : "bytes in position " + start + "-" + (end - 1);
        return PyErr.of(PyExc.UnicodeDecodeError, "'" + name() + "' codec can't decode " + what + ": " + reason);
    }

    /** Applies the error handler to bytes B[START..END); false when the handler is strict. */
    private void onDecodeError(StringBuilder out, byte[] b, int start, int end, String reason) {
        switch (errors) {
            case "ignore" -> { }
            case "replace" -> out.append('\ufffd');
            case "surrogateescape" -> {
                for (int i = start; i < end; i++) {
                    int v = b[i] & 0xff;
                    if (v < 128) {
                        throw decodeError(b, start, end, reason);
                    }
                    out.append((char) (0xdc00 + v));
                }
            }
            case "backslashreplace" -> {
                for (int i = start; i < end; i++) {
                    out.append(String.format("\\x%02x", b[i] & 0xff));
                }
            }
            default -> throw decodeError(b, start, end, reason);
        }
    }

    /**
     * Decodes B[0..LEN) into OUT. Returns how many bytes were consumed: all of them when
     * FINAL, otherwise an incomplete UTF-8 sequence at the end is left over.
     */
    int decode(byte[] b, int len, boolean fin, StringBuilder out) {
        if (kind == LATIN1) {
            for (int i = 0; i < len; i++) {
                out.append((char) (b[i] & 0xff));
            }
            return len;
        }
        if (kind == ASCII) {
            for (int i = 0; i < len; i++) {
                int v = b[i] & 0xff;
                if (v < 128) {
                    out.append((char) v);
                } else {
                    onDecodeError(out, b, i, i + 1, "ordinal not in range(128)");
                }
            }
            return len;
        }
        int i = 0;
        while (i < len) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                out.append((char) c);
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                if (c == 0xe0) {
                    lo = 0xa0;
                } else if (c == 0xed) {
                    hi = 0x9f;
                }
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                if (c == 0xf0) {
                    lo = 0x90;
                } else if (c == 0xf4) {
                    hi = 0x8f;
                }
            } else {
                onDecodeError(out, b, i, i + 1, "invalid start byte");
                i++;
                continue;
            }
            int cp = need == 1 ? c & 0x1f : need == 2 ? c & 0x0f : c & 0x07;
            int k = 1;
            boolean bad = false;
            for (; k <= need; k++) {
                if (i + k >= len) {
                    break;
                }
                int x = b[i + k] & 0xff;
                int l = k == 1 ? lo : 0x80;
                int h = k == 1 ? hi : 0xbf;
                if (x < l || x > h) {
                    bad = true;
                    break;
                }
                cp = (cp << 6) | (x & 0x3f);
            }
            if (bad) {
                onDecodeError(out, b, i, i + k, "invalid continuation byte");
                i += k;
                continue;
            }
            if (k <= need) {
                // Ran out of input inside a valid prefix.
                if (!fin) {
                    return i;
                }
                onDecodeError(out, b, i, len, "unexpected end of data");
                return len;
            }
            out.appendCodePoint(cp);
            i += need + 1;
        }
        return len;
    }

    private PyBaseException encodeError(String s, int startCp, int endCp, String reason) {
        String what;
        if (endCp - startCp == 1) {
            int c = s.codePointAt(s.offsetByCodePoints(0, startCp));
            what = "character '" + escape(c) + "' in position " + startCp;
        } else {
            what = "characters in position " + startCp + "-" + (endCp - 1);
        }
        return PyErr.of(PyExc.UnicodeEncodeError, "'" + name() + "' codec can't encode " + what + ": " + reason);
    }

    private static String escape(int c) {
        return c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c)
            : String.format("\\U%08x", c);
    }

    /** Encodes S. Compare unicodeobject.c: unicode_encode_ucs1 and _PyUnicode_EncodeUTF8's handlers. */
    byte[] encode(String s) {
        int n = s.length();
        if (kind == UTF8) {
            boolean plain = true;
            for (int i = 0; i < n; i++) {
                char ch = s.charAt(i);
                if (Character.isSurrogate(ch)) {
                    plain = false;
                    break;
                }
            }
            if (plain) {
                return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
        } else {
            int limit = kind == ASCII ? 128 : 256;
            boolean plain = true;
            for (int i = 0; i < n; i++) {
                if (s.charAt(i) >= limit) {
                    plain = false;
                    break;
                }
            }
            if (plain) {
                byte[] b = new byte[n];
                for (int i = 0; i < n; i++) {
                    b[i] = (byte) s.charAt(i);
                }
                return b;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(n + 16);
        int limit = kind == UTF8 ? -1 : kind == ASCII ? 128 : 256;
        int cpIndex = 0;
        for (int i = 0; i < n; ) {
            int c = s.codePointAt(i);
            boolean bad = limit < 0 ? (c >= 0xd800 && c <= 0xdfff) : c >= limit;
            if (!bad) {
                writeCp(out, c);
                i += Character.charCount(c);
                cpIndex++;
                continue;
            }
            // The run of unencodable characters, reported or replaced together.
            int j = i;
            int endCp = cpIndex;
            while (j < n) {
                int d = s.codePointAt(j);
                boolean b2 = limit < 0 ? (d >= 0xd800 && d <= 0xdfff) : d >= limit;
                if (!b2) {
                    break;
                }
                j += Character.charCount(d);
                endCp++;
            }
            String reason = limit < 0 ? "surrogates not allowed" : "ordinal not in range(" + limit + ")";
            for (int p = i; p < j; ) {
                int d = s.codePointAt(p);
                switch (errors) {
                    case "ignore" -> { }
                    case "replace" -> out.write('?');
                    case "backslashreplace" -> writeAscii(out, escape(d));
                    case "xmlcharrefreplace" -> writeAscii(out, "&#" + d + ";");
                    case "surrogateescape" -> {
                        if (d >= 0xdc80 && d <= 0xdcff) {
                            out.write(d - 0xdc00);
                        } else {
                            throw encodeError(s, cpIndex, endCp, reason);
                        }
                    }
                    case "surrogatepass" -> {
                        if (limit < 0) {
                            writeCp(out, d);
                        } else {
                            throw encodeError(s, cpIndex, endCp, reason);
                        }
                    }
                    default -> throw encodeError(s, cpIndex, endCp, reason);
                }
                p += Character.charCount(d);
            }
            i = j;
            cpIndex = endCp;
        }
        return out.toByteArray();
    }

    private void writeCp(ByteArrayOutputStream out, int c) {
        if (kind != UTF8) {
            out.write(c);
        } else if (c < 0x80) {
            out.write(c);
        } else if (c < 0x800) {
            out.write(0xc0 | (c >> 6));
            out.write(0x80 | (c & 0x3f));
        } else if (c < 0x10000) {
            out.write(0xe0 | (c >> 12));
            out.write(0x80 | ((c >> 6) & 0x3f));
            out.write(0x80 | (c & 0x3f));
        } else {
            out.write(0xf0 | (c >> 18));
            out.write(0x80 | ((c >> 12) & 0x3f));
            out.write(0x80 | ((c >> 6) & 0x3f));
            out.write(0x80 | (c & 0x3f));
        }
    }

    private static void writeAscii(ByteArrayOutputStream out, String s) {
        for (int i = 0; i < s.length(); i++) {
            out.write(s.charAt(i));
        }
    }

    /** Encoding/decoding through Python's codecs module, for the encodings not built in here. */
    static final class PyCodec {
        final PyObject encoder;
        final PyObject decoder;

        /**
         * The incremental encoder only for a WRITABLE buffer and the decoder only for a
         * READABLE one (null otherwise), as textio.c's _textiowrapper_set_encoder and
         * _textiowrapper_set_decoder: a read-only codec may have no incrementalencoder.
         */
        PyCodec(String encoding, String errors, boolean readable, boolean writable) {
            // Compare textio.c: _PyCodec_LookupTextEncoding, then the incremental codecs of
            // the CodecInfo (the lookup itself is _codecs', so its LookupError has no frames).
            importCodecs(encoding);
            // _PyCodec_Lookup itself, not _codecs.lookup's argument checks: a NUL finds no codec.
            PyObject info = org.pyvm.runtime.codecs.CodecRegistry.lookup(encoding);
            PyObject isText = Abstract.lookupAttr(info, "_is_text_encoding");
            if (isText != null && !Abstract.isTrue(isText)) {
                throw PyErr.of(PyExc.LookupError, "'" + encoding + "' is not a text encoding; use codecs.open() to "
                    + "handle arbitrary codecs");
            }
            this.decoder = readable ? Abstract.call(Abstract.getAttr(info, "incrementaldecoder"), PyStr.of(errors)) : null;
            this.encoder = writable ? Abstract.call(Abstract.getAttr(info, "incrementalencoder"), PyStr.of(errors)) : null;
        }

        /** The _codecs module; LookupError for a name the JDK does not know either when it is missing. */
        private static PyObject importCodecs(String encoding) {
            try {
                return Abstract.call(org.pyvm.runtime.PyRuntime.builtins.getStr("__import__"), PyStr.of("_codecs"));
            } catch (PyBaseException e) {
                if (!e.matches(PyExc.ImportError)) {
                    throw e;
                }
                boolean known;
                try {
                    known = java.nio.charset.Charset.isSupported(encoding);
                } catch (IllegalArgumentException e2) {
                    known = false;
                }
                if (!known) {
                    throw PyErr.of(PyExc.LookupError, "unknown encoding: " + encoding);
                }
                throw PyErr.notSupported("the encoding '" + encoding + "' (it needs the codecs module)");
            }
        }

        byte[] encode(String s) {
            if (encoder == null) {
                throw IOBase.unsupported("not writable");
            }
            PyObject r = Abstract.call(Abstract.getAttr(encoder, "encode"), PyStr.of(s));
            if (!(r instanceof PyBytes b)) {
                throw PyErr.typeError("encoder should return a bytes object, not '" + r.type().getName() + "'");
            }
            return b.bytes();
        }

        String decode(byte[] b, boolean fin) {
            if (decoder == null) {
                throw IOBase.unsupported("not readable");
            }
            PyObject r = Abstract.call(Abstract.getAttr(decoder, "decode"), new PyBytes(b),
                org.pyvm.runtime.PyBool.of(fin));
            if (!(r instanceof PyStr s)) {
                throw PyErr.typeError("decoder should return a string result, not '" + r.type().getName() + "'");
            }
            return s.value();
        }

        void reset() {
            if (decoder == null) {
                return;
            }
            Abstract.call(Abstract.getAttr(decoder, "reset"));
        }

        /** decoder.getstate(), which must be (bytes, flags). Compare textio.c: textiowrapper_read_chunk. */
        org.pyvm.runtime.PyTuple decoderState() {
            if (decoder == null) {
                throw IOBase.unsupported("not readable");
            }
            PyObject st = Abstract.call(Abstract.getAttr(decoder, "getstate"));
            if (!(st instanceof org.pyvm.runtime.PyTuple t)) {
                throw PyErr.typeError("illegal decoder state");
            }
            if (t.size() != 2) {
                throw PyErr.typeError("illegal decoder state");
            }
            if (!(t.get(0) instanceof PyBytes)) {
                throw PyErr.typeError("illegal decoder state: the first item should be a bytes object, not '"
                    + t.get(0).type().getName() + "'");
            }
            return t;
        }

        /**
         * After a seek to a cookie: the decoder as it was at the cookie's chunk start, with
         * no bytes buffered. Compare textio.c: _textiowrapper_decoder_setstate.
         */
        void decoderSetState(long startPos, int flags) {
            if (decoder == null) {
                return;
            }
            if (startPos == 0 && flags == 0) {
                Abstract.call(Abstract.getAttr(decoder, "reset"));
            } else {
                Abstract.call(Abstract.getAttr(decoder, "setstate"),
                    org.pyvm.runtime.PyTuple.of(new PyBytes(new byte[0]), org.pyvm.runtime.PyInt.of(flags)));
            }
        }

        /**
         * After a seek: at the start of the stream the encoder starts afresh (a BOM is
         * written first); elsewhere it is told that the BOM is already there (setstate(0)).
         * Compare textio.c: _textiowrapper_encoder_reset.
         */
        void encoderReset(boolean startOfStream) {
            if (encoder == null) {
                return;
            } else if (startOfStream) {
                Abstract.call(Abstract.getAttr(encoder, "reset"));
            } else {
                Abstract.call(Abstract.getAttr(encoder, "setstate"), org.pyvm.runtime.PyInt.ZERO);
            }
        }
    }
}
