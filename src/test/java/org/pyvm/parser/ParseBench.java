package org.pyvm.parser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parse-speed benchmark: parses every file listed in args[0] (one path a line), ROUNDS
 * times after WARMUP rounds, in one JVM, and prints lines per second of the best round.
 * Run by bench/parse/run beside CPython's ast.parse on the same files.
 */
public final class ParseBench {
    private ParseBench() {}

    public static void main(String[] args) throws Exception {
        List<String> paths = Files.readAllLines(Path.of(args[0]));
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<byte[]> srcs = new ArrayList<>();
        long lines = 0;
        for (String p : paths) {
            if (p.isBlank()) {
                continue;
            }
            byte[] b = Files.readAllBytes(Path.of(p));
            srcs.add(b);
            for (byte x : b) {
                if (x == '\n') {
                    lines++;
                }
            }
        }
        long best = Long.MAX_VALUE;
        int errors = 0;
        for (int r = 0; r < warmup + rounds; r++) {
            long t0 = System.nanoTime();
            errors = 0;
            for (byte[] b : srcs) {
                try {
                    Parser.parseFile(b, "bench.py");
                } catch (PySyntaxError e) {
                    errors++;
                }
            }
            long dt = System.nanoTime() - t0;
            if (r >= warmup) {
                best = Math.min(best, dt);
            }
        }
        System.out.printf("pyvm:    %d files, %d lines, best round %.3f s, %.0f lines/s (%d syntax errors)%n",
            srcs.size(), lines, best / 1e9, lines / (best / 1e9), errors);
    }
}
