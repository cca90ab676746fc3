package org.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.pyvm.testing.Golden;

/**
 * Runs the golden corpus in one execution mode and checks the result against that
 * mode's known-failures list, both ways: an unlisted program that fails and a listed one
 * that passes both fail the test, so each list only shrinks. Each program runs in-process
 * through {@link Main#run} on a thread with a large stack and a time limit; its standard
 * output, standard error (normalized as tests/regen does) and exit status are compared
 * with CPython's.
 */
final class GoldenModes {

    private static final long TIMEOUT_MS = 20_000;

    private GoldenModes() {}

    /**
     * Runs PROGRAMS with the command lines ARGS gives (null: the program is not run in
     * this mode and not counted) and checks tests/programs/LISTNAME.
     */
    static void check(String mode, String listName, List<Golden.Program> programs,
                      Function<Golden.Program, String[]> args) throws Exception {
        Path listFile = Golden.root().resolve("tests/programs").resolve(listName);
        Set<String> known = new LinkedHashSet<>();
        if (Files.exists(listFile)) {
            for (String l : Files.readAllLines(listFile)) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    known.add(l.strip());
                }
            }
        }
        Set<String> failing = new TreeSet<>();
        List<String> details = new ArrayList<>();
        int passed = 0;
        int run = 0;
        for (Golden.Program p : programs) {
            String[] a = args.apply(p);
            if (a == null) {
                continue;
            }
            run++;
            String problem = runOne(p, a);
            if (problem == null) {
                passed++;
            } else {
                failing.add(p.toString());
                if (!known.contains(p.toString())) {
                    details.add(p + ": " + problem);
                }
            }
        }
        List<String> nowPassing = new ArrayList<>();
        for (String k : known) {
            if (!failing.contains(k) && programs.stream().anyMatch(p -> p.toString().equals(k))) {
                nowPassing.add(k);
            }
        }
        System.out.println("[" + mode + "] " + passed + " of " + run + " golden programs pass ("
            + failing.size() + " fail, listed in " + listName + ")");
        assertTrue(nowPassing.isEmpty(), "listed in " + listName + " but now passing (remove them):\n"
            + String.join("\n", nowPassing));
        assertTrue(details.isEmpty(), details.size() + " unlisted failures:\n" + String.join("\n\n", details));
    }

    /**
     * The environment a program runs with, as tests/regen gives it to CPython
     * (PYTHONDONTWRITEBYTECODE: no __pycache__ in the corpus), with the program's folder on
     * PYTHONPATH so that a program run from a compiled copy elsewhere (GoldenPycTest) still
     * imports the modules beside its source.
     */
    static java.util.Map<String, String> env(Golden.Program p) {
        java.util.Map<String, String> env = new java.util.HashMap<>(System.getenv());
        env.put("PYTHONHASHSEED", "0");
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        // The locale tests/regen gives CPython (the C locale would turn on UTF-8 mode).
        env.put("LANG", "C.UTF-8");
        env.remove("LC_ALL");
        env.remove("LC_CTYPE");
        env.put("PYTHONPATH", p.source().getParent().toString());
        return env;
    }

    /** Runs one program in-process; null when it matches CPython, else what differs. */
    static String runOne(Golden.Program p, String[] args) throws IOException, InterruptedException {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        int[] status = {-1};
        Throwable[] crash = {null};
        Thread t = new Thread(null, () -> {
            try {
                status[0] = Main.run(args, env(p), new ByteArrayInputStream(new byte[0]), out, err);
            } catch (Throwable x) {
                crash[0] = x;
            }
        }, "golden-" + p, 1L << 30);
        t.setDaemon(true);
        t.start();
        t.join(TIMEOUT_MS);
        if (t.isAlive()) {
            t.interrupt();
            t.join(2000);
            return "timed out after " + TIMEOUT_MS + " ms";
        }
        if (crash[0] != null) {
            return "crashed: " + crash[0];
        }
        String gotOut = outBytes.toString(StandardCharsets.UTF_8);
        String gotErr = p.normalizeErr(errBytes.toString(StandardCharsets.UTF_8));
        StringBuilder diff = new StringBuilder();
        if (!gotOut.equals(p.expectedOut())) {
            diff.append("stdout differs:\n--- expected\n").append(clip(p.expectedOut())).append("--- got\n")
                .append(clip(gotOut));
        }
        if (!gotErr.equals(p.expectedErr())) {
            diff.append("stderr differs:\n--- expected\n").append(clip(p.expectedErr())).append("--- got\n")
                .append(clip(gotErr));
        }
        if (status[0] != p.expectedStatus()) {
            diff.append("status ").append(status[0]).append(", expected ").append(p.expectedStatus()).append('\n');
        }
        return diff.isEmpty() ? null : diff.toString();
    }

    private static String clip(String s) {
        return s.length() > 1500 ? s.substring(0, 1500) + "...\n" : s;
    }
}
