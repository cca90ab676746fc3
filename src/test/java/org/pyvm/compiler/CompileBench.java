package org.pyvm.compiler;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pyvm.bytecode.MarshalWriter;
import org.pyvm.parser.Parser;
import org.pyvm.parser.PySyntaxError;

/**
 * Compile-speed benchmark: parses, compiles and marshals every file listed in args[0]
 * (one path a line), ROUNDS times after WARMUP rounds, in one JVM, and prints the best
 * and median round in CPU time (the whole process: the JIT's and the collector's threads
 * count too) and wall time. Run by bench/compile/run beside CPython's compile() of the
 * same files.
 */
public final class CompileBench {
    private CompileBench() {}

    public static void main(String[] args) throws Exception {
        List<String> paths = Files.readAllLines(Path.of(args[0]));
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<byte[]> srcs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        long lines = 0;
        for (String p : paths) {
            if (p.isBlank()) {
                continue;
            }
            byte[] b = Files.readAllBytes(Path.of(p));
            srcs.add(b);
            names.add(p);
            for (byte x : b) {
                if (x == '\n') {
                    lines++;
                }
            }
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] cpu = new double[rounds];
        double[] wall = new double[rounds];
        int errors = 0;
        long sink = 0;
        for (int r = 0; r < warmup + rounds; r++) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            errors = 0;
            for (int i = 0; i < srcs.size(); i++) {
                try {
                    String name = names.get(i);
                    sink += MarshalWriter.dumps(Compiler.compileModule(Parser.parseFile(srcs.get(i), name), name)).length;
                } catch (PySyntaxError | CompileError e) {
                    errors++;
                }
            }
            long dt = System.nanoTime() - t0;
            long dc = os.getProcessCpuTime() - c0;
            if (r >= warmup) {
                cpu[r - warmup] = dc / 1e9;
                wall[r - warmup] = dt / 1e9;
            }
        }
        System.out.printf("pyvm:    %d files, %d lines, %d not compiled; CPU best %.3f s median %.3f s; "
                + "wall best %.3f s median %.3f s (%d bytes)%n",
            srcs.size(), lines, errors, min(cpu), median(cpu), min(wall), median(wall), sink / (warmup + rounds));
    }

    private static double min(double[] a) {
        return Arrays.stream(a).min().orElse(0);
    }

    private static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
