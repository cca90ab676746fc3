package org.pyvm.runtime.text;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-picked awkward specs, each tried on values of every type, against CPython. */
class FormatEdgeTest {

    static final String[] SPECS = {"", " ", "<", "x<", "\u00e9^9", "\uD83C\uDF89>7", "\uD83C\uDF89", "\uD83C\uDF89d",
        "s", "d", "\u0661\u0660", "\u0661\u0660.\u0662f", "1\u0660", ".\u0663", "99999999999999999999",
        "9223372036854775807", "9223372036854775808", ".99999999999999999999", ".2147483648f", ",", "_", ",_", "_,",
        ",,", "__", ",d", "_d", ",x", "_x", ",b", "_o", "_X", ",c", "_c", ",n", "_n", ",s", "_s", ",e", "_%", ",%",
        ",.2f", "_.3e", "0", "00", "000", "010", "0=10", "=10", "010,", "010_", "012_x", "#012_b", "+#012_o",
        "-", "+", " ", "z", "z.2f", "+z", "z+", "#", "#x", "#X", "#o", "#b", "#c", "#s", "#e", "#.0e", "#.0f",
        "#g", "#.3g", "#.0g", "#", "#10", "^", "^11", "=", "=11", "<11", ">11", ".", ".f", ".0", ".1", ".2", "10.3",
        ".0n", ".3n", "n", "10n", "q", "Q", "\u0001", " \u00ff", "\uD83C\uDF89\uD83C\uDF89", "x\uD83C\uDF89", "c",
        "+c", "#c", "5c", "05c", "%", ".0%", "10.2%", "e", "E", "f", "F", "g", "G", "r", "ss", "dd", "10.10.10",
        "<<", "<<<", "==", "=^", "^=", "0<5", "0>5", "0^5", "0=5", "+0=5", " 07", "-07.2f", "z07.2f", ".1000f",
        ".500e", ".400g", ".100000000g", ".5000f", "#.3000g", ".1100e", "\u0000<5", "0x", "1_000", "{", "}", ":"};

    @Test
    void awkwardSpecsMatchCPython() throws Exception {
        long[] ints = {0, 1, -1, 42, -1234567, 65, 0x1F600, 0x110000, Long.MIN_VALUE};
        BigInteger[] bigs = {BigInteger.TWO.pow(100).negate(), BigInteger.TEN.pow(400), BigInteger.TWO.pow(1100),
            BigInteger.TEN.pow(5000)};
        double[] floats = {0.0, -0.0, 1.5, -2.5, 1234567.891, 1e-7, 1e300, -1e-300, Double.NaN,
            Double.NEGATIVE_INFINITY};
        String[] strs = {"", "abc", "\uD83D\uDE00\u00e9"};
        List<String> cases = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        for (String spec : SPECS) {
            for (long v : ints) {
                cases.add("i\t" + v + "\t" + FloatParseTest.escape(spec));
                ours.add(Oracle.attempt(() -> Format.formatInt(v, spec, "int")));
            }
            for (BigInteger v : bigs) {
                cases.add("i\t" + v + "\t" + FloatParseTest.escape(spec));
                ours.add(Oracle.attempt(() -> Format.formatInt(v, spec, "int", 4300)));
            }
            for (double v : floats) {
                cases.add("f\t" + Oracle.bits(v) + "\t" + FloatParseTest.escape(spec));
                ours.add(Oracle.attempt(() -> Format.formatFloat(v, spec, "float")));
                cases.add("c\t" + Oracle.bits(v) + "\t" + FloatParseTest.escape(spec));
                ours.add(Oracle.attempt(() -> Format.formatComplex(v, -v, spec, "complex")));
            }
            for (String v : strs) {
                cases.add("s\t" + FloatParseTest.escape(v) + "\t" + FloatParseTest.escape(spec));
                ours.add(Oracle.attempt(() -> Format.formatString(v, spec, "str")));
            }
        }
        List<String> expected = Oracle.ask("""
            sys.set_int_max_str_digits(4300)
            def jhash(s):
                h = 0
                for ch in s:
                    h = (31 * h + ord(ch)) & 0xffffffff
                return h - (1 << 32) if h >= 1 << 31 else h
            for l in LINES:
                k, v, s = l.split('\\t')
                s = s.encode('ascii').decode('unicode_escape')
                try:
                    if k == 'i':
                        sys.set_int_max_str_digits(0)
                        x = int(v)
                        sys.set_int_max_str_digits(4300)
                    elif k == 'f':
                        x = bits(v)
                    elif k == 'c':
                        x = complex(bits(v), -bits(v))
                    else:
                        x = v.encode('ascii').decode('unicode_escape')
                    r = format(x, s)
                    out(r if len(r) < 3000 else 'len %d hash %d' % (len(r), jhash(r)))
                except Exception as e:
                    out(err(e))
            """, cases);
        List<String> ourShort = new ArrayList<>();
        for (String o : ours) {
            // Long results are compared by length and Java's String hash (all ASCII here).
            ourShort.add(o.length() < 3000 ? o : "len " + o.length() + " hash " + o.hashCode());
        }
        Oracle.compare("Format awkward specs", cases, expected, ourShort);
    }
}
