package org.pyvm.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FloatParseTest {

    @Test
    void fixedCases() {
        assertEquals(10.0, FloatParser.parseFloat(" 1_0\u3000"));
        assertEquals(Double.NEGATIVE_INFINITY, FloatParser.parseFloat("-Infinity"));
        assertEquals(1.5, FloatParser.parseFloat("\u0661.\u0665"));
        TextFormatException e = assertThrows(TextFormatException.class, () -> FloatParser.parseFloat("abc"));
        assertEquals("could not convert string to float: 'abc'", e.getMessage());
        assertEquals("0x1.8000000000000p+0", FloatHex.hex(1.5));
        assertEquals("0x0.0000000000001p-1022", FloatHex.hex(Double.MIN_VALUE));
        assertEquals(1.5, FloatHex.fromHex(" 0x1.8p0 "));
        e = assertThrows(TextFormatException.class, () -> FloatHex.fromHex("0x1p99999"));
        assertEquals("OverflowError", e.pythonType());
    }

    /** PyOS_string_to_double: float()'s literals without the whitespace and underscores float() allows. */
    @Test
    void stringToDouble() {
        assertEquals(0.02, FloatParser.stringToDouble("2.e-2"));
        assertEquals(Double.NEGATIVE_INFINITY, FloatParser.stringToDouble("-inf"));
        for (String bad : new String[] {"", " 0.1", "3\n", "1_0", "123abc", "\u0661"}) {
            TextFormatException e = assertThrows(TextFormatException.class, () -> FloatParser.stringToDouble(bad));
            assertEquals("ValueError", e.pythonType());
            assertEquals("could not convert string to float: '" + bad + "'", e.getMessage());
        }
    }

    static String result(double d) {
        return FloatRepr.repr(d) + (Double.doubleToRawLongBits(d) < 0 && Double.isNaN(d) ? "-" : "");
    }

    /** Strings around valid float syntax: mutations of numbers. */
    static List<String> floatStrings(long seed, int n) {
        Random r = new Random(seed);
        String[] fixed = {"", " ", "1", "-1", "+1", "1.", ".5", ".", "-.", "e5", "1e", "1e+", "1e5", "1E-5", "1_0",
            "1__0", "_1", "1_", "1_.5", "1._5", "1.5_", "1e1_0", "1e_10", "inf", "-inf", "+INF", "Infinity",
            "-iNfInItY", "infinit", "nan", "-nan", "+NaN", "nana", "0x10", "1e500", "-1e500", "1e-500", "  3.25  ",
            "\t\n1\r\f\u000b", "\u001c1", "1\u001c", "\u00a01\u00a0", "\u20001\u3000", "\u0661\u0662",
            "\uff11\uff12.5", "1\u00001", "1\u0000", "12345678901234567890123456789", "0.000000000000000000001",
            "1e-320", "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623158e308",
            "1.7976931348623159e308", "00001.5", "1.5e0001", "--1", "+-1", "- 1", "1 1", "1.5.5", "abc", "'",
            "\"'", "\u00e9", "\uD83D\uDE00", "1\uD83D\uDE00", "1j", "1d", "1f", "0b1", "١.٥e١", "1e99999999999999999999",
            "0e99999999999999999999", "1e-99999999999999999999", "9" .repeat(400) + "e-390", "1_000.000_1e1_0"};
        List<String> out = new ArrayList<>(List.of(fixed));
        String alphabet = "0123456789._eE+- ";
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            if (i % 2 == 0) {
                // A likely-valid number with random decorations.
                if (r.nextInt(4) == 0) {
                    sb.append(r.nextBoolean() ? ' ' : '\t');
                }
                if (r.nextInt(3) == 0) {
                    sb.append("+-".charAt(r.nextInt(2)));
                }
                int a = r.nextInt(6);
                for (int k = 0; k < a; k++) {
                    sb.append((char) ('0' + r.nextInt(10)));
                    if (r.nextInt(8) == 0) {
                        sb.append('_');
                    }
                }
                if (r.nextBoolean()) {
                    sb.append('.');
                    int b = r.nextInt(20);
                    for (int k = 0; k < b; k++) {
                        sb.append((char) ('0' + r.nextInt(10)));
                    }
                }
                if (r.nextInt(3) == 0) {
                    sb.append(r.nextBoolean() ? 'e' : 'E');
                    if (r.nextBoolean()) {
                        sb.append("+-".charAt(r.nextInt(2)));
                    }
                    sb.append(r.nextInt(r.nextBoolean() ? 30 : 400));
                }
                if (r.nextInt(5) == 0) {
                    sb.append(' ');
                }
            } else {
                int len = r.nextInt(8);
                for (int k = 0; k < len; k++) {
                    sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
            }
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void parseFloatMatchesCPython() throws Exception {
        List<String> cases = floatStrings(11, Oracle.scale(20000));
        // Exact decimal strings of random doubles, and their neighbours' halfway points.
        for (double x : Oracle.doubles(12, 3000)) {
            if (!Double.isNaN(x) && !Double.isInfinite(x)) {
                cases.add(new java.math.BigDecimal(x).toString());
                double y = Math.nextUp(x);
                if (!Double.isInfinite(y)) {
                    cases.add(new java.math.BigDecimal(x).add(new java.math.BigDecimal(y)).divide(
                        java.math.BigDecimal.valueOf(2)).toString());
                }
            }
        }
        List<String> ours = new ArrayList<>();
        for (String c : cases) {
            ours.add(Oracle.attempt(() -> result(FloatParser.parseFloat(c))));
        }
        List<String> escaped = new ArrayList<>();
        for (String c : cases) {
            escaped.add(escape(c));
        }
        List<String> expected = Oracle.ask("""
            def res(d):
                return repr(d) + ('-' if d != d and math.copysign(1, d) < 0 else '')
            for l in LINES:
                s = l.encode('ascii').decode('unicode_escape')
                try:
                    out(res(float(s)))
                except Exception as e:
                    out(err(e))
            """, escaped);
        Oracle.compare("FloatParser.parseFloat", escaped, expected, ours);
    }

    /** Python-unicode_escape form of s: every non-ASCII or control char as \\uXXXX. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                sb.append("\\\\");
            } else if (c < 0x20 || c >= 0x7f) {
                if (i + 1 < s.length() && Character.isSurrogatePair(c, s.charAt(i + 1))) {
                    sb.append(String.format("\\U%08x", s.codePointAt(i)));
                    i++;
                } else {
                    sb.append(String.format("\\u%04x", (int) c));
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Test
    void hexMatchesCPython() throws Exception {
        List<String> cases = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        for (double x : Oracle.doubles(13, Oracle.scale(10000))) {
            cases.add(Oracle.bits(x));
            ours.add(FloatHex.hex(x));
        }
        List<String> expected = Oracle.ask("for l in LINES: out(bits(l).hex())", cases);
        Oracle.compare("FloatHex.hex", cases, expected, ours);
    }

    @Test
    void fromHexMatchesCPython() throws Exception {
        Random r = new Random(14);
        List<String> cases = new ArrayList<>(List.of("", "0x", "0x1", "1", "0", "0x.", "0x.8", "0x1.", "1p", "1p+",
            "0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x3p-1076", "0x1p1023", "0x1p1024",
            "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023", "0x1.fffffffffffffp1023", " -0x1.8p1 ",
            "inf", "-Infinity", "nan", "-nan", "infin", "0X1P3", "+0x1p3", "0x1p99999999999999999999",
            "0x1p-99999999999999999999", "0x0p99999999999999999999", "0x1.8p1 x", "0x1.8p1\u0000", "1_0", "0xg",
            "00x1", "0x-1", "0x1p1.5", "\u00a01", "1.5\t", "ffffffffffffffffffffffffffff", "0.0000000000000000001p-1000",
            "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080000000001p0", "0x1.fffffffffffff8p-1023"));
        String hex = "0123456789abcdefABCDEF";
        for (int i = 0; i < Oracle.scale(12000); i++) {
            StringBuilder sb = new StringBuilder();
            if (r.nextInt(5) == 0) {
                sb.append(' ');
            }
            if (r.nextInt(3) == 0) {
                sb.append("+-".charAt(r.nextInt(2)));
            }
            if (r.nextInt(4) != 0) {
                sb.append(r.nextBoolean() ? "0x" : "0X");
            }
            int a = r.nextInt(r.nextBoolean() ? 4 : 20);
            for (int k = 0; k < a; k++) {
                sb.append(hex.charAt(r.nextInt(hex.length())));
            }
            if (r.nextBoolean()) {
                sb.append('.');
                int b = r.nextInt(r.nextBoolean() ? 4 : 20);
                for (int k = 0; k < b; k++) {
                    sb.append(hex.charAt(r.nextInt(hex.length())));
                }
            }
            if (r.nextInt(3) != 0) {
                sb.append(r.nextBoolean() ? 'p' : 'P');
                if (r.nextBoolean()) {
                    sb.append("+-".charAt(r.nextInt(2)));
                }
                sb.append(r.nextInt(3) == 0 ? r.nextInt(2200) : 1000 + r.nextInt(90));
            }
            if (r.nextInt(40) == 0) {
                sb.append("xp_ ".charAt(r.nextInt(4)));
            }
            cases.add(sb.toString());
        }
        for (double x : Oracle.doubles(15, 2000)) {
            cases.add(FloatHex.hex(x));
        }
        List<String> ours = new ArrayList<>();
        for (String c : cases) {
            ours.add(Oracle.attempt(() -> result(FloatHex.fromHex(c))));
        }
        List<String> escaped = new ArrayList<>();
        for (String c : cases) {
            escaped.add(escape(c));
        }
        List<String> expected = Oracle.ask("""
            def res(d):
                return repr(d) + ('-' if d != d and math.copysign(1, d) < 0 else '')
            for l in LINES:
                s = l.encode('ascii').decode('unicode_escape')
                try:
                    out(res(float.fromhex(s)))
                except Exception as e:
                    out(err(e))
            """, escaped);
        Oracle.compare("FloatHex.fromHex", escaped, expected, ours);
    }
}
