package org.pyvm.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Repr against the reprs CPython 3.12 prints for the same values. */
class ReprTest {

    @Test
    void floats() {
        double[] v = {0.0, -0.0, 1.0, 0.1, 1.0 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 5e-324,
            2.2250738585072014e-308, 1.7976931348623157e308, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NaN, 1.5e-7, 100.0, 1e22, 0.30000000000000004, -2.5};
        List<String> want = List.of("0.0", "-0.0", "1.0", "0.1", "0.3333333333333333", "1e+16", "1000000000000000.0",
            "1.2345678901234568e+17", "0.0001", "1e-05", "5e-324", "2.2250738585072014e-308", "1.7976931348623157e+308",
            "inf", "-inf", "nan", "1.5e-07", "100.0", "1e+22", "0.30000000000000004", "-2.5");
        for (int i = 0; i < v.length; i++) {
            assertEquals(want.get(i), Repr.of(v[i]), "repr(" + v[i] + ")");
        }
    }

    @Test
    void imaginary() {
        assertEquals("1j", Repr.of(new Constants.Complex(0, 1)));
        assertEquals("2.5j", Repr.of(new Constants.Complex(0, 2.5)));
        assertEquals("1e+16j", Repr.of(new Constants.Complex(0, 1e16)));
        assertEquals("0j", Repr.of(new Constants.Complex(0, 0)));
        assertEquals("infj", Repr.of(new Constants.Complex(0, Double.POSITIVE_INFINITY)));
    }

    @Test
    void strings() {
        assertEquals("'a'", Repr.of("a"));
        assertEquals("\"it's\"", Repr.of("it's"));
        assertEquals("'say \"hi\"'", Repr.of("say \"hi\""));
        assertEquals("'both \\' \"'", Repr.of("both ' \""));
        assertEquals("'\\n\\t\\r\\x00\\x7f\\x80\\xa0\\u200b\\u2028\\ue000\uD83D\uDE00 \u00e9'",
            Repr.of("\n\t\r\u0000\u007f\u0080\u00a0\u200b\u2028\ue000\uD83D\uDE00 \u00e9"));
        assertEquals("'\\\\'", Repr.of("\\"));
    }

    @Test
    void bytesAndOthers() {
        assertEquals("b'a'", Repr.of(new Constants.Bytes(new byte[] {'a'})));
        assertEquals("b\"it's\"", Repr.of(new Constants.Bytes("it's".getBytes())));
        assertEquals("b'\\x00\\xff\\n'", Repr.of(new Constants.Bytes(new byte[] {0, (byte) 0xff, '\n'})));
        assertEquals("b'both \\' \"'", Repr.of(new Constants.Bytes("both ' \"".getBytes())));
        assertEquals("None", Repr.of(Constants.NONE));
        assertEquals("Ellipsis", Repr.of(Constants.ELLIPSIS));
        assertEquals("True", Repr.of(Boolean.TRUE));
        assertEquals("123456789012345678901234567890", Repr.of(new BigInteger("123456789012345678901234567890")));
    }
}
