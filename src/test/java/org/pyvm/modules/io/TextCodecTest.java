package org.pyvm.modules.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** TextIOWrapper's Java codecs: incremental UTF-8 at every split point, and handler round trips. */
class TextCodecTest {

    private static String decodeWhole(TextCodec c, byte[] b) {
        StringBuilder sb = new StringBuilder();
        assertEquals(b.length, c.decode(b, b.length, true, sb));
        return sb.toString();
    }

    @Test
    void utf8DecodingGivesTheSameTextWhereverTheInputIsSplit() {
        byte[] b = "a\u00e9\u20ac\ud83d\ude00z".getBytes(StandardCharsets.UTF_8);
        TextCodec c = new TextCodec(TextCodec.UTF8, "strict");
        String whole = decodeWhole(c, b);
        assertEquals("a\u00e9\u20ac\ud83d\ude00z", whole);
        for (int cut = 0; cut <= b.length; cut++) {
            StringBuilder sb = new StringBuilder();
            int used = c.decode(b, cut, false, sb);
            byte[] rest = new byte[b.length - used];
            System.arraycopy(b, used, rest, 0, rest.length);
            c.decode(rest, rest.length, true, sb);
            assertEquals(whole, sb.toString(), "cut at " + cut);
        }
    }

    @Test
    void surrogateescapeRoundTripsRandomBytes() {
        Random r = new Random(7);
        TextCodec c = new TextCodec(TextCodec.UTF8, "surrogateescape");
        for (int n = 0; n < 3000; n++) {
            byte[] b = new byte[r.nextInt(16)];
            r.nextBytes(b);
            assertArrayEquals(b, c.encode(decodeWhole(c, b)));
        }
    }

    @Test
    void latin1AndAsciiHandlers() {
        TextCodec l = new TextCodec(TextCodec.LATIN1, "strict");
        assertEquals("\u00e9\u00ff", decodeWhole(l, new byte[] {(byte) 0xe9, (byte) 0xff}));
        TextCodec a = new TextCodec(TextCodec.ASCII, "replace");
        assertEquals("a\ufffd", decodeWhole(a, new byte[] {'a', (byte) 0x80}));
        assertArrayEquals("a?".getBytes(StandardCharsets.US_ASCII), a.encode("a\u20ac"));
        TextCodec x = new TextCodec(TextCodec.ASCII, "xmlcharrefreplace");
        assertArrayEquals("&#8364;".getBytes(StandardCharsets.US_ASCII), x.encode("\u20ac"));
        assertEquals(TextCodec.UTF8, TextCodec.kindOf("UTF_8"));
        assertEquals(TextCodec.LATIN1, TextCodec.kindOf("ISO-8859-1"));
        assertEquals(-1, TextCodec.kindOf("utf-16"));
    }
}
