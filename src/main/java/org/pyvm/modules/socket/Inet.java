package org.pyvm.modules.socket;

import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyObject;

/**
 * Text and packed forms of IPv4 and IPv6 addresses, as glibc's inet_aton, inet_pton and
 * inet_ntop write and read them (the functions {@code _socket} wraps).
 */
final class Inet {

    private Inet() {}

    static byte[] bytes(PyObject o, String fn) {
        byte[] b = PyByteArray.bytesOf(o);
        if (b == null) {
            throw PyErr.typeError("a bytes-like object is required, not '" + o.type().getName() + "'");
        }
        return b;
    }

    /** inet_aton: 1 to 4 numbers (decimal, 0x hex or 0 octal), the last one filling the remaining bytes; null if bad. */
    static long[] aton(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length < 1 || parts.length > 4) {
            return null;
        }
        long[] v = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            int radix = 10;
            if (p.startsWith("0x") || p.startsWith("0X")) {
                radix = 16;
                p = p.substring(2);
                if (p.isEmpty()) {
                    p = "0";
                }
            } else if (p.length() > 1 && p.startsWith("0")) {
                radix = 8;
                p = p.substring(1);
            }
            if (p.isEmpty() || p.length() > 11) {
                return null;
            }
            for (char c : p.toCharArray()) {
                if (Character.digit(c, radix) < 0 || c > 'z') {
                    return null;
                }
            }
            v[i] = Long.parseLong(p, radix);
        }
        long addr = 0;
        for (int i = 0; i < v.length - 1; i++) {
            if (v[i] > 0xff) {
                return null;
            }
            addr |= v[i] << (24 - 8 * i);
        }
        long last = v[v.length - 1];
        if (last > (0xffffffffL >>> (8 * (v.length - 1)))) {
            return null;
        }
        return new long[] {addr | last};
    }

    static byte[] pack4(long a) {
        return new byte[] {(byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), (byte) a};
    }

    static String ntoa4(byte[] b) {
        return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
    }

    /** inet_pton(AF_INET): exactly four decimal numbers 0-255, no leading zeros; null if bad. */
    static byte[] pton4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) {
                return null;
            }
            int n = 0;
            for (char c : p.toCharArray()) {
                if (c < '0' || c > '9') {
                    return null;
                }
                n = n * 10 + (c - '0');
            }
            if (n > 255) {
                return null;
            }
            out[i] = (byte) n;
        }
        return out;
    }

    /** inet_pton(AF_INET6): eight groups of up to 4 hex digits, one "::" at most, an IPv4 tail allowed; null if bad. */
    static byte[] pton6(String s) {
        int dbl = s.indexOf("::");
        if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) {
            return null;
        }
        String head = dbl >= 0 ? s.substring(0, dbl) : s;
        String tail = dbl >= 0 ? s.substring(dbl + 2) : "";
        int[] h = groups(head, dbl < 0);
        int[] t = dbl >= 0 ? groups(tail, true) : new int[0];
        if (h == null || t == null) {
            return null;
        }
        int n = h.length + t.length;
        if (dbl < 0 ? n != 8 : n > 7) {
            return null;
        }
        byte[] out = new byte[16];
        for (int i = 0; i < h.length; i++) {
            out[2 * i] = (byte) (h[i] >> 8);
            out[2 * i + 1] = (byte) h[i];
        }
        for (int i = 0; i < t.length; i++) {
            int at = 8 - t.length + i;
            out[2 * at] = (byte) (t[i] >> 8);
            out[2 * at + 1] = (byte) t[i];
        }
        return out;
    }

    /** The 16-bit groups of a colon-separated part (an IPv4 tail, if LAST allows one, counts as two); null if bad. */
    private static int[] groups(String part, boolean last) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] g = part.split(":", -1);
        int extra = 0;
        byte[] v4 = null;
        if (last && g[g.length - 1].contains(".")) {
            v4 = pton4(g[g.length - 1]);
            if (v4 == null) {
                return null;
            }
            extra = 1;
        }
        int[] out = new int[g.length + extra];
        for (int i = 0; i < g.length - (v4 != null ? 1 : 0); i++) {
            String x = g[i];
            if (x.isEmpty() || x.length() > 4) {
                return null;
            }
            int n = 0;
            for (char c : x.toCharArray()) {
                int d = Character.digit(c, 16);
                if (d < 0 || c > 'f') {
                    return null;
                }
                n = n * 16 + d;
            }
            out[i] = n;
        }
        if (v4 != null) {
            out[g.length - 1] = ((v4[0] & 0xff) << 8) | (v4[1] & 0xff);
            out[g.length] = ((v4[2] & 0xff) << 8) | (v4[3] & 0xff);
        }
        return out;
    }

    /** inet_ntop(AF_INET6): lower-case hex, the longest run (two groups or more) of zeros as "::", IPv4-mapped tails dotted. */
    static String ntop6(byte[] b) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8;) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        if (bestLen < 2) {
            bestStart = -1;
        }
        // ::ffff:a.b.c.d and ::a.b.c.d (glibc writes both with a dotted tail).
        boolean v4 = bestStart == 0 && (bestLen == 6 || (bestLen == 5 && g[5] == 0xffff));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (v4 && i == 6) {
                if (sb.charAt(sb.length() - 1) != ':') {
                    sb.append(':');
                }
                sb.append((g[6] >> 8) + "." + (g[6] & 0xff) + "." + (g[7] >> 8) + "." + (g[7] & 0xff));
                break;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }
}
