package org.pyvm.modules.cjk;

import java.io.ByteArrayOutputStream;

/**
 * The stateful ISO-2022 codecs (iso2022_kr, iso2022_jp, _jp_1, _jp_2, _jp_2004, _jp_3, _jp_ext): escape
 * sequences designate a character set into G0-G2 (and SO/SI shift to G1 for iso2022_kr);
 * the encoder picks, for each character, the first designation of its list that can
 * encode it. The sets' tables are the euc_kr, euc_jp, gb2312 and euc_jis codecs' (the EUC form is
 * the 7-bit form with the high bits set). The state (CPython's MultibyteCodec_State c[]):
 * byte 0-3 the sets in G0-G3 (their final byte, | 0x80 for double-byte sets), byte 4 the
 * flags (1: shifted to G1, 2: passing a non-ISO-2022 escape through). Compare CPython
 * Modules/cjkcodecs/_codecs_iso2022.c.
 */
final class Iso2022Codec extends CjkCodec {

    private static final int ESC = 0x1b;
    private static final int SO = 0x0e;
    private static final int SI = 0x0f;
    private static final int DBCS = 0x80;
    private static final int ASCII = 'B';
    private static final int ISO8859_1 = 'A';
    private static final int ISO8859_7 = 'F';
    private static final int JISX0201_K = 'I';
    private static final int JISX0201_R = 'J';
    private static final int GB2312 = 'A' | DBCS;
    private static final int JISX0208 = 'B' | DBCS;
    private static final int KSX1001 = 'C' | DBCS;
    private static final int JISX0212 = 'D' | DBCS;
    private static final int JISX0208_O = '@' | DBCS;
    private static final int JISX0213_2000_1 = 'O' | DBCS;
    private static final int JISX0213_2 = 'P' | DBCS;
    private static final int JISX0213_2004_1 = 'Q' | DBCS;
    /** The pair-only use of a JIS X 0213 plane 1 designation: it encodes only base + combining pairs. */
    private static final int PAIR_ONLY = 0x100;
    private static final int F_SHIFTED = 1;
    private static final int F_ESCTHROUGHOUT = 2;
    private static final int MAX_ESCSEQLEN = 16;

    /** One entry of a codec's designation list: the set, its plane (G0 or G1) and width. */
    private record Designation(int mark, int plane, int width) {}

    private final Designation[] designations;
    private final boolean noShift;
    private final boolean useG2;
    private final boolean jisx0208Ext;
    private final CjkCodec eucKr;
    private final CjkCodec eucJp;
    private final CjkCodec gb2312;
    private final CjkCodec eucJis;

    Iso2022Codec(String name) {
        super(name);
        Designation ksG1 = new Designation(KSX1001, 1, 2);
        Designation jis0208 = new Designation(JISX0208, 0, 2);
        Designation jis0212 = new Designation(JISX0212, 0, 2);
        Designation roman = new Designation(JISX0201_R, 0, 1);
        Designation old0208 = new Designation(JISX0208_O, 0, 2);
        designations = switch (name) {
            case "iso2022_kr" -> new Designation[] {ksG1};
            case "iso2022_jp" -> new Designation[] {jis0208, roman, old0208};
            case "iso2022_jp_1" -> new Designation[] {jis0208, jis0212, roman, old0208};
            case "iso2022_jp_2" -> new Designation[] {jis0208, jis0212, new Designation(KSX1001, 0, 2),
                new Designation(GB2312, 0, 2), roman, old0208, new Designation(ISO8859_1, 2, 1),
                new Designation(ISO8859_7, 2, 1)};
            case "iso2022_jp_2004" -> new Designation[] {new Designation(JISX0213_2004_1 | PAIR_ONLY, 0, 2), jis0208,
                new Designation(JISX0213_2004_1, 0, 2), new Designation(JISX0213_2, 0, 2)};
            case "iso2022_jp_3" -> new Designation[] {new Designation(JISX0213_2000_1 | PAIR_ONLY, 0, 2), jis0208,
                new Designation(JISX0213_2000_1, 0, 2), new Designation(JISX0213_2, 0, 2)};
            default -> new Designation[] {jis0208, jis0212, roman, new Designation(JISX0201_K, 0, 1), old0208};
        };
        noShift = !name.equals("iso2022_kr");
        useG2 = name.equals("iso2022_jp_2");
        jisx0208Ext = noShift;
        eucKr = CjkTables.get("euc_kr");
        eucJp = CjkTables.get("euc_jp");
        gb2312 = CjkTables.get("gb2312");
        // JIS X 0213 in its EUC form: the 2004 edition, or the 2000 one for iso2022_jp_3.
        eucJis = name.equals("iso2022_jp_2004") ? CjkTables.get("euc_jis_2004")
            : name.equals("iso2022_jp_3") ? CjkTables.get("euc_jisx0213") : null;
    }

    private static int g(long[] st, int n) {
        return (int) (st[0] >>> (8 * n)) & 0xff;
    }

    private static void setG(long[] st, int n, int mark) {
        st[0] = st[0] & ~(0xffL << (8 * n)) | (long) mark << (8 * n);
    }

    private static boolean flag(long[] st, int f) {
        return (g(st, 4) & f) != 0;
    }

    private static void setFlag(long[] st, int f, boolean on) {
        int v = g(st, 4);
        setG(st, 4, on ? v | f : v & ~f);
    }

    /** G0 and G1 ASCII (and G2 for a decoder), no flags. Compare ENCODER_INIT/DECODER_INIT(iso2022). */
    @Override
    long initialState(boolean encoder) {
        return encoder ? ASCII | ASCII << 8 : ASCII | ASCII << 8 | ASCII << 16;
    }

    // ---- the character sets ----

    /** The code point of the 7-bit pair (or byte) DATA in set MARK, or -1. */
    private int decodeSet(int mark, int b1, int b2) {
        switch (mark) {
            case KSX1001:
                return table(eucKr, b1, b2);
            case JISX0208:
            case JISX0208_O:
                return b1 == 0x21 && b2 == 0x40 ? 0xff3c : table(eucJp, b1, b2);
            case JISX0212:
                return b1 < 0x21 || b1 > 0x7e || b2 < 0x21 || b2 > 0x7e ? -1 : eucJp.triple[(b1 | 0x80) << 8 | (b2 | 0x80)];
            case GB2312:
                return table(gb2312, b1, b2);
            case JISX0213_2000_1:
            case JISX0213_2004_1:
                return b1 == 0x21 && b2 == 0x40 ? 0xff3c : b1 < 0x21 || b1 > 0x7e || b2 < 0x21 || b2 > 0x7e ? -1
                    : eucJis.dbl[(b1 | 0x80) << 8 | (b2 | 0x80)];
            case JISX0213_2:
                return b1 < 0x21 || b1 > 0x7e || b2 < 0x21 || b2 > 0x7e ? -1 : eucJis.triple[(b1 | 0x80) << 8 | (b2 | 0x80)];
            case JISX0201_R:
                return b1 == 0x5c ? 0xa5 : b1 == 0x7e ? 0x203e : b1 < 0x80 ? b1 : -1;
            case JISX0201_K: {
                int c = b1 ^ 0x80;
                return c >= 0xa1 && c <= 0xdf ? 0xff61 + c - 0xa1 : -1;
            }
            default:
                return -1;
        }
    }

    private static int table(CjkCodec euc, int b1, int b2) {
        if (b1 < 0x21 || b1 > 0x7e || b2 < 0x21 || b2 > 0x7e) {
            return -1;
        }
        int v = euc.dbl[(b1 | 0x80) << 8 | (b2 | 0x80)];
        return v < 0 ? -1 : v;
    }

    /** The code of CP in set MARK (7-bit, two bytes packed for double-byte sets), or -1. */
    private int encodeSet(int mark, int cp) {
        if (cp > 0xffff) {
            if (eucJis != null && (mark == JISX0213_2004_1 || mark == JISX0213_2000_1 || mark == JISX0213_2)) {
                Integer v = eucJis.encHigh.get(cp);
                if (v == null) {
                    return -1;
                }
                boolean plane2 = (v >>> 16) == 0x8f;
                return plane2 == (mark == JISX0213_2) ? v & 0x7f7f : -1;
            }
            return -1;
        }
        switch (mark) {
            case KSX1001:
                return twoByte(eucKr.enc[cp]);
            case JISX0208:
            case JISX0208_O:
                return cp == 0xff3c ? 0x2140 : twoByte(eucJp.enc[cp]);
            case JISX0212: {
                int v = eucJp.enc[cp];
                return v != -1 && (v >>> 16) == 0x8f ? v & 0x7f7f : -1;
            }
            case GB2312:
                return twoByte(gb2312.enc[cp]);
            case JISX0213_2000_1:
            case JISX0213_2004_1:
                return twoByte(eucJis.enc[cp]);
            case JISX0213_2: {
                int v = eucJis.enc[cp];
                // Plane 2 only: not the JIS X 0212 codes euc_jis also encodes.
                return v != -1 && (v >>> 16) == 0x8f && eucJis.triple[v & 0xffff] == cp ? v & 0x7f7f : -1;
            }
            case JISX0201_R:
                return cp < 0x80 && cp != 0x5c && cp != 0x7e ? cp : cp == 0xa5 ? 0x5c : cp == 0x203e ? 0x7e : -1;
            case JISX0201_K:
                return cp >= 0xff61 && cp <= 0xff9f ? cp - 0xfec0 - 0x80 : -1;
            default:
                return -1; // ISO 8859-1/7 in G2: decoded only, as in CPython
        }
    }

    /** An EUC code of two bytes A1-FE as its 7-bit form, else -1. */
    private static int twoByte(int v) {
        if (v < 0xa1a1 || v > 0xfefe || (v & 0xff) < 0xa1) {
            return -1;
        }
        return v & 0x7f7f;
    }

    // ---- decoding ----

    @Override
    int decode(byte[] in, int pos, int end, StringBuilder out, long[] st) {
        int c = in[pos] & 0xff;
        if (flag(st, F_ESCTHROUGHOUT)) {
            // Inside an escape sequence that is not ISO-2022's: passed through as Latin-1.
            out.append((char) c);
            if (isEscEnd(c)) {
                setFlag(st, F_ESCTHROUGHOUT, false);
            }
            return 1;
        }
        switch (c) {
            case ESC: {
                if (end - pos < 2) {
                    return TOOFEW;
                }
                int c2 = in[pos + 1] & 0xff;
                if (c2 == '(' || c2 == ')' || c2 == '$' || c2 == '.' || c2 == '&') {
                    return escape(in, pos, end, st);
                }
                if (useG2 && c2 == 'N') {
                    if (end - pos < 3) {
                        return TOOFEW;
                    }
                    return singleShift2(in[pos + 2] & 0xff, out, st);
                }
                out.append((char) ESC);
                setFlag(st, F_ESCTHROUGHOUT, true);
                return 1;
            }
            case SI:
                if (noShift) {
                    out.append((char) c);
                } else {
                    setFlag(st, F_SHIFTED, false);
                }
                return 1;
            case SO:
                if (noShift) {
                    out.append((char) c);
                } else {
                    setFlag(st, F_SHIFTED, true);
                }
                return 1;
            case '\n':
                setFlag(st, F_SHIFTED, false);
                out.append('\n');
                return 1;
            default:
                break;
        }
        if (c < 0x20) {
            out.append((char) c);
            return 1;
        }
        if (c >= 0x80) {
            return -1;
        }
        int charset = flag(st, F_SHIFTED) ? g(st, 1) : g(st, 0);
        if (charset == ASCII) {
            out.append((char) c);
            return 1;
        }
        int width = (charset & DBCS) != 0 ? 2 : 1;
        if (end - pos < width) {
            return TOOFEW;
        }
        int v = decodeSet(charset, c, width == 2 ? in[pos + 1] & 0xff : 0);
        if (v < -1) {
            // A JIS X 0213 pair: base and combining mark.
            int[] p = eucJis.pairs[-2 - v];
            out.appendCodePoint(p[0]).appendCodePoint(p[1]);
            return width;
        }
        if (v < 0) {
            return -width;
        }
        out.appendCodePoint(v);
        return width;
    }

    private static boolean isEscEnd(int c) {
        return c >= 'A' && c <= 'Z' || c == '@';
    }

    /** A designation escape at POS: sets a G register. Compare iso2022processesc. */
    private int escape(byte[] in, int pos, int end, long[] st) {
        int esclen = -1;
        int i;
        for (i = 1; i < MAX_ESCSEQLEN; i++) {
            if (pos + i >= end) {
                return TOOFEW;
            }
            int b = in[pos + i] & 0xff;
            if (isEscEnd(b)) {
                esclen = i + 1;
                break;
            } else if (jisx0208Ext && pos + i + 1 < end && b == '&' && (in[pos + i + 1] & 0xff) == '@') {
                i += 2;
            }
        }
        if (i >= MAX_ESCSEQLEN) {
            return -1; // unterminated
        }
        int b2 = in[pos + 1] & 0xff;
        int charset;
        int designation;
        switch (esclen) {
            case 3 -> {
                int b3 = in[pos + 2] & 0xff;
                if (b2 == '$') {
                    charset = b3 | DBCS;
                    designation = 0;
                } else {
                    charset = b3;
                    if (b2 == '(') {
                        designation = 0;
                    } else if (b2 == ')') {
                        designation = 1;
                    } else if (useG2 && b2 == '.') {
                        designation = 2;
                    } else {
                        return -3;
                    }
                }
            }
            case 4 -> {
                if (b2 != '$') {
                    return -4;
                }
                int b3 = in[pos + 2] & 0xff;
                charset = (in[pos + 3] & 0xff) | DBCS;
                if (b3 == '(') {
                    designation = 0;
                } else if (b3 == ')') {
                    designation = 1;
                } else {
                    return -4;
                }
            }
            case 6 -> {
                if (jisx0208Ext && (in[pos + 3] & 0xff) == ESC && (in[pos + 4] & 0xff) == '$' && (in[pos + 5] & 0xff) == 'B') {
                    charset = JISX0208;
                    designation = 0;
                } else {
                    return -6;
                }
            }
            default -> {
                return -esclen;
            }
        }
        if (charset != ASCII) {
            boolean known = false;
            for (Designation d : designations) {
                known |= d.mark == charset;
            }
            if (!known) {
                return -esclen;
            }
        }
        setG(st, designation, charset);
        return esclen;
    }

    /** ESC N c: one character from G2 (ISO 8859-1 or -7). Compare iso2022processg2. */
    private static int singleShift2(int c, StringBuilder out, long[] st) {
        int g2 = g(st, 2);
        if (g2 == ISO8859_1) {
            if (c >= 0x80) {
                return -3;
            }
            out.append((char) (c + 0x80));
        } else if (g2 == ISO8859_7) {
            int v = iso8859_7(c ^ 0x80);
            if (v < 0) {
                return -3;
            }
            out.append((char) v);
        } else if (g2 == ASCII) {
            if ((c & 0x80) != 0) {
                return -3;
            }
            out.append((char) c);
        } else {
            return -3;
        }
        return 3;
    }

    /** ISO 8859-7 as CPython's ISO8859_7_DECODE has it, or -1. */
    private static int iso8859_7(int c) {
        if (c < 0xa0) {
            return c;
        }
        if (c < 0xc0 && (0x288f3bc9L & (1L << (c - 0xa0))) != 0) {
            return c;
        }
        if (c >= 0xb4 && c <= 0xfe && (c >= 0xd4 || (0xbffffd77L & (1L << (c - 0xb4))) != 0)) {
            return 0x02d0 + c;
        }
        return c == 0xa1 ? 0x2018 : c == 0xa2 ? 0x2019 : c == 0xaf ? 0x2015 : -1;
    }

    @Override
    void decodeReset(long[] st) {
        setG(st, 0, ASCII);
        setFlag(st, F_SHIFTED, false);
    }

    // ---- encoding ----

    @Override
    int encode(int[] cps, int pos, int end, ByteArrayOutputStream out, boolean flush, long[] st) {
        int c = cps[pos];
        if (c < 0x80) {
            if (g(st, 0) != ASCII) {
                out.write(ESC);
                out.write('(');
                out.write('B');
                setG(st, 0, ASCII);
            }
            if (flag(st, F_SHIFTED)) {
                out.write(SI);
                setFlag(st, F_SHIFTED, false);
            }
            out.write(c);
            return 1;
        }
        Designation dsg = null;
        int encoded = -1;
        int insize = 1;
        for (Designation d : designations) {
            if ((d.mark & PAIR_ONLY) != 0) {
                // A base that a combining mark may follow: the pair's own code, if it is one.
                if (c > 0xffff || !eucJis.pairStart.get(c)) {
                    continue;
                }
                if (pos + 1 >= end) {
                    if (!flush) {
                        return TOOFEW;
                    }
                    continue;
                }
                Integer v = eucJis.pairEnc.get((long) c << 21 | cps[pos + 1]);
                if (v != null) {
                    encoded = v & 0x7f7f;
                    insize = 2;
                    dsg = new Designation(d.mark & ~PAIR_ONLY, d.plane, d.width);
                    break;
                }
                continue;
            }
            encoded = encodeSet(d.mark, c);
            if (encoded != -1) {
                dsg = d;
                break;
            }
        }
        if (dsg == null) {
            return -1;
        }
        if (dsg.plane == 0) {
            if (flag(st, F_SHIFTED)) {
                out.write(SI);
                setFlag(st, F_SHIFTED, false);
            }
            if (g(st, 0) != dsg.mark) {
                out.write(ESC);
                if (dsg.width == 1) {
                    out.write('(');
                } else {
                    out.write('$');
                    if (dsg.mark != JISX0208) {
                        out.write('(');
                    }
                }
                out.write(dsg.mark & 0x7f);
                setG(st, 0, dsg.mark);
            }
        } else {
            if (g(st, 1) != dsg.mark) {
                out.write(ESC);
                if (dsg.width == 1) {
                    out.write(')');
                } else {
                    out.write('$');
                    out.write(')');
                }
                out.write(dsg.mark & 0x7f);
                setG(st, 1, dsg.mark);
            }
            if (!flag(st, F_SHIFTED)) {
                out.write(SO);
                setFlag(st, F_SHIFTED, true);
            }
        }
        if (dsg.width == 1) {
            out.write(encoded);
        } else {
            out.write(encoded >> 8);
            out.write(encoded & 0xff);
        }
        return insize;
    }

    @Override
    void encodeReset(long[] st, ByteArrayOutputStream out) {
        if (flag(st, F_SHIFTED)) {
            out.write(SI);
            setFlag(st, F_SHIFTED, false);
        }
        if (g(st, 0) != ASCII) {
            out.write(ESC);
            out.write('(');
            out.write('B');
            setG(st, 0, ASCII);
        }
    }
}
