package org.pyvm.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pyvm.ast.AstDump;
import org.pyvm.testing.CPython;

/**
 * Random mutations of real source files (tokens and bytes deleted, duplicated, swapped,
 * inserted; fixed seed) and deeply nested input: the parser returns a tree or raises
 * PySyntaxError, never another exception, never hangs.
 */
class FuzzTest {
    static final long SEED = 20261122L;
    static final int CASES = 4000;

    private static final Pattern TOKEN = Pattern.compile("\\w+|\\s+|[^\\w\\s]");

    @Test
    void mutationsOnlyParseOrRaiseSyntaxError() throws Exception {
        List<byte[]> sources = sources();
        Random rnd = new Random(SEED);
        ExecutorService ex = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "fuzz", 64L << 20);
            t.setDaemon(true);
            return t;
        });
        int trees = 0;
        int errors = 0;
        List<String> bad = new ArrayList<>();
        try {
            List<byte[]> inputs = new ArrayList<>(deep());
            for (int i = 0; i < CASES; i++) {
                inputs.add(mutate(sources.get(rnd.nextInt(sources.size())), rnd));
            }
            for (byte[] in : inputs) {
                Future<Object> f = ex.submit(() -> {
                    try {
                        // the tokenize stream must hold up too
                        Tokenize.tokenize(in);
                    } catch (PySyntaxError e) {
                        // fine
                    }
                    try {
                        return AstDump.dump(Parser.parseFile(in, "fuzz.py"));
                    } catch (PySyntaxError e) {
                        return e;
                    }
                });
                Object r;
                try {
                    r = f.get(10, TimeUnit.SECONDS);
                } catch (TimeoutException t) {
                    bad.add("hang: " + snippet(in));
                    f.cancel(true);
                    break;
                } catch (java.util.concurrent.ExecutionException e) {
                    bad.add(e.getCause() + ": " + snippet(in));
                    continue;
                }
                if (r instanceof PySyntaxError) {
                    errors++;
                } else {
                    trees++;
                }
            }
        } finally {
            ex.shutdownNow();
        }
        System.out.println("fuzz: " + trees + " trees, " + errors + " syntax errors, " + bad.size() + " failures");
        assertTrue(bad.isEmpty(), String.join("\n", bad.subList(0, Math.min(10, bad.size()))));
    }

    private static String snippet(byte[] in) {
        String s = new String(in, StandardCharsets.UTF_8);
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    /** Deeply nested input: CPython raises MemoryError, RecursionError or SyntaxError. */
    static List<byte[]> deep() {
        List<String> s = List.of("-".repeat(100000) + "1", "not ".repeat(50000) + "x", "(".repeat(250) + ")".repeat(250),
            "x" + ".a".repeat(100000), "a" + "+a".repeat(100000), "f" + "()".repeat(50000), "[".repeat(5000),
            "lambda: ".repeat(20000) + "0", "a if b else ".repeat(20000) + "c", "if x:\n" + " ".repeat(200) + "y\n",
            "f'{" .repeat(200) + "x" + "}'".repeat(200), "x = " + "{".repeat(199) + "}".repeat(199),
            "def f():\n" + "  ".repeat(1) + "pass\n".repeat(1) + "\n".repeat(3), "match x:\n case " + "[".repeat(190)
                + "]".repeat(190) + ": pass\n");
        List<byte[]> out = new ArrayList<>();
        for (String x : s) {
            out.add(x.getBytes(StandardCharsets.UTF_8));
        }
        StringBuilder ind = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            ind.append(" ".repeat(i)).append("if x:\n");
        }
        ind.append(" ".repeat(120)).append("pass\n");
        out.add(ind.toString().getBytes(StandardCharsets.UTF_8));
        return out;
    }

    static byte[] mutate(byte[] src, Random rnd) {
        String s = new String(src, StandardCharsets.UTF_8);
        int n = 1 + rnd.nextInt(3);
        for (int k = 0; k < n; k++) {
            if (rnd.nextBoolean()) {
                List<String> toks = new ArrayList<>();
                Matcher m = TOKEN.matcher(s);
                while (m.find()) {
                    toks.add(m.group());
                }
                if (toks.size() < 2) {
                    continue;
                }
                int i = rnd.nextInt(toks.size() - 1);
                switch (rnd.nextInt(4)) {
                    case 0 -> toks.remove(i);
                    case 1 -> toks.add(i, toks.get(i));
                    case 2 -> {
                        String t = toks.get(i);
                        toks.set(i, toks.get(i + 1));
                        toks.set(i + 1, t);
                    }
                    default -> toks.add(i, toks.get(rnd.nextInt(toks.size())));
                }
                s = String.join("", toks);
            } else {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                if (b.length < 2) {
                    continue;
                }
                int i = rnd.nextInt(b.length - 1);
                byte[] out;
                switch (rnd.nextInt(4)) {
                    case 0 -> {
                        out = new byte[b.length - 1];
                        System.arraycopy(b, 0, out, 0, i);
                        System.arraycopy(b, i + 1, out, i, b.length - i - 1);
                    }
                    case 1 -> {
                        out = new byte[b.length + 1];
                        System.arraycopy(b, 0, out, 0, i);
                        String pool = "()[]{}'\"\\:\n\t #@=*fbr\u00e9";
                        out[i] = (byte) pool.charAt(rnd.nextInt(pool.length()));
                        System.arraycopy(b, i, out, i + 1, b.length - i);
                    }
                    case 2 -> {
                        out = b.clone();
                        byte t = out[i];
                        out[i] = out[i + 1];
                        out[i + 1] = t;
                    }
                    default -> {
                        out = b.clone();
                        out[i] = (byte) rnd.nextInt(256);
                    }
                }
                return out;
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Sources to mutate: a sample of CPython's Lib when present, else the invalid corpus. */
    static List<byte[]> sources() throws Exception {
        List<byte[]> out = new ArrayList<>();
        if (CPython.present()) {
            Path root = Path.of(System.getProperty("pyvm.root", "."));
            String lib = CPython.run(root, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").out().strip();
            List<Path> files;
            try (Stream<Path> st = Files.walk(Path.of(lib))) {
                files = st.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("/site-packages/"))
                    .sorted().toList();
            }
            for (int i = 0; i < files.size(); i += 37) {
                byte[] b = Files.readAllBytes(files.get(i));
                if (b.length < 20000) {
                    out.add(b);
                }
            }
        }
        for (String c : InvalidCorpusTest.cases()) {
            out.add(c.getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }
}
