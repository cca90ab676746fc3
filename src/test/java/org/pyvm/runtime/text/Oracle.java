package org.pyvm.runtime.text;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.pyvm.testing.CPython;

/**
 * Asks CPython 3.12 for the answers to many cases in one process: the cases go on a
 * file (one a line, in a form both sides read exactly), the script prints one answer
 * a line, with newlines in answers escaped as \n.
 */
final class Oracle {

    private Oracle() {}

    /**
     * Runs SCRIPT with the path of a file holding LINES as sys.argv[1]. The script should
     * define nothing but read the lines and print one result for each, using helper
     * {@code out(s)} (defined here) which escapes backslashes and newlines.
     */
    static List<String> ask(String script, List<String> lines) throws IOException, InterruptedException {
        assumeTrue(CPython.present(), "CPython 3.12 not found");
        Path dir = Files.createTempDirectory("pyvm-text");
        try {
            Path in = dir.resolve("cases.txt");
            Path py = dir.resolve("oracle.py");
            Files.writeString(in, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            String prelude = """
                import sys, struct, math
                sys.set_int_max_str_digits(0)
                _w = []
                def out(s):
                    s = str(s).replace('\\\\', '\\\\\\\\').replace('\\n', '\\\\n')
                    if not s.isascii():
                        s = s.encode('utf-8', 'backslashreplace').decode('utf-8')
                    _w.append(s)
                def bits(s):
                    return struct.unpack('<d', struct.pack('<q', int(s)))[0]
                def err(e):
                    return 'E ' + type(e).__name__ + ': ' + str(e)
                LINES = open(sys.argv[1], encoding='utf-8', newline='\\n').read().split('\\n')[:-1]
                """;
            String epilogue = "\nsys.stdout.write('\\n'.join(_w) + '\\n')\n";
            Files.writeString(py, prelude + script + epilogue, StandardCharsets.UTF_8);
            CPython.Result r = CPython.run(dir, py.toString(), in.toString());
            if (r.status() != 0) {
                throw new AssertionError("oracle failed: " + r.err());
            }
            String out = r.out();
            List<String> result = new ArrayList<>(lines.size());
            for (String l : out.split("\n", -1)) {
                result.add(unescape(l));
            }
            result.remove(result.size() - 1);
            return result;
        } finally {
            try (var s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                if (n == 'u' && i + 4 < s.length()) {
                    // A lone surrogate, which UTF-8 cannot carry.
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    sb.append(n == 'n' ? '\n' : n);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Our answer in the oracle's form: the value, or "E Type: message". */
    static String attempt(java.util.function.Supplier<Object> f) {
        try {
            return String.valueOf(f.get());
        } catch (TextFormatException e) {
            return "E " + e.pythonType() + ": " + e.getMessage();
        }
    }

    /** Compares answers; fails listing the first differences. Returns the count compared. */
    static int compare(String what, List<String> cases, List<String> expected, List<String> actual) {
        if (expected.size() != cases.size()) {
            throw new AssertionError(what + ": oracle gave " + expected.size() + " answers for " + cases.size());
        }
        StringBuilder diffs = new StringBuilder();
        int bad = 0;
        for (int i = 0; i < cases.size(); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                if (bad++ < 30) {
                    diffs.append("\n  case ").append(cut(cases.get(i))).append(": expected [")
                        .append(cut(expected.get(i))).append("] got [").append(cut(actual.get(i))).append(']');
                }
            }
        }
        if (bad > 0) {
            throw new AssertionError(what + ": " + bad + " of " + cases.size() + " differ" + diffs);
        }
        System.out.println("[oracle] " + what + ": " + cases.size() + " cases match CPython");
        return cases.size();
    }

    private static String cut(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...(" + s.length() + " chars)";
    }

    // ------------------------------------------------------------ case generators

    /**
     * Multiplier for the random case counts: -Dpyvm.oracle.scale=10 for a long search
     * for rare differences; 1 in ordinary builds.
     */
    static int scale(int n) {
        return n * Integer.getInteger("pyvm.oracle.scale", 1);
    }

    /** Interesting doubles: edge cases, then random ones of several kinds. */
    static List<Double> doubles(long seed, int randomCount) {
        List<Double> d = new ArrayList<>();
        double[] fixed = {0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.1, 0.2, 0.3, 1e16, 1e15, 9999999999999998.0,
            1e16 - 2, 1e17, 1e22, 1e23, 9.999999999999999e22, 1e-4, 1e-5, 0.0001, 0.00001, 9.99e-5, 123456789.0,
            Double.MIN_VALUE, -Double.MIN_VALUE, 2 * Double.MIN_VALUE, 3 * Double.MIN_VALUE, Double.MAX_VALUE,
            -Double.MAX_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NaN, -Double.NaN, Math.PI, Math.E, 1.0 / 3, 2.0 / 3, 100.0, 0.125,
            0.375, 2.675, 1.005, 0.045, 5e-324, 1e308, 1.7976931348623157e308, 4503599627370496.5,
            9007199254740993.0, 0.1 + 0.2, 1e-7, 123.456, -123.456, 1e100, 1e-100, 5.0, 50.0, 0.05, 0.005,
            1234.5, 12345.5, 0.25, 0.75, 1e21, 1e20, 999999.5, 9.5, 99.5, 0.95, 0.995};
        for (double x : fixed) {
            d.add(x);
        }
        for (int p = -325; p <= 309; p++) {
            d.add(Double.parseDouble("1e" + p));
        }
        Random r = new Random(seed);
        for (int i = 0; i < randomCount; i++) {
            double x;
            switch (i % 8) {
                case 0, 1 -> x = Double.longBitsToDouble(r.nextLong());
                case 2 -> x = Double.longBitsToDouble(r.nextLong() & 0x800FFFFFFFFFFFFFL); // subnormal
                case 3 -> x = (r.nextInt(2000000) - 1000000) / Math.pow(10, r.nextInt(12));
                case 4 -> x = (r.nextInt(20000) + 0.5) / Math.pow(10, r.nextInt(6)); // halfway in decimal
                case 5 -> x = r.nextGaussian() * Math.pow(10, r.nextInt(40) - 20);
                case 6 -> x = (double) (r.nextLong() >> r.nextInt(64));
                default -> x = Double.parseDouble((r.nextInt(1000) + 1) + "e" + (r.nextInt(640) - 320));
            }
            if (Double.isNaN(x) && r.nextBoolean()) {
                x = Double.NaN;
            }
            d.add(x);
        }
        return d;
    }

    static String bits(double x) {
        return Long.toString(Double.doubleToRawLongBits(x));
    }
}
