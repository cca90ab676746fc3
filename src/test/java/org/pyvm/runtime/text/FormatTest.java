package org.pyvm.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FormatTest {

    /** A random spec, mostly well-formed, for a type drawn from TYPES. */
    static String randomSpec(Random r, String types) {
        StringBuilder sb = new StringBuilder();
        String[] fills = {"", "", "", " ", "*", "0", "x", "€", "\uD83C\uDF89", "<", "="};
        String aligns = "<>=^";
        if (r.nextInt(3) == 0) {
            sb.append(fills[r.nextInt(fills.length)]).append(aligns.charAt(r.nextInt(4)));
        }
        if (r.nextInt(3) == 0) {
            sb.append("+- ".charAt(r.nextInt(3)));
        }
        if (r.nextInt(6) == 0) {
            sb.append('z');
        }
        if (r.nextInt(4) == 0) {
            sb.append('#');
        }
        if (r.nextInt(4) == 0) {
            sb.append('0');
        }
        if (r.nextInt(2) == 0) {
            sb.append(r.nextInt(r.nextBoolean() ? 12 : 40));
        }
        int g = r.nextInt(8);
        if (g == 0) {
            sb.append(',');
        } else if (g == 1) {
            sb.append('_');
        } else if (g == 2 && r.nextInt(10) == 0) {
            sb.append(r.nextBoolean() ? ",_" : "_,");
        }
        if (r.nextInt(2) == 0) {
            sb.append('.');
            if (r.nextInt(30) != 0) {
                sb.append(r.nextInt(r.nextInt(5) == 0 ? 60 : 18));
            }
        }
        if (r.nextInt(5) != 0) {
            sb.append(types.charAt(r.nextInt(types.length())));
        }
        if (r.nextInt(60) == 0) {
            sb.append("xq".charAt(r.nextInt(2)));
        }
        return sb.toString();
    }

    static final String ALL_TYPES = "bcdoxXneEfFgG%srq ";

    @Test
    void fixedCases() {
        assertEquals("00,001,234", Format.formatInt(1234, "010,", "int"));
        assertEquals("0xff_ffff", Format.formatInt(0xffffff, "#_x", "int"));
        assertEquals("+0000001.5", Format.formatFloat(1.5, "+010", "float"));
        assertEquals("1.23e+02", Format.formatFloat(123.0, ".3", "float"));
        assertEquals("0000000inf", Format.formatFloat(Double.POSITIVE_INFINITY, "010", "float"));
        assertEquals("   (1+2j)", Format.formatComplex(1, 2, ">9", "complex"));
        assertEquals("ab  ", Format.formatString("abc", "4.2", "str"));
        TextFormatException e = assertThrows(TextFormatException.class,
            () -> Format.formatInt(5, "q", "int"));
        assertEquals("Unknown format code 'q' for object of type 'int'", e.getMessage());
        e = assertThrows(TextFormatException.class, () -> Format.formatString("a", ",s", "str"));
        assertEquals("Cannot specify ',' with 's'.", e.getMessage());
        e = assertThrows(TextFormatException.class, () -> Format.formatFloat(1, ".f", "float"));
        assertEquals("Format specifier missing precision", e.getMessage());
    }

    private static final String SCRIPT_PRELUDE = """
        def fmt(v, spec):
            try:
                return format(v, spec)
            except Exception as e:
                return err(e)
        """;

    @Test
    void intMatchesCPython() throws Exception {
        Random r = new Random(1);
        List<String> cases = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        for (int i = 0; i < Oracle.scale(12000); i++) {
            BigInteger v = switch (i % 5) {
                case 0 -> BigInteger.valueOf(r.nextInt(2001) - 1000);
                case 1 -> BigInteger.valueOf(r.nextLong() >> r.nextInt(64));
                case 2 -> new BigInteger(1 + r.nextInt(300), r).multiply(BigInteger.valueOf(r.nextBoolean() ? 1 : -1));
                case 3 -> BigInteger.valueOf(r.nextInt(0x120000) - 10);
                default -> BigInteger.valueOf(i % 2 == 0 ? Long.MIN_VALUE : Long.MAX_VALUE)
                    .add(BigInteger.valueOf(r.nextInt(5) - 2));
            };
            String spec = randomSpec(r, i % 3 == 0 ? ALL_TYPES : "bcdoxXn");
            cases.add(v + "\t" + spec);
            if (v.bitLength() < 64 && r.nextBoolean()) {
                ours.add(Oracle.attempt(() -> Format.formatInt(v.longValue(), spec, "int")));
            } else {
                ours.add(Oracle.attempt(() -> Format.formatInt(v, spec, "int", 4300)));
            }
        }
        List<String> expected = Oracle.ask(SCRIPT_PRELUDE
            + "for l in LINES:\n    v, s = l.split('\\t')\n    out(fmt(int(v), s))", cases);
        Oracle.compare("Format.formatInt", cases, expected, ours);
    }

    @Test
    void floatMatchesCPython() throws Exception {
        Random r = new Random(2);
        List<Double> xs = Oracle.doubles(3, Oracle.scale(30000));
        List<String> cases = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            double x = xs.get(i);
            String spec = i % 4 == 0 ? randomSpec(r, ALL_TYPES) : randomSpec(r, "eEfFgGn% ");
            cases.add(Oracle.bits(x) + "\t" + spec);
            ours.add(Oracle.attempt(() -> Format.formatFloat(x, spec, "float")));
        }
        List<String> expected = Oracle.ask(SCRIPT_PRELUDE
            + "for l in LINES:\n    v, s = l.split('\\t')\n    out(fmt(bits(v), s))", cases);
        Oracle.compare("Format.formatFloat", cases, expected, ours);
    }

    @Test
    void precisionsMatchCPython() throws Exception {
        // Every type at every small precision: the correctly rounded digits.
        List<Double> xs = Oracle.doubles(4, Oracle.scale(3000));
        List<String> cases = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        String[] types = {"e", "f", "g", "", "%", "#g"};
        for (int i = 0; i < xs.size(); i++) {
            double x = xs.get(i);
            for (int k = 0; k < 3; k++) {
                String spec = types[(i + k) % types.length].startsWith("#")
                    ? "#." + ((i * 7 + k) % 20) + "g"
                    : "." + ((i * 7 + k) % 20) + types[(i + k) % types.length];
                cases.add(Oracle.bits(x) + "\t" + spec);
                ours.add(Oracle.attempt(() -> Format.formatFloat(x, spec, "float")));
            }
        }
        List<String> expected = Oracle.ask(SCRIPT_PRELUDE
            + "for l in LINES:\n    v, s = l.split('\\t')\n    out(fmt(bits(v), s))", cases);
        Oracle.compare("Format.formatFloat precisions", cases, expected, ours);
    }

    @Test
    void decimalTiesMatchCPython() throws Exception {
        // Dyadic rationals are exact decimal ties at some precision: half-even matters.
        Random r = new Random(9);
        List<String> cases = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        String[] types = {"f", "e", "g", "%"};
        for (int i = 0; i < Oracle.scale(12000); i++) {
            int j = 1 + r.nextInt(i % 3 == 0 ? 120 : 30);
            long a = r.nextInt(3) == 0 ? (r.nextLong() >>> (11 + r.nextInt(50))) : r.nextInt(1 << r.nextInt(20));
            double x = Math.scalb((double) a, -j) * (r.nextBoolean() ? 1 : -1);
            int p = Math.max(0, j - 2 + r.nextInt(4) - (i % 2 == 0 ? 0 : (int) (Math.log10(Math.abs(x) + 1))));
            String spec = "." + Math.min(p, 40) + types[i % types.length];
            cases.add(Oracle.bits(x) + "\t" + spec);
            ours.add(Oracle.attempt(() -> Format.formatFloat(x, spec, "float")));
            long nd = p - 3 + r.nextInt(5);
            cases.add(Oracle.bits(x) + "\tround " + nd);
            ours.add(Oracle.attempt(() -> FloatRepr.repr(FloatRounding.round(x, nd))));
        }
        List<String> expected = Oracle.ask(SCRIPT_PRELUDE + """
            for l in LINES:
                v, s = l.split('\\t')
                if s.startswith('round '):
                    out(repr(round(bits(v), int(s[6:]))))
                else:
                    out(fmt(bits(v), s))
            """, cases);
        Oracle.compare("Format.formatFloat and round on decimal ties", cases, expected, ours);
    }

    @Test
    void complexMatchesCPython() throws Exception {
        Random r = new Random(5);
        List<Double> xs = Oracle.doubles(6, Oracle.scale(8000));
        List<String> cases = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        for (int i = 0; i + 1 < xs.size(); i += 2) {
            double re = i % 10 == 0 ? 0.0 : xs.get(i);
            double im = xs.get(i + 1);
            String spec = randomSpec(r, i % 4 == 0 ? ALL_TYPES : "eEfFgGn ");
            cases.add(Oracle.bits(re) + "\t" + Oracle.bits(im) + "\t" + spec);
            ours.add(Oracle.attempt(() -> Format.formatComplex(re, im, spec, "complex")));
        }
        List<String> expected = Oracle.ask(SCRIPT_PRELUDE
            + "for l in LINES:\n    a, b, s = l.split('\\t')\n    out(fmt(complex(bits(a), bits(b)), s))", cases);
        Oracle.compare("Format.formatComplex", cases, expected, ours);
    }

    @Test
    void stringMatchesCPython() throws Exception {
        Random r = new Random(8);
        String[] values = {"", "a", "abc", "hello world", "\u00e9t\u00e9", "\uD83D\uDE00x\uD83D\uDE00", "12345",
            "\u4e2d\u6587\u5b57"};
        List<String> cases = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            String v = values[r.nextInt(values.length)];
            String spec = randomSpec(r, i % 3 == 0 ? ALL_TYPES : "s");
            cases.add(v + "\t" + spec);
            ours.add(Oracle.attempt(() -> Format.formatString(v, spec, "str")));
        }
        List<String> expected = Oracle.ask(SCRIPT_PRELUDE
            + "for l in LINES:\n    v, s = l.split('\\t')\n    out(fmt(v, s))", cases);
        Oracle.compare("Format.formatString", cases, expected, ours);
    }
}
