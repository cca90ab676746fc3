package org.pyvm.modules.cjk;

import java.io.ByteArrayOutputStream;

/**
 * hz (RFC 1843): GB2312 in seven bits between "~{" and "~}", ASCII outside, where "~~" is
 * a tilde and "~" before a newline continues the line. The state (STATE[0]) is 1 inside a
 * GB2312 run. Compare CPython Modules/cjkcodecs/_codecs_cn.c: the hz encoder and decoder.
 */
final class HzCodec extends CjkCodec {

    private final CjkCodec gb2312;

    HzCodec(CjkCodec gb2312) {
        super("hz");
        this.gb2312 = gb2312;
    }

    @Override
    int decode(byte[] in, int pos, int end, StringBuilder out, long[] state) {
        int c = in[pos] & 0xff;
        if (c == '~') {
            if (end - pos < 2) {
                return TOOFEW;
            }
            int c2 = in[pos + 1] & 0xff;
            // "~~" and "~\n" only in ASCII mode (CPython 3.12, issue 30003).
            if (c2 == '~' && state[0] == 0) {
                out.append('~');
            } else if (c2 == '{' && state[0] == 0) {
                state[0] = 1;
            } else if (c2 == '}' && state[0] == 1) {
                state[0] = 0;
            } else if (c2 != '\n' || state[0] != 0) {
                return -1;
            }
            return 2;
        }
        if ((c & 0x80) != 0) {
            return -1;
        }
        if (state[0] == 0) {
            out.append((char) c);
            return 1;
        }
        if (end - pos < 2) {
            return TOOFEW;
        }
        int c2 = in[pos + 1] & 0xff;
        if (c < 0x21 || c > 0x7e || c2 < 0x21 || c2 > 0x7e) {
            return -1;
        }
        int v = gb2312.dbl[(c | 0x80) << 8 | (c2 | 0x80)];
        if (v < 0) {
            return -1;
        }
        out.append((char) v);
        return 2;
    }

    @Override
    int encode(int[] cps, int pos, int end, ByteArrayOutputStream out, boolean flush, long[] state) {
        int c = cps[pos];
        if (c < 0x80) {
            if (state[0] != 0) {
                out.write('~');
                out.write('}');
                state[0] = 0;
            }
            out.write(c);
            if (c == '~') {
                out.write('~'); // a tilde is written twice (CPython 3.12; older versions wrote it once)
            }
            return 1;
        }
        int code = c > 0xffff ? -1 : gb2312.enc[c];
        if (code < 0xa1a1 || code > 0xfefe) {
            return -1; // not in GB2312
        }
        if (state[0] == 0) {
            out.write('~');
            out.write('{');
            state[0] = 1;
        }
        out.write(code >> 8 & 0x7f);
        out.write(code & 0x7f);
        return 1;
    }

    @Override
    void encodeReset(long[] state, ByteArrayOutputStream out) {
        if (state[0] != 0) {
            out.write('~');
            out.write('}');
            state[0] = 0;
        }
    }

    @Override
    void decodeReset(long[] state) {
        state[0] = 0;
    }
}
