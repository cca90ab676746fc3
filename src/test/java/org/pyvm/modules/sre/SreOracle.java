package org.pyvm.modules.sre;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.testing.CPython;

/**
 * Runs a Python script under the reference CPython 3.12 with a file of case lines
 * (sys.argv[1]) and returns what it printed, one line per case. Skips the calling test
 * (an assumption) when there is no CPython 3.12.
 */
final class SreOracle {

    private SreOracle() {}

    static List<String> ask(String script, List<String> lines) throws IOException, InterruptedException {
        assumeTrue(CPython.present(), "CPython 3.12 not found");
        Path dir = Files.createTempDirectory("pyvm-sre");
        try {
            Path in = dir.resolve("cases.txt");
            Path py = dir.resolve("oracle.py");
            Files.writeString(in, String.join("\n", lines) + (lines.isEmpty() ? "" : "\n"), StandardCharsets.UTF_8);
            String prelude = """
                import sys
                LINES = open(sys.argv[1], encoding='ascii').read().split('\\n')[:-1]
                _w = []
                out = _w.append
                """;
            String epilogue = "\nsys.stdout.write(''.join(x + '\\n' for x in _w))\n";
            Files.writeString(py, prelude + script + epilogue, StandardCharsets.UTF_8);
            CPython.Result r = CPython.run(dir, py.toString(), in.toString());
            if (r.status() != 0) {
                throw new AssertionError("oracle failed: " + r.err());
            }
            List<String> result = new ArrayList<>(List.of(r.out().split("\n", -1)));
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

    /** Code points as comma-separated hex, the form both sides read exactly. */
    static String hex(int[] cps) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cps.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(Integer.toHexString(cps[i]));
        }
        return sb.toString();
    }

    static String hex(int[] cps, int from, int to) {
        return hex(java.util.Arrays.copyOfRange(cps, from, to));
    }

    static int[] unhex(String s) {
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] parts = s.split(",");
        int[] r = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            r[i] = (int) Long.parseLong(parts[i], 16);
        }
        return r;
    }
}
