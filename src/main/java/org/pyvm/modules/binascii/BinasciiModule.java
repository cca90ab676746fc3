package org.pyvm.modules.binascii;

import java.io.ByteArrayOutputStream;
import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * The binascii module: hex, base64 (with strict mode), uuencode, quoted-printable, CRC-32
 * and CRC-CCITT, with binascii.Error and binascii.Incomplete. Compare CPython
 * Modules/binascii.c.
 */
public final class BinasciiModule {

    private BinasciiModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("binascii");
        m.addFunctions(BinasciiModule.class);
        PyDict d = m.getDict();
        d.setStr("Error", exceptionClass("Error", PyExc.ValueError));
        d.setStr("Incomplete", exceptionClass("Incomplete", PyExc.Exception));
        return m;
    }

    private static PyObject exceptionClass(String name, PyType base) {
        return org.pyvm.modules.corelib.Types.newException("binascii", name, null, base);
    }

    private static PyBaseException error(String msg) {
        PyType t = (PyType) PyRuntime.builtinModule("binascii").getDict().getStr("Error");
        return PyErr.of(t, msg);
    }

    /** A Py_buffer argument. */
    private static byte[] buffer(PyObject o) {
        byte[] b = org.pyvm.runtime.PyMemoryView.simpleBufferBytes(o);
        if (b == null) {
            throw PyErr.typeError("a bytes-like object is required, not '" + o.type().getName() + "'");
        }
        return b;
    }

    /** The a2b_* argument: a buffer or an ASCII str. Compare binascii.c: ascii_buffer_converter. */
    private static byte[] ascii(PyObject o) {
        if (o instanceof PyStr s) {
            String v = s.value();
            byte[] b = new byte[v.length()];
            for (int i = 0; i < v.length(); i++) {
                if (v.charAt(i) > 127) {
                    throw PyErr.valueError("string argument should contain only ASCII characters");
                }
                b[i] = (byte) v.charAt(i);
            }
            return b;
        }
        // Any failure to get a simple buffer (a non-contiguous view too) is this TypeError.
        byte[] b = o instanceof org.pyvm.runtime.PyMemoryView mv && !Abstract.isTrue(Abstract.getAttr(mv, "c_contiguous"))
            ? null : PyByteArray.bytesOf(o);
        if (b == null) {
            throw PyErr.typeError("argument should be bytes, buffer or ASCII string, not '" + o.type().getName() + "'");
        }
        return b;
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes();

    /** b2a_hex/hexlify(data, sep=None, bytes_per_sep=1). Compare Python/pystrhex.c: _Py_strhex_impl. */
    @ExposedMethod
    static PyObject b2a_hex(PyObject[] args, String[] kw) {
        return hex("b2a_hex", args, kw);
    }

    @ExposedMethod
    static PyObject hexlify(PyObject[] args, String[] kw) {
        return hex("hexlify", args, kw);
    }

    private static PyObject hex(String fn, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse(fn, args, kw, 1, 3, "data", "sep", "bytes_per_sep");
        byte[] b = buffer(a[0]);
        int sep = -1;
        if (a[1] != null) {
            if (a[1] instanceof PyStr s) {
                if (s.length() != 1) {
                    throw PyErr.valueError("sep must be length 1.");
                }
                sep = s.codePointAt(0) & 0xff;
            } else {
                byte[] sb = PyByteArray.bytesOf(a[1]);
                if (sb == null) {
                    throw PyErr.typeError("object of type '" + a[1].type().getName() + "' has no len()");
                }
                if (sb.length != 1) {
                    throw PyErr.valueError("sep must be length 1.");
                }
                sep = sb[0] & 0xff;
            }
        }
        long bps = a[2] == null ? 1 : Abstract.index(a[2]).longValue();
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length * 3);
        long group = Math.abs(bps);
        for (int i = 0; i < b.length; i++) {
            if (sep >= 0 && group > 0 && i > 0) {
                boolean at = bps > 0 ? (b.length - i) % group == 0 : i % group == 0;
                if (at) {
                    out.write(sep);
                }
            }
            out.write(HEX[(b[i] >> 4) & 0xf]);
            out.write(HEX[b[i] & 0xf]);
        }
        return new PyBytes(out.toByteArray());
    }

    private static int hexValue(int c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    @ExposedMethod
    static PyObject a2b_hex(PyObject[] args, String[] kw) {
        return unhex("a2b_hex", args, kw);
    }

    @ExposedMethod
    static PyObject unhexlify(PyObject[] args, String[] kw) {
        return unhex("unhexlify", args, kw);
    }

    private static PyObject unhex(String fn, PyObject[] args, String[] kw) {
        PyObject[] a = Args.exact(fn, args, kw, 1);
        byte[] s = ascii(a[0]);
        if (s.length % 2 != 0) {
            throw error("Odd-length string");
        }
        byte[] out = new byte[s.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = hexValue(s[2 * i] & 0xff);
            int lo = hexValue(s[2 * i + 1] & 0xff);
            if (hi < 0 || lo < 0) {
                throw error("Non-hexadecimal digit found");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return new PyBytes(out);
    }

    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    @ExposedMethod
    static PyObject b2a_base64(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("b2a_base64", args, kw, 1, 1, "", "newline");
        byte[] b = buffer(a[0]);
        boolean newline = a[1] == null || Abstract.isTrue(a[1]);
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length * 4 / 3 + 4);
        int i = 0;
        for (; i + 2 < b.length; i += 3) {
            int v = (b[i] & 0xff) << 16 | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff);
            out.write(B64.charAt(v >> 18));
            out.write(B64.charAt(v >> 12 & 0x3f));
            out.write(B64.charAt(v >> 6 & 0x3f));
            out.write(B64.charAt(v & 0x3f));
        }
        if (b.length - i == 1) {
            int v = (b[i] & 0xff) << 16;
            out.write(B64.charAt(v >> 18));
            out.write(B64.charAt(v >> 12 & 0x3f));
            out.write('=');
            out.write('=');
        } else if (b.length - i == 2) {
            int v = (b[i] & 0xff) << 16 | (b[i + 1] & 0xff) << 8;
            out.write(B64.charAt(v >> 18));
            out.write(B64.charAt(v >> 12 & 0x3f));
            out.write(B64.charAt(v >> 6 & 0x3f));
            out.write('=');
        }
        if (newline) {
            out.write('\n');
        }
        return new PyBytes(out.toByteArray());
    }

    /** a2b_base64(data, /, *, strict_mode=False). Compare binascii.c: binascii_a2b_base64_impl. */
    @ExposedMethod
    static PyObject a2b_base64(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("a2b_base64", args, kw, 1, 1, "", "strict_mode");
        byte[] s = ascii(a[0]);
        boolean strict = a[1] != null && Abstract.isTrue(a[1]);
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length * 3 / 4 + 3);
        if (strict && s.length > 0 && s[0] == '=') {
            throw error("Leading padding not allowed");
        }
        int quadPos = 0;
        int leftchar = 0;
        int pads = 0;
        boolean paddingStarted = false;
        for (int i = 0; i < s.length; i++) {
            int c = s[i] & 0xff;
            if (c == '=') {
                paddingStarted = true;
                if (quadPos >= 2 && quadPos + ++pads >= 4) {
                    if (strict && i + 1 < s.length) {
                        throw error("Excess data after padding");
                    }
                    return new PyBytes(out.toByteArray());
                }
                continue;
            }
            int v = c < 128 ? B64.indexOf(c) : -1;
            if (v < 0) {
                if (strict) {
                    throw error("Only base64 data is allowed");
                }
                continue;
            }
            if (strict && paddingStarted) {
                throw error("Discontinuous padding not allowed");
            }
            pads = 0;
            switch (quadPos) {
                case 0 -> {
                    quadPos = 1;
                    leftchar = v;
                }
                case 1 -> {
                    quadPos = 2;
                    out.write((leftchar << 2) | (v >> 4));
                    leftchar = v & 0x0f;
                }
                case 2 -> {
                    quadPos = 3;
                    out.write((leftchar << 4) | (v >> 2));
                    leftchar = v & 0x03;
                }
                default -> {
                    quadPos = 0;
                    out.write((leftchar << 6) | v);
                    leftchar = 0;
                }
            }
        }
        if (quadPos == 1) {
            throw error("Invalid base64-encoded string: number of data characters (" + (out.size() / 3 * 4 + 1)
                + ") cannot be 1 more than a multiple of 4");
        }
        if (quadPos != 0) {
            throw error("Incorrect padding");
        }
        return new PyBytes(out.toByteArray());
    }

    @ExposedMethod
    static PyObject b2a_uu(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("b2a_uu", args, kw, 1, 1, "", "backtick");
        byte[] b = buffer(a[0]);
        boolean backtick = a[1] != null && Abstract.isTrue(a[1]);
        if (b.length > 45) {
            throw error("At most 45 bytes at once");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(backtick && b.length == 0 ? '`' : ' ' + b.length);
        int leftchar = 0;
        int leftbits = 0;
        for (int i = 0; i < b.length || leftbits != 0; i++) {
            leftchar = (leftchar << 8) | (i < b.length ? b[i] & 0xff : 0);
            leftbits += 8;
            while (leftbits >= 6) {
                int ch = (leftchar >> (leftbits - 6)) & 0x3f;
                leftbits -= 6;
                out.write(backtick && ch == 0 ? '`' : ch + ' ');
            }
            leftchar &= (1 << leftbits) - 1;
        }
        out.write('\n');
        return new PyBytes(out.toByteArray());
    }

    @ExposedMethod
    static PyObject a2b_uu(PyObject[] args, String[] kw) {
        PyObject[] a = Args.exact("a2b_uu", args, kw, 1);
        byte[] s = ascii(a[0]);
        int pos = 0;
        int len = s.length;
        int binLen = ((len > 0 ? s[pos] & 0xff : 0) - ' ') & 077;
        pos++;
        len--;
        ByteArrayOutputStream out = new ByteArrayOutputStream(binLen);
        int leftchar = 0;
        int leftbits = 0;
        for (; binLen > 0; len--, pos++) {
            int ch = len > 0 ? s[pos] & 0xff : 0;
            if (ch == '\n' || ch == '\r' || len <= 0) {
                ch = 0;
            } else {
                if (ch < ' ' || ch > ' ' + 64) {
                    throw error("Illegal char");
                }
                ch = (ch - ' ') & 077;
            }
            leftchar = (leftchar << 6) | ch;
            leftbits += 6;
            if (leftbits >= 8) {
                leftbits -= 8;
                out.write((leftchar >> leftbits) & 0xff);
                leftchar &= (1 << leftbits) - 1;
                binLen--;
            }
        }
        while (len-- > 0) {
            int ch = s[pos++] & 0xff;
            if (ch != ' ' && ch != ' ' + 64 && ch != '\n' && ch != '\r') {
                throw error("Trailing garbage");
            }
        }
        return new PyBytes(out.toByteArray());
    }

    private static final int[] CRC32_TABLE = new int[256];
    private static final int[] CRC_HQX_TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC32_TABLE[n] = c;
            int h = n << 8;
            for (int k = 0; k < 8; k++) {
                h = (h & 0x8000) != 0 ? (h << 1) ^ 0x1021 : h << 1;
            }
            CRC_HQX_TABLE[n] = h & 0xffff;
        }
    }

    /** An unsigned int argument taken bitwise (clinic's unsigned_int(bitwise=True)). */
    private static long bitwise(PyObject o, long mask) {
        if (o instanceof org.pyvm.runtime.PyFloat) {
            throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        }
        return Abstract.index(o).bigValue().longValue() & mask;
    }

    @ExposedMethod
    static PyObject crc32(PyObject[] args, String[] kw) {
        Args.noKeywords("crc32", kw);
        Args.positional("crc32", args.length, 1, 2);
        byte[] b = buffer(args[0]);
        int crc = args.length > 1 ? (int) bitwise(args[1], 0xffffffffL) : 0;
        crc = ~crc;
        for (byte x : b) {
            crc = CRC32_TABLE[(crc ^ x) & 0xff] ^ (crc >>> 8);
        }
        return PyInt.of(Integer.toUnsignedLong(~crc));
    }

    @ExposedMethod
    static PyObject crc_hqx(PyObject[] args, String[] kw) {
        PyObject[] a = Args.exact("crc_hqx", args, kw, 2);
        byte[] b = buffer(a[0]);
        int crc = (int) bitwise(a[1], 0xffffffffL) & 0xffff;
        for (byte x : b) {
            crc = ((crc << 8) & 0xff00) ^ CRC_HQX_TABLE[((crc >> 8) ^ x) & 0xff];
        }
        return PyInt.of(crc);
    }

    @ExposedMethod
    static PyObject a2b_qp(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("a2b_qp", args, kw, 1, 2, "data", "header");
        byte[] s = ascii(a[0]);
        boolean header = a[1] != null && Abstract.isTrue(a[1]);
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length);
        int in = 0;
        int n = s.length;
        while (in < n) {
            int c = s[in] & 0xff;
            if (c == '=') {
                in++;
                if (in >= n) {
                    break;
                }
                int d = s[in] & 0xff;
                if (d == '\n' || d == '\r') {
                    if (d != '\n') {
                        while (in < n && s[in] != '\n') {
                            in++;
                        }
                    }
                    if (in < n) {
                        in++;
                    }
                } else if (d == '=') {
                    out.write('=');
                    in++;
                } else if (in + 1 < n && hexValue(d) >= 0 && hexValue(s[in + 1] & 0xff) >= 0) {
                    out.write(hexValue(d) << 4 | hexValue(s[in + 1] & 0xff));
                    in += 2;
                } else {
                    out.write('=');
                }
            } else if (header && c == '_') {
                out.write(' ');
                in++;
            } else {
                out.write(c);
                in++;
            }
        }
        return new PyBytes(out.toByteArray());
    }

    private static final int MAXLINESIZE = 76;
    private static final byte[] UHEX = "0123456789ABCDEF".getBytes();

    /** b2a_qp(data, quotetabs=False, istext=True, header=False). Compare binascii.c: binascii_b2a_qp_impl. */
    @ExposedMethod
    static PyObject b2a_qp(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("b2a_qp", args, kw, 1, 4, "data", "quotetabs", "istext", "header");
        byte[] d = buffer(a[0]);
        boolean quotetabs = a[1] != null && Abstract.isTrue(a[1]);
        boolean istext = a[2] == null || Abstract.isTrue(a[2]);
        boolean header = a[3] != null && Abstract.isTrue(a[3]);
        int n = d.length;
        boolean crlf = false;
        for (int i = 0; i < n; i++) {
            if (d[i] == '\n') {
                crlf = i > 0 && d[i - 1] == '\r';
                break;
            }
        }
        Out out = new Out(n * 2);
        int linelen = 0;
        int in = 0;
        while (in < n) {
            int c = d[in] & 0xff;
            boolean next = in + 1 < n;
            int nc = next ? d[in + 1] & 0xff : -1;
            boolean encode = c > 126 || c == '='
                || (header && c == '_')
                || (c == '.' && linelen == 0 && (!next || nc == '\n' || nc == '\r' || nc == 0))
                || (!istext && (c == '\r' || c == '\n'))
                || ((c == '\t' || c == ' ') && !next)
                || (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
            if (encode) {
                if (linelen + 3 >= MAXLINESIZE) {
                    out.write('=');
                    if (crlf) {
                        out.write('\r');
                    }
                    out.write('\n');
                    linelen = 0;
                }
                out.write('=');
                out.write(UHEX[c >> 4]);
                out.write(UHEX[c & 0xf]);
                in++;
                linelen += 3;
            } else if (istext && (c == '\n' || (next && c == '\r' && nc == '\n'))) {
                linelen = 0;
                int ch = out.last();
                if (ch == ' ' || ch == '\t') {
                    out.dropLast();
                    out.write('=');
                    out.write(UHEX[ch >> 4]);
                    out.write(UHEX[ch & 0xf]);
                }
                if (crlf) {
                    out.write('\r');
                }
                out.write('\n');
                in += c == '\r' ? 2 : 1;
            } else {
                if (next && nc != '\n' && linelen + 1 >= MAXLINESIZE) {
                    out.write('=');
                    if (crlf) {
                        out.write('\r');
                    }
                    out.write('\n');
                    linelen = 0;
                }
                linelen++;
                if (header && c == ' ') {
                    out.write('_');
                } else {
                    out.write(c);
                }
                in++;
            }
        }
        return new PyBytes(out.toByteArray());
    }

    /** An output buffer whose last byte can be looked at and taken back. */
    private static final class Out extends ByteArrayOutputStream {
        Out(int size) {
            super(size);
        }

        int last() {
            return count > 0 ? buf[count - 1] : -1;
        }

        void dropLast() {
            count--;
        }
    }
}
