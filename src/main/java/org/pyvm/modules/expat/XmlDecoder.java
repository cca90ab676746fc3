package org.pyvm.modules.expat;

import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes fed to a parser into text, incrementally: the encoding is the one the
 * parser was created with, else a byte order mark or the UTF-16 form of "<?", else the
 * encoding the XML declaration names (the declaration is held back until it is complete),
 * else UTF-8. Expat's built-in encodings are decoded here; any other one goes through a
 * 256-character table from Python's codec, as pyexpat's unknown-encoding handler builds it
 * (compare Modules/pyexpat.c: PyUnknownEncodingHandler).
 */
final class XmlDecoder {

    /** Looks up a one-byte encoding's table (null: unknown encoding). */
    interface TableSource {
        char[] table(String encoding);
    }

    private static final int UNKNOWN = 0, UTF8 = 1, UTF16LE = 2, UTF16BE = 3, LATIN1 = 4, ASCII = 5, TABLE = 6;

    private int kind = UNKNOWN;
    private final String forced;
    private final TableSource tables;
    private char[] table;
    private byte[] pending = new byte[0];
    /** Set when the bytes do not decode: the text stops before them. */
    boolean bad;
    /** Set when the input ends inside a character. */
    boolean partial;
    /** Line, column and byte index where the name of the declared encoding starts (expat reports an unknown one there). */
    int unknownLine, unknownColumn, unknownByte;
    /** Set when looking the declared encoding's codec up raised. */
    boolean lookupFailed;

    XmlDecoder(String forced, TableSource tables) {
        this.forced = forced;
        this.tables = tables;
        if (forced != null) {
            select(forced);
        }
    }

    /** Whether expat converts this encoding to UTF-8 (and so reports text in pieces of 1024 bytes). */
    boolean converts() {
        return kind == UTF16LE || kind == UTF16BE || kind == LATIN1 || kind == TABLE;
    }

    /** The error for input ending inside a character: a UTF-16 odd byte is an unclosed token. */
    int partialCode() {
        return kind == UTF16LE || kind == UTF16BE ? ExpatErrors.UNCLOSED_TOKEN : ExpatErrors.PARTIAL_CHAR;
    }

    /** The char width mode for positions (see XmlCore.width). */
    int width() {
        return kind == UTF16LE || kind == UTF16BE ? 16 : kind == UTF8 || kind == UNKNOWN ? 8 : 1;
    }

    /** Chooses the decoder for NAME; false when the encoding is unknown. */
    boolean select(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        switch (n) {
            case "utf-8", "utf8":
                kind = UTF8;
                return true;
            case "utf-16", "utf16":
                kind = kind == UTF16LE || kind == UTF16BE ? kind : UTF16LE;
                return true;
            case "utf-16le":
                kind = UTF16LE;
                return true;
            case "utf-16be":
                kind = UTF16BE;
                return true;
            case "iso-8859-1", "latin-1", "latin1", "iso8859-1":
                kind = LATIN1;
                return true;
            case "us-ascii", "ascii":
                kind = ASCII;
                return true;
            default:
                char[] t = tables.table(name);
                if (t == null) {
                    return false;
                }
                table = t;
                kind = TABLE;
                return true;
        }
    }

    /** Whether the encoding is still to be found (the caller then holds the text back). */
    boolean undecided() {
        return kind == UNKNOWN;
    }

    /**
     * Decodes DATA (appended to what was held back); null while the encoding is undecided
     * and more input may settle it. UNKNOWNENC receives a declared encoding that has no decoder.
     */
    String decode(byte[] data, boolean fin, String[] unknownEnc) {
        byte[] in = concat(pending, data);
        pending = new byte[0];
        int start = 0;
        if (kind == UNKNOWN || (forced != null && sniffAllowed && in.length >= 2)) {
            int k = detect(in, fin, unknownEnc);
            if (k == -2) {
                pending = in;
                return null;
            }
            if (k == -3) {
                return null;
            }
            start = k;
        }
        sniffAllowed = false;
        StringBuilder sb = new StringBuilder(in.length);
        int i = start;
        switch (kind) {
            case UTF16LE, UTF16BE:
                for (; i + 1 < in.length; i += 2) {
                    int lo = in[i + (kind == UTF16LE ? 0 : 1)] & 0xFF;
                    int hi = in[i + (kind == UTF16LE ? 1 : 0)] & 0xFF;
                    sb.append((char) (hi << 8 | lo));
                }
                break;
            case LATIN1:
                for (; i < in.length; i++) {
                    sb.append((char) (in[i] & 0xFF));
                }
                break;
            case ASCII:
                for (; i < in.length; i++) {
                    if (in[i] < 0) {
                        bad = true;
                        return sb.toString();
                    }
                    sb.append((char) in[i]);
                }
                break;
            case TABLE:
                for (; i < in.length; i++) {
                    char c = table[in[i] & 0xFF];
                    if (c == 0xFFFF) {
                        bad = true;
                        return sb.toString();
                    }
                    sb.append(c);
                }
                break;
            default:
                i = utf8(in, i, sb);
                if (bad) {
                    return sb.toString();
                }
                break;
        }
        if (i < in.length) {
            pending = java.util.Arrays.copyOfRange(in, i, in.length);
        }
        partial = pending.length > 0 && fin;
        return sb.toString();
    }

    private boolean sniffAllowed = true;

    private static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) {
            return b;
        }
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /**
     * 0 (a BOM stays in the text: XmlCore skips it, counting its column and bytes as expat does),
     * -2 to wait for more bytes, -3 for an unknown encoding.
     */
    private int detect(byte[] in, boolean fin, String[] unknownEnc) {
        int n = in.length;
        if (n >= 2 && (in[0] & 0xFF) == 0xFE && (in[1] & 0xFF) == 0xFF) {
            kind = UTF16BE;
            return 0;
        }
        if (n >= 2 && (in[0] & 0xFF) == 0xFF && (in[1] & 0xFF) == 0xFE) {
            kind = UTF16LE;
            return 0;
        }
        if (forced != null) {
            return 0;
        }
        if (n >= 3 && (in[0] & 0xFF) == 0xEF && (in[1] & 0xFF) == 0xBB && (in[2] & 0xFF) == 0xBF) {
            kind = UTF8;
            return 0;
        }
        if (n < 4 && !fin) {
            return -2;
        }
        // A zero byte cannot start a document in an ASCII-based encoding: expat's initScan
        // takes "00 xx" for UTF-16BE and "xx 00" for UTF-16LE.
        if (n >= 2 && in[0] == 0) {
            kind = UTF16BE;
            return 0;
        }
        if (n >= 2 && in[1] == 0) {
            kind = UTF16LE;
            return 0;
        }
        byte[] decl = "<?xml".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < decl.length; i++) {
            if (i >= n) {
                if (fin) {
                    kind = UTF8;
                    return 0;
                }
                return -2;
            }
            if (in[i] != decl[i]) {
                kind = UTF8;
                return 0;
            }
        }
        int close = -1;
        for (int i = 5; i + 1 < n; i++) {
            if (in[i] == '?' && in[i + 1] == '>') {
                close = i;
                break;
            }
            if (in[i] == '>' || in[i] == '<') {
                break;
            }
        }
        if (close < 0) {
            if (!fin && n < 1024) {
                return -2;
            }
            kind = UTF8;
            return 0;
        }
        String head = new String(in, 0, close, StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\sencoding\\s*=\\s*(['\"])([^'\"]*)\\1")
            .matcher(head);
        kind = UTF8;
        if (m.find()) {
            String enc = m.group(2);
            kind = UNKNOWN;
            boolean known;
            try {
                known = select(enc);
            } catch (org.pyvm.runtime.PyBaseException e) {
                lookupFailed = true;
                placeUnknown(head, m.start(2));
                throw e;
            }
            if (!known) {
                kind = UTF8;
                unknownEnc[0] = enc;
                placeUnknown(head, m.start(2));
                return -3;
            }
        }
        return 0;
    }

    /**
     * Records where the name of an unknown declared encoding starts, at AT in HEAD: expat
     * reports the error there, also when the codec lookup itself raised (a LookupError).
     */
    private void placeUnknown(String head, int at) {
        unknownByte = at;
        unknownLine = 1 + (int) head.substring(0, at).chars().filter(c -> c == '\n').count();
        unknownColumn = at - (head.lastIndexOf('\n', at - 1) + 1);
    }

    /** UTF-8 from I; returns where an unfinished sequence starts (kept for the next call). */
    private int utf8(byte[] in, int i, StringBuilder sb) {
        int n = in.length;
        while (i < n) {
            int c = in[i] & 0xFF;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int len;
            int cp;
            if (c >= 0xC2 && c <= 0xDF) {
                len = 2;
                cp = c & 0x1F;
            } else if (c >= 0xE0 && c <= 0xEF) {
                len = 3;
                cp = c & 0x0F;
            } else if (c >= 0xF0 && c <= 0xF4) {
                len = 4;
                cp = c & 0x07;
            } else {
                bad = true;
                return i;
            }
            for (int k = 1; k < len; k++) {
                if (i + k >= n) {
                    return i;
                }
                int d = in[i + k] & 0xFF;
                if ((d & 0xC0) != 0x80) {
                    bad = true;
                    return i;
                }
                cp = cp << 6 | (d & 0x3F);
            }
            if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000
                || cp > 0x10FFFF))) {
                bad = true;
                return i;
            }
            sb.appendCodePoint(cp);
            i += len;
        }
        return i;
    }
}
