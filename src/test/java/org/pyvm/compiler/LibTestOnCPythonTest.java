package org.pyvm.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyvm.testing.CPython;
import org.pyvm.testing.Golden;

/**
 * Modules of CPython's own test suite (Lib/test), compiled by OUR compiler to sourceless
 * .pyc files and run by CPython 3.12, give the same per-test outcomes as CPython's own
 * compilation of the same modules run the same way (sourceless too, so that lost source
 * lines affect both alike). tests/compiler/libtest_run.py runs one module and prints
 * "OUTCOME<TAB>TEST-ID" lines. The modules are listed in
 * {@code tests/compiler/libtest-modules.txt}; differences that are not the compiler's
 * fault are listed with their reason in {@code tests/compiler/libtest-known-differences.txt},
 * checked both ways (a listed difference that no longer occurs fails the test too); an
 * entry marked {@code ~} is a test whose outcome varies from run to run under CPython
 * itself (timing), ignored either way.
 */
class LibTestOnCPythonTest {

    static final String MODULES = "tests/compiler/libtest-modules.txt";
    static final String KNOWN = "tests/compiler/libtest-known-differences.txt";
    static final String DRIVER = "tests/compiler/libtest_run.py";
    /** Modules run at once (the machines have two cores). */
    static final int PARALLEL = 2;
    static final int TIMEOUT_SECONDS = 180;

    /** One module's outcomes by test id, or why there are none. */
    record Run(Map<String, String> outcomes, String failure) {}

    @Test
    void libTestModulesGiveCPythonsResults(@TempDir Path tmp) throws Exception {
        assumeTrue(CPython.present(), "no CPython 3.12: Lib/test under our compiler not checked");
        Path root = Golden.root();
        Path testDir = Path.of(CPython.run(root, "-c",
            "import sysconfig, os; print(os.path.join(sysconfig.get_path('stdlib'), 'test'))").out().strip());
        List<String> modules = listed(root.resolve(MODULES));
        Map<String, String> known = new LinkedHashMap<>();
        Map<String, String> unstable = new LinkedHashMap<>();
        for (String line : listed(root.resolve(KNOWN))) {
            int hash = line.indexOf('#');
            assertTrue(hash > 0, KNOWN + ": every entry says why after a '#': " + line);
            String id = line.substring(0, hash).strip();
            if (id.startsWith("~")) {
                unstable.put(id.substring(1).strip(), line.substring(hash + 1).strip());
            } else {
                known.put(id, line.substring(hash + 1).strip());
            }
        }
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        Map<String, Future<List<String>>> results = new LinkedHashMap<>();
        try {
            for (String m : modules) {
                results.put(m, pool.submit(() -> compare(m, testDir, tmp)));
            }
            Map<String, String> differences = new TreeMap<>();
            int same = 0;
            for (var e : results.entrySet()) {
                List<String> diffs = e.getValue().get();
                if (diffs.isEmpty()) {
                    same++;
                }
                for (String d : diffs) {
                    int tab = d.indexOf('\t');
                    if (!unstable.containsKey(d.substring(0, tab))) {
                        differences.put(d.substring(0, tab), d.substring(tab + 1));
                    }
                }
            }
            List<String> unexpected = new ArrayList<>();
            for (var d : differences.entrySet()) {
                if (!known.containsKey(d.getKey())) {
                    unexpected.add(d.getKey() + ": " + d.getValue());
                }
            }
            TreeSet<String> gone = new TreeSet<>(known.keySet());
            gone.removeAll(differences.keySet());
            System.out.println("LibTestOnCPythonTest: " + same + " of " + modules.size()
                + " Lib/test modules give identical results under CPython with our compiler; "
                + differences.size() + " differing tests (" + known.size() + " known), "
                + (System.nanoTime() - t0) / 1_000_000_000 + " s");
            assertTrue(unexpected.isEmpty(), unexpected.size() + " tests give other results with our compiler"
                + " than with CPython's and are not in " + KNOWN + ":\n" + String.join("\n", unexpected));
            assertTrue(gone.isEmpty(), "these differences are gone; remove them from " + KNOWN + ": " + gone);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The differences of one module, each as "TEST-ID\tdescription". */
    static List<String> compare(String module, Path testDir, Path tmp) throws Exception {
        Path source = testDir.resolve(module + ".py");
        Path pyc = tmp.resolve(module + ".pyc");
        List<String> diffs = new ArrayList<>();
        try {
            Files.write(pyc, GoldenOnCPythonTest.compile(source));
        } catch (RuntimeException | StackOverflowError e) { // CompileError, PySyntaxError, a crash
            diffs.add("test." + module + "\tour compiler failed: " + e);
            return diffs;
        }
        Run ours = run(module, pyc.toString(), tmp);
        Run theirs = run(module, "--cpython", tmp, source.toAbsolutePath().toString());
        if (theirs.failure() != null) {
            diffs.add("test." + module + "\tCPython's own compile did not run: " + theirs.failure());
            return diffs;
        }
        if (ours.failure() != null) {
            diffs.add("test." + module + "\t" + ours.failure());
            return diffs;
        }
        TreeSet<String> ids = new TreeSet<>(theirs.outcomes().keySet());
        ids.addAll(ours.outcomes().keySet());
        for (String id : ids) {
            String a = ours.outcomes().getOrDefault(id, "absent");
            String b = theirs.outcomes().getOrDefault(id, "absent");
            if (!a.equals(b)) {
                diffs.add(id + "\tours " + a + ", CPython's " + b);
            }
        }
        return diffs;
    }

    /** Runs the driver on one module; the outcome of each test id, or the failure. */
    static Run run(String module, String what, Path tmp, String... more) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(CPython.find().orElseThrow().toString(),
            Golden.root().resolve(DRIVER).toString(), module, what));
        cmd.addAll(List.of(more));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        env.put("PYTHONHASHSEED", "0");
        env.put("PYTHONIOENCODING", "utf-8");
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        env.remove("PYTHONPATH");
        Process p = pb.start();
        p.getOutputStream().close();
        CompletableFuture<byte[]> out = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                out.complete(p.getInputStream().readAllBytes());
            } catch (IOException e) {
                out.completeExceptionally(e);
            }
        });
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            return new Run(Map.of(), "timed out after " + TIMEOUT_SECONDS + " s");
        }
        String text;
        try {
            text = new String(out.get(), StandardCharsets.UTF_8);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause());
        }
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", 3);
            if (f.length < 2) {
                continue;
            }
            if (f[0].equals("IMPORT-ERROR")) {
                return new Run(Map.of(), "import failed: " + (f.length > 2 ? f[2] : ""));
            }
            // A subtest can fail more than once under one id: the worst outcome stands.
            outcomes.merge(f[1], f[0], (x, y) -> x.equals("ok") ? y : x);
        }
        if (outcomes.isEmpty()) {
            return new Run(Map.of(), "no test ran (exit status " + p.exitValue() + ")");
        }
        return new Run(outcomes, null);
    }

    /** The non-blank lines of FILE that are not comments; empty when there is no file. */
    static List<String> listed(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line = line.strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                out.add(line);
            }
        }
        return out;
    }
}
