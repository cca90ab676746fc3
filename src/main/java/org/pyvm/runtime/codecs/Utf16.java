package org.pyvm.runtime.codecs;

import org.pyvm.runtime.PyStr;

/**
 * UTF-16 and UTF-32 with a byte order: -1 little-endian, 1 big-endian, 0 native with a
 * byte order mark (written on encoding, looked for on decoding). The error messages
 * name the order actually used ('utf-16-le'). Compare CPython Objects/unicodeobject.c:
 * PyUnicode_DecodeUTF16Stateful, _PyUnicode_EncodeUTF16, and the UTF-32 twins.
 */
public final class Utf16 {

    private Utf16() {}

    /** The machine's order for byteorder 0 (CPython on x86 and arm: little). */
    private static final int NATIVE = -1;

    private static String name(int bits, int bo) {
        return "utf-" + bits + (bo < 0 ? "-le" : "-be");
    }

    private static int unit16(byte[] b, int i, boolean le) {
        return le ? (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 : (b[i] & 0xff) << 8 | (b[i + 1] & 0xff);
    }

    /**
     * With BYTEORDER 0 (detect), the order a leading byte-order mark of WIDTH bytes names
     * (-1 little, 1 big), else BYTEORDER unchanged; a changed result means the mark is
     * there and is skipped. Compare unicodeobject.c: PyUnicode_DecodeUTF16Stateful's BOM
     * check (and its UTF-32 twin).
     */
    private static int byteOrderFromBom(byte[] in, int byteorder, int width) {
        if (byteorder != 0 || in.length < width) {
            return byteorder;
        }
        int bom = width == 2 ? unit16(in, 0, true) : unit32(in, 0, true);
        return bom == 0xfeff ? -1 : bom == (width == 2 ? 0xfffe : 0xfffe0000) ? 1 : 0;
    }

    /** UTF-16 decoding; BYTEORDER as above. */
    public static Decoded decode16(byte[] in, String errors, int byteorder, boolean fin) {
        int bo = byteOrderFromBom(in, byteorder, 2);
        int i = bo == byteorder ? 0 : 2;
        int used = bo == 0 ? NATIVE : bo;
        boolean le = used < 0;
        DecodeState st = new DecodeState(name(16, used), in, errors);
        while (i < st.in.length) {
            byte[] b = st.in;
            int n = b.length;
            if (n - i < 2) {
                if (!fin) {
                    break;
                }
                i = st.error("truncated data", i, n);
                continue;
            }
            int u = unit16(b, i, le);
            if (u < 0xd800 || u > 0xdfff) {
                st.out.append((char) u);
                i += 2;
                continue;
            }
            if (u >= 0xdc00) {
                i = st.error("illegal encoding", i, i + 2);
                continue;
            }
            if (n - i < 4) {
                if (!fin) {
                    break;
                }
                i = st.error("unexpected end of data", i, n);
                continue;
            }
            int u2 = unit16(b, i + 2, le);
            if (u2 < 0xdc00 || u2 > 0xdfff) {
                i = st.error("illegal UTF-16 surrogate", i, i + 2);
                continue;
            }
            st.out.append((char) u).append((char) u2);
            i += 4;
        }
        return new Decoded(st.text(), Math.min(i, st.in.length), bo);
    }

    private static EncodeState.Codec codec16(boolean le) {
        return (st, c) -> {
            if (c >= 0x80) {
                return false;
            }
            put16(st, c, le);
            return true;
        };
    }

    private static void put16(EncodeState st, int u, boolean le) {
        if (le) {
            st.put(u & 0xff);
            st.put(u >> 8 & 0xff);
        } else {
            st.put(u >> 8 & 0xff);
            st.put(u & 0xff);
        }
    }

    /** UTF-16 encoding; BYTEORDER 0 writes a byte order mark and the native order. */
    public static byte[] encode16(PyStr s, String errors, int byteorder) {
        int[] cps = s.value().codePoints().toArray();
        boolean le = byteorder == 0 ? NATIVE < 0 : byteorder < 0;
        EncodeState.Codec codec = new EncodeState.Codec() {
            @Override
            public boolean putChar(EncodeState st, int c) {
                return codec16(le).putChar(st, c);
            }

            @Override
            public int unit() {
                return 2;
            }
        };
        EncodeState st = new EncodeState(byteorder == 0 ? "utf-16" : name(16, byteorder), s, cps, errors, codec);
        if (byteorder == 0) {
            put16(st, 0xfeff, le);
        }
        int i = 0;
        while (i < cps.length) {
            int c = cps[i];
            if (c >= 0xd800 && c <= 0xdfff) {
                i = st.error("surrogates not allowed", i, i + 1);
                continue;
            }
            if (c < 0x10000) {
                put16(st, c, le);
            } else {
                put16(st, Character.highSurrogate(c), le);
                put16(st, Character.lowSurrogate(c), le);
            }
            i++;
        }
        return st.bytes();
    }

    private static int unit32(byte[] b, int i, boolean le) {
        int c = 0;
        for (int k = 0; k < 4; k++) {
            c = c << 8 | (b[i + (le ? 3 - k : k)] & 0xff);
        }
        return c;
    }

    /** UTF-32 decoding; BYTEORDER as above. */
    public static Decoded decode32(byte[] in, String errors, int byteorder, boolean fin) {
        int bo = byteOrderFromBom(in, byteorder, 4);
        int i = bo == byteorder ? 0 : 4;
        int used = bo == 0 ? NATIVE : bo;
        boolean le = used < 0;
        DecodeState st = new DecodeState(name(32, used), in, errors);
        while (i < st.in.length) {
            byte[] b = st.in;
            int n = b.length;
            if (n - i < 4) {
                if (!fin) {
                    break;
                }
                i = st.error("truncated data", i, n);
                continue;
            }
            int c = unit32(b, i, le);
            if (c < 0 || c > 0x10ffff) {
                i = st.error("code point not in range(0x110000)", i, i + 4);
                continue;
            }
            if (c >= 0xd800 && c <= 0xdfff) {
                i = st.error("code point in surrogate code point range(0xd800, 0xe000)", i, i + 4);
                continue;
            }
            st.append(c);
            i += 4;
        }
        return new Decoded(st.text(), Math.min(i, st.in.length), bo);
    }

    private static void put32(EncodeState st, int c, boolean le) {
        for (int k = 0; k < 4; k++) {
            st.put(c >> (le ? 8 * k : 24 - 8 * k) & 0xff);
        }
    }

    /** UTF-32 encoding; BYTEORDER 0 writes a byte order mark and the native order. */
    public static byte[] encode32(PyStr s, String errors, int byteorder) {
        int[] cps = s.value().codePoints().toArray();
        boolean le = byteorder == 0 ? NATIVE < 0 : byteorder < 0;
        EncodeState.Codec codec = new EncodeState.Codec() {
            @Override
            public boolean putChar(EncodeState st, int c) {
                if (c >= 0x80) {
                    return false;
                }
                put32(st, c, le);
                return true;
            }

            @Override
            public int unit() {
                return 4;
            }
        };
        EncodeState st = new EncodeState(byteorder == 0 ? "utf-32" : name(32, byteorder), s, cps, errors, codec);
        if (byteorder == 0) {
            put32(st, 0xfeff, le);
        }
        int i = 0;
        while (i < cps.length) {
            int c = cps[i];
            if (c >= 0xd800 && c <= 0xdfff) {
                i = st.error("surrogates not allowed", i, i + 1);
                continue;
            }
            put32(st, c, le);
            i++;
        }
        return st.bytes();
    }
}
