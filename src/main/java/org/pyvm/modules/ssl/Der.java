package org.pyvm.modules.ssl;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** A small DER reader and writer: enough for names, certificate extensions and key containers. */
final class Der {

    /** One element: its tag byte and its contents. */
    record Node(int tag, byte[] data, int start, int len) {
        byte[] contents() {
            return java.util.Arrays.copyOfRange(data, start, start + len);
        }

        /** The elements inside a constructed one. */
        List<Node> children() {
            List<Node> out = new ArrayList<>();
            int p = start;
            while (p < start + len) {
                Node n = read(data, p);
                out.add(n);
                p = n.start + n.len;
            }
            return out;
        }

        String oid() {
            StringBuilder b = new StringBuilder();
            long v = 0;
            boolean first = true;
            for (int i = start; i < start + len; i++) {
                v = (v << 7) | (data[i] & 0x7f);
                if ((data[i] & 0x80) == 0) {
                    if (first) {
                        long a = Math.min(v / 40, 2);
                        b.append(a).append('.').append(v - 40 * a);
                        first = false;
                    } else {
                        b.append('.').append(v);
                    }
                    v = 0;
                }
            }
            return b.toString();
        }

        /** A string value by its tag (UTF8String, PrintableString, IA5String, BMPString, ...). */
        String string() {
            byte[] c = contents();
            return switch (tag) {
                case 0x1e -> new String(c, java.nio.charset.StandardCharsets.UTF_16BE);
                case 0x1c -> new String(c, java.nio.charset.Charset.forName("UTF-32BE"));
                case 0x14, 0x13, 0x16, 0x1a -> new String(c, java.nio.charset.StandardCharsets.ISO_8859_1);
                default -> new String(c, java.nio.charset.StandardCharsets.UTF_8);
            };
        }
    }

    private Der() {}

    static Node read(byte[] b, int p) {
        int tag = b[p] & 0xff;
        int l = b[p + 1] & 0xff;
        int q = p + 2;
        if (l >= 0x80) {
            int k = l & 0x7f;
            l = 0;
            for (int i = 0; i < k; i++) {
                l = (l << 8) | (b[q++] & 0xff);
            }
        }
        if (l < 0 || q + l > b.length) {
            throw new IllegalArgumentException("bad DER length");
        }
        return new Node(tag, b, q, l);
    }

    static Node read(byte[] b) {
        return read(b, 0);
    }

    static byte[] encode(int tag, byte[]... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            body.writeBytes(p);
        }
        int n = body.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        if (n < 0x80) {
            out.write(n);
        } else if (n < 0x100) {
            out.write(0x81);
            out.write(n);
        } else if (n < 0x10000) {
            out.write(0x82);
            out.write(n >> 8);
            out.write(n);
        } else {
            out.write(0x83);
            out.write(n >> 16);
            out.write(n >> 8);
            out.write(n);
        }
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    /** The whole encoding of a node (tag and length included). */
    static byte[] whole(Node n) {
        int hdr = n.len < 0x80 ? 2 : n.len < 0x100 ? 3 : n.len < 0x10000 ? 4 : 5;
        return java.util.Arrays.copyOfRange(n.data, n.start - hdr, n.start + n.len);
    }
}
