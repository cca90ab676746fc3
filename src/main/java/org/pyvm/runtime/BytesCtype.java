package org.pyvm.runtime;

import java.util.Arrays;

/**
 * The methods of bytes and bytearray whose meaning depends on character classes: these
 * are ASCII-only for bytes (b'\xe9'.upper() is b'\xe9', b'\x1c' and b'\xa0' are not
 * whitespace), so they cannot go through str's Unicode methods as the rest of
 * BytesMethods does. Compare CPython Objects/bytes_methods.c (_Py_bytes_upper ...,
 * _Py_bytes_isspace ...), Python/pyctype.c (_Py_ctype_table) and Objects/stringlib
 * (split.h: split_whitespace, rsplit_whitespace, splitlines; bytesobject.c: do_strip).
 */
final class BytesCtype {

    private BytesCtype() {}

    static boolean isSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAlpha(int c) {
        return isUpper(c) || isLower(c);
    }

    static int toUpper(int c) {
        return isLower(c) ? c - 32 : c;
    }

    static int toLower(int c) {
        return isUpper(c) ? c + 32 : c;
    }

    /** 0 upper, 1 lower, 2 swapcase, 3 title, 4 capitalize. */
    static byte[] changeCase(byte[] v, int how) {
        byte[] out = new byte[v.length];
        boolean previousCased = false;
        for (int i = 0; i < v.length; i++) {
            int c = v[i] & 0xff;
            int r = switch (how) {
                case 0 -> toUpper(c);
                case 1 -> toLower(c);
                case 2 -> isUpper(c) ? toLower(c) : toUpper(c);
                case 3 -> previousCased ? toLower(c) : toUpper(c);
                default -> i == 0 ? toUpper(c) : toLower(c);
            };
            previousCased = isAlpha(c);
            out[i] = (byte) r;
        }
        return out;
    }

    /** 0 isspace, 1 isalpha, 2 isalnum, 3 isdigit: every byte in the class, and at least one. */
    static boolean all(byte[] v, int cls) {
        if (v.length == 0) {
            return false;
        }
        for (byte b : v) {
            int c = b & 0xff;
            boolean in = switch (cls) {
                case 0 -> isSpace(c);
                case 1 -> isAlpha(c);
                case 2 -> isAlpha(c) || isDigit(c);
                default -> isDigit(c);
            };
            if (!in) {
                return false;
            }
        }
        return true;
    }

    /** isupper (UPPER true) or islower: at least one cased byte, none of the other case. */
    static boolean cased(byte[] v, boolean upper) {
        boolean any = false;
        for (byte b : v) {
            int c = b & 0xff;
            if (upper ? isLower(c) : isUpper(c)) {
                return false;
            }
            any |= upper ? isUpper(c) : isLower(c);
        }
        return any;
    }

    /** Compare bytes_methods.c: _Py_bytes_istitle. */
    static boolean isTitle(byte[] v) {
        boolean cased = false;
        boolean previousCased = false;
        for (byte b : v) {
            int c = b & 0xff;
            if (isUpper(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (isLower(c)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    /** split() / rsplit() on runs of ASCII whitespace, at most MAX splits (negative: all). */
    static java.util.List<byte[]> splitWhitespace(byte[] v, long max, boolean fromRight) {
        java.util.ArrayList<byte[]> parts = new java.util.ArrayList<>();
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        if (!fromRight) {
            int i = 0;
            int n = v.length;
            while (true) {
                while (i < n && isSpace(v[i] & 0xff)) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                if (max-- == 0) {
                    // The rest as it is (trailing whitespace kept).
                    parts.add(Arrays.copyOfRange(v, i, n));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(v[j] & 0xff)) {
                    j++;
                }
                parts.add(Arrays.copyOfRange(v, i, j));
                i = j;
            }
            return parts;
        }
        int i = v.length;
        while (true) {
            while (i > 0 && isSpace(v[i - 1] & 0xff)) {
                i--;
            }
            if (i == 0) {
                break;
            }
            if (max-- == 0) {
                parts.add(Arrays.copyOfRange(v, 0, i));
                break;
            }
            int j = i;
            while (j > 0 && !isSpace(v[j - 1] & 0xff)) {
                j--;
            }
            parts.add(Arrays.copyOfRange(v, j, i));
            i = j;
        }
        java.util.Collections.reverse(parts);
        return parts;
    }

    /** strip/lstrip/rstrip (LEFT, RIGHT) of the bytes in CHARS, or of ASCII whitespace when CHARS is null. */
    static byte[] strip(byte[] v, byte[] chars, boolean left, boolean right) {
        boolean[] set = null;
        if (chars != null) {
            set = new boolean[256];
            for (byte b : chars) {
                set[b & 0xff] = true;
            }
        }
        int i = 0;
        int j = v.length;
        if (left) {
            while (i < j && (set == null ? isSpace(v[i] & 0xff) : set[v[i] & 0xff])) {
                i++;
            }
        }
        if (right) {
            while (j > i && (set == null ? isSpace(v[j - 1] & 0xff) : set[v[j - 1] & 0xff])) {
                j--;
            }
        }
        return Arrays.copyOfRange(v, i, j);
    }

    /** splitlines: only \n, \r and \r\n end a line in bytes. */
    static java.util.List<byte[]> splitLines(byte[] v, boolean keepends) {
        java.util.ArrayList<byte[]> parts = new java.util.ArrayList<>();
        int i = 0;
        int n = v.length;
        while (i < n) {
            int j = i;
            while (j < n && v[j] != '\n' && v[j] != '\r') {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += v[j] == '\r' && j + 1 < n && v[j + 1] == '\n' ? 2 : 1;
            }
            parts.add(Arrays.copyOfRange(v, i, keepends ? j : eol));
            i = j;
        }
        return parts;
    }
}
