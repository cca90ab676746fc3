package org.pyvm.runtime.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ComplexParserTest {

    @Test
    void fixedCases() {
        assertArrayEquals(new double[] {1, 2}, ComplexParser.parseComplex(" (1+2j) "));
        assertArrayEquals(new double[] {0, -1}, ComplexParser.parseComplex("-j"));
        assertArrayEquals(new double[] {1.5, 0}, ComplexParser.parseComplex("1.5"));
    }

    @Test
    void parseComplexMatchesCPython() throws Exception {
        Random r = new Random(51);
        List<String> texts = new ArrayList<>(List.of("1__2j", "1_2j", "1_2j ", " (1+2j) ", "( 1+2j )", "1+ 2j", "j",
            "-j", "+J", "1+j", "1-j", "infj", "-infj", "nanj", "1e5+1e-5j", "1e+j", "1e", "(1", "1)", "", " ", "()",
            "1 j", "1j1", "\u00001", "1\u0000", "1_\u0000", "x_1", "\u0661+\u0662j", "\u00a01j\u00a0", "1+2j\u001c",
            "1.5", "+1.5e+3-2.5E-3J", "infinityj", "infinj", "1+infinityj", "1+nanj", "-nan-nanj", "1+-2j", "--1j",
            "0x1j", "1e500j", "1e500+1e500j", "((1j))", "(j)", "( j )", "(-j)", "1+1", "1j+1", "-0j", "-0-0j",
            ".j", "1.j", ".5j", "1.e5j", "(1+2j", "1+2j)"));
        String alphabet = "0123456789.eEjJ+-_ ()in";
        for (int i = 0; i < Oracle.scale(15000); i++) {
            StringBuilder sb = new StringBuilder();
            if (i % 2 == 0) {
                boolean paren = r.nextInt(5) == 0;
                if (r.nextInt(5) == 0) {
                    sb.append(' ');
                }
                if (paren) {
                    sb.append('(');
                }
                int parts = 1 + r.nextInt(2);
                for (int k = 0; k < parts; k++) {
                    if (k > 0 || r.nextInt(3) == 0) {
                        sb.append("+-".charAt(r.nextInt(2)));
                    }
                    int form = r.nextInt(10);
                    if (form == 0) {
                        sb.append(new String[] {"inf", "nan", "Infinity", "NaN"}[r.nextInt(4)]);
                    } else if (form > 1) {
                        sb.append(r.nextInt(1000));
                        if (r.nextBoolean()) {
                            sb.append('.').append(r.nextInt(100));
                        }
                        if (r.nextInt(4) == 0) {
                            sb.append('e').append(r.nextInt(40) - 20);
                        }
                    }
                    if (k == parts - 1 && r.nextInt(4) != 0) {
                        sb.append(r.nextBoolean() ? 'j' : 'J');
                    }
                }
                if (paren && r.nextInt(6) != 0) {
                    sb.append(')');
                }
                if (r.nextInt(5) == 0) {
                    sb.append(' ');
                }
            } else {
                int n = r.nextInt(7);
                for (int k = 0; k < n; k++) {
                    sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
            }
            texts.add(sb.toString());
        }
        List<String> cases = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        for (String t : texts) {
            cases.add(FloatParseTest.escape(t));
            ours.add(Oracle.attempt(() -> {
                double[] c = ComplexParser.parseComplex(t);
                return FloatRepr.repr(c[0]) + " " + FloatRepr.repr(c[1]);
            }));
        }
        List<String> expected = Oracle.ask("""
            for l in LINES:
                s = l.encode('ascii').decode('unicode_escape')
                try:
                    c = complex(s)
                    out(repr(c.real) + ' ' + repr(c.imag))
                except Exception as e:
                    out(err(e))
            """, cases);
        Oracle.compare("ComplexParser.parseComplex", cases, expected, ours);
    }
}
