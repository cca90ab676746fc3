package org.pyvm.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntTextTest {

    @Test
    void fixedCases() {
        assertEquals(255L, IntText.parseInt("0x_ff", 0, 4300));
        assertEquals(-10L, IntText.parseInt(" -1_0 ", 10, 4300));
        assertEquals(0L, IntText.parseInt("0_0", 0, 4300));
        TextFormatException e = assertThrows(TextFormatException.class, () -> IntText.parseInt("x", 10, 4300));
        assertEquals("invalid literal for int() with base 10: 'x'", e.getMessage());
        e = assertThrows(TextFormatException.class, () -> IntText.parseInt("1", 37, 4300));
        assertEquals("int() base must be >= 2 and <= 36, or 0", e.getMessage());
        e = assertThrows(TextFormatException.class, () -> IntText.parseInt("1".repeat(5000), 10, 4300));
        assertEquals("Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits;"
            + " use sys.set_int_max_str_digits() to increase the limit", e.getMessage());
        e = assertThrows(TextFormatException.class,
            () -> IntText.toString(BigInteger.TEN.pow(4300), 4300));
        assertEquals("Exceeds the limit (4300 digits) for integer string conversion;"
            + " use sys.set_int_max_str_digits() to increase the limit", e.getMessage());
        assertEquals(4300, IntText.toString(BigInteger.TEN.pow(4300).subtract(BigInteger.ONE), 4300).length());
    }

    @Test
    void parseIntMatchesCPython() throws Exception {
        Random r = new Random(21);
        List<String> texts = new ArrayList<>(List.of("", " ", "0", "-0", "+0", "00", "010", "0_0", "0_7", "0x", "0x_",
            "0x_1", "0x__1", "0b102", "0o17", "0O17", "0B1", "0X1F", "1_000", "1__000", "_1", "1_", "+_1", "- 1",
            "\u0661\u0662", "\uff11", "\u00a012\u00a0", "\u20281\u2029", "\u001c1", "1\u0000", "1\u00001", "z", "Z",
            "zz", "9" .repeat(4300), "9".repeat(4301), "1".repeat(5000) + "x", "1".repeat(5000) + "\u0000",
            "f".repeat(5000), "-" + "7".repeat(30), "9223372036854775807", "9223372036854775808",
            "-9223372036854775808", "-9223372036854775809", "x".repeat(300), "'\"", "\uD83D\uDE00", "1\uD83D\uDE00"));
        String alphabet = "0123456789abcdefxobXOB_ +-z";
        for (int i = 0; i < Oracle.scale(15000); i++) {
            StringBuilder sb = new StringBuilder();
            if (i % 2 == 0) {
                if (r.nextInt(5) == 0) {
                    sb.append(' ');
                }
                if (r.nextInt(3) == 0) {
                    sb.append("+-".charAt(r.nextInt(2)));
                }
                if (r.nextInt(4) == 0) {
                    sb.append(new String[] {"0x", "0o", "0b", "0X", "0"}[r.nextInt(5)]);
                }
                int n = 1 + r.nextInt(r.nextInt(6) == 0 ? 60 : 12);
                for (int k = 0; k < n; k++) {
                    sb.append("0123456789abcdefABCDEFghz".charAt(r.nextInt(r.nextBoolean() ? 10 : 25)));
                    if (r.nextInt(10) == 0) {
                        sb.append('_');
                    }
                }
            } else {
                int n = r.nextInt(7);
                for (int k = 0; k < n; k++) {
                    sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
            }
            texts.add(sb.toString());
        }
        int[] bases = {0, 10, 2, 8, 16, 36, 3, 7, 1, 37, -1, 0, 10, 16};
        List<String> cases = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            int base = bases[(i * 7 + (i >> 3)) % bases.length];
            int limit = i % 50 == 0 ? 0 : 4300;
            cases.add(base + "\t" + limit + "\t" + FloatParseTest.escape(t));
            ours.add(Oracle.attempt(() -> {
                Number n = IntText.parseInt(t, base, limit);
                return (n instanceof Long ? "L" : "B") + n;
            }));
        }
        List<String> expected = Oracle.ask("""
            for l in LINES:
                b, lim, s = l.split('\\t')
                s = s.encode('ascii').decode('unicode_escape')
                sys.set_int_max_str_digits(int(lim))
                try:
                    v = int(s, int(b))
                    sys.set_int_max_str_digits(0)
                    out(('L' if -2**63 <= v < 2**63 else 'B') + str(v))
                except Exception as e:
                    out(err(e))
            """, cases);
        Oracle.compare("IntText.parseInt", cases, expected, ours);
    }

    @Test
    void toBaseMatchesCPython() throws Exception {
        Random r = new Random(24);
        List<String> cases = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        int[] bases = {2, 8, 16};
        for (int i = 0; i < 6000; i++) {
            BigInteger v = switch (i % 3) {
                case 0 -> BigInteger.valueOf(r.nextInt(201) - 100);
                case 1 -> BigInteger.valueOf(r.nextLong() >> r.nextInt(64));
                default -> new BigInteger(1 + r.nextInt(400), r).multiply(BigInteger.valueOf(r.nextBoolean() ? 1 : -1));
            };
            int base = bases[r.nextInt(3)];
            cases.add(base + " " + v);
            ours.add(v.bitLength() < 64 ? IntText.toBase(v.longValue(), base) : IntText.toBase(v, base));
        }
        List<String> expected = Oracle.ask("""
            f = {'2': bin, '8': oct, '16': hex}
            for l in LINES:
                b, v = l.split()
                out(f[b](int(v)))
            """, cases);
        Oracle.compare("IntText.toBase", cases, expected, ours);
    }

    @Test
    void parseBytesMatchesCPython() throws Exception {
        // int(bytes, base) and float(bytes): ASCII only, errors show the bytes' repr.
        Random r = new Random(25);
        List<byte[]> inputs = new ArrayList<>();
        for (String s : FloatParseTest.floatStrings(26, 3000)) {
            inputs.add(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        for (int i = 0; i < 3000; i++) {
            byte[] b = new byte[r.nextInt(8)];
            for (int k = 0; k < b.length; k++) {
                b[k] = (byte) (r.nextInt(4) == 0 ? r.nextInt(256) : "0123456789 _xabf.e'\"\\\t".charAt(r.nextInt(22)));
            }
            inputs.add(b);
        }
        byte[] longOne = new byte[300];
        java.util.Arrays.fill(longOne, (byte) 'z');
        inputs.add(longOne);
        List<String> cases = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        int[] bases = {10, 0, 16, 36};
        for (int i = 0; i < inputs.size(); i++) {
            byte[] b = inputs.get(i);
            int base = bases[i % bases.length];
            cases.add("i " + base + " " + java.util.HexFormat.of().formatHex(b));
            ours.add(Oracle.attempt(() -> String.valueOf(IntText.parseInt(b, base, 4300))));
            cases.add("f 0 " + java.util.HexFormat.of().formatHex(b));
            ours.add(Oracle.attempt(() -> FloatRepr.repr(FloatParser.parseFloat(b))));
        }
        List<String> expected = Oracle.ask("""
            for l in LINES:
                k, b, h = (l + ' ').split(' ')[:3]
                data = bytes.fromhex(h)
                try:
                    out(int(data, int(b)) if k == 'i' else repr(float(data)))
                except Exception as e:
                    out(err(e))
            """, cases);
        Oracle.compare("IntText.parseInt and FloatParser.parseFloat of bytes", cases, expected, ours);
    }

    @Test
    void bigParseAgreesWithJdk() {
        // The divide-and-conquer conversion against the JDK's plain one.
        Random r = new Random(23);
        int[] bases = {10, 16, 7, 36, 2, 3};
        for (int i = 0; i < 60; i++) {
            int base = bases[i % bases.length];
            BigInteger v = new BigInteger(1000 + r.nextInt(60000), r);
            if (i % 2 == 1) {
                v = v.negate();
            }
            String text = v.toString(base);
            assertEquals(v, IntText.parseInt(text, base, 0), "base " + base + " length " + text.length());
        }
    }

    @Test
    void toStringMatchesCPython() throws Exception {
        Random r = new Random(22);
        List<String> cases = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        int[] limits = {4300, 640, 1000, 0};
        for (int i = 0; i < 400; i++) {
            int limit = limits[i % limits.length];
            BigInteger v;
            if (i % 3 == 0) {
                int digits = limit == 0 ? 5000 : limit - 2 + r.nextInt(5);
                v = BigInteger.TEN.pow(digits - 1).add(new BigInteger(digits * 3, r).mod(BigInteger.TEN.pow(digits - 1)));
            } else {
                v = new BigInteger(1 + r.nextInt(20000), r);
            }
            if (r.nextBoolean()) {
                v = v.negate();
            }
            BigInteger fv = v;
            cases.add(limit + "\t" + v.toString(16));
            ours.add(Oracle.attempt(() -> {
                String s = IntText.toString(fv, limit);
                return s.length() + ":" + s.hashCode();
            }));
        }
        List<String> expected = Oracle.ask("""
            def jhash(s):
                h = 0
                for ch in s:
                    h = (31 * h + ord(ch)) & 0xffffffff
                return h - (1 << 32) if h >= 1 << 31 else h
            for l in LINES:
                lim, h = l.split('\\t')
                v = int(h, 16)
                sys.set_int_max_str_digits(int(lim))
                try:
                    s = str(v)
                    out(str(len(s)) + ':' + str(jhash(s)))
                except Exception as e:
                    out(err(e))
            """, cases);
        Oracle.compare("IntText.toString", cases, expected, ours);
    }
}
