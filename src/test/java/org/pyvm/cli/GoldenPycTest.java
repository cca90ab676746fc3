package org.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.junit.jupiter.api.Test;
import org.pyvm.testing.CPython;
import org.pyvm.testing.Golden;

/**
 * The golden programs in the CPython-compiled {@code .pyc} mode: every program of
 * tests/programs is compiled by CPython 3.12 (all in one CPython process, with the
 * source's absolute path as co_filename so tracebacks name it), run in-process by
 * {@link Main#run}, and its standard output, standard error (normalized as tests/regen
 * does) and exit status compared with CPython's. Programs pyvm cannot run yet are listed
 * in tests/programs/known-failures-pyc.txt, checked both ways: an unlisted program that
 * fails and a listed one that passes both fail this test, so the list only shrinks.
 * Programs CPython itself refuses to compile (expected SyntaxErrors) have no .pyc and
 * are counted apart.
 */
class GoldenPycTest {

    private static final long TIMEOUT_MS = 20_000;

    @Test
    void goldenProgramsRunAsCPythonRunsThem() throws Exception {
        assumeTrue(CPython.present(), "CPython 3.12 not found");
        List<Golden.Program> programs = Golden.programs();
        Path tmp = Files.createTempDirectory("pyvm-golden-pyc");
        List<Path> pycs = compileAll(programs, tmp);
        Path listFile = Golden.root().resolve("tests/programs/known-failures-pyc.txt");
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
        int uncompilable = 0;
        for (int i = 0; i < programs.size(); i++) {
            Golden.Program p = programs.get(i);
            Path pyc = pycs.get(i);
            if (!Files.exists(pyc)) {
                uncompilable++;
                continue;
            }
            String problem = runOne(p, pyc);
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
        System.out.println("[GoldenPycTest] " + passed + " of " + (programs.size() - uncompilable)
            + " compilable programs pass in pyc mode (" + uncompilable + " do not compile with CPython; "
            + failing.size() + " known failures)");
        assertTrue(nowPassing.isEmpty(), "listed in known-failures-pyc.txt but now passing (remove them):\n"
            + String.join("\n", nowPassing));
        assertTrue(details.isEmpty(), details.size() + " unlisted failures:\n" + String.join("\n\n", details));
    }

    /** Compiles every program in one CPython process; returns each program's .pyc path (absent if CPython refused). */
    private static List<Path> compileAll(List<Golden.Program> programs, Path tmp) throws Exception {
        StringBuilder script = new StringBuilder("import py_compile, sys\nfor src, dst in [\n");
        List<Path> out = new ArrayList<>();
        for (Golden.Program p : programs) {
            Path dst = tmp.resolve(p.area()).resolve(p.name() + ".pyc");
            out.add(dst);
            script.append("  (").append(pyStr(p.source().toString())).append(", ").append(pyStr(dst.toString()))
                .append("),\n");
        }
        script.append("]:\n  try:\n    py_compile.compile(src, cfile=dst, dfile=src, doraise=True)\n"
            + "  except py_compile.PyCompileError:\n    pass\n");
        Path sc = tmp.resolve("compile_all.py");
        Files.writeString(sc, script.toString());
        CPython.Result r = CPython.run(tmp, sc.toString());
        assertEquals(0, r.status(), "compiling the corpus failed:\n" + r.err());
        return out;
    }

    private static String pyStr(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** Runs one program in-process; null when it matches CPython, else what differs. */
    private static String runOne(Golden.Program p, Path pyc) throws IOException, InterruptedException {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        int[] status = {-1};
        Throwable[] crash = {null};
        Thread t = new Thread(null, () -> {
            try {
                status[0] = Main.run(new String[] {pyc.toString()}, new ByteArrayInputStream(new byte[0]), out, err);
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
