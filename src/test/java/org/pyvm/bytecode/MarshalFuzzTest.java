package org.pyvm.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds the reader truncated and corrupted real .pyc files (CPython compiles them at test
 * time; fixed seed). The reader must return a value or throw {@link MarshalException},
 * never anything else, never hang; and it must agree with CPython's {@code marshal.loads}
 * on every input, value for value and message for message, except for the deliberate
 * differences documented in {@link MarshalReader} (self-containing tuples), inputs on
 * which CPython itself crashes or corrupts its memory (a non-string name, impossible
 * local kinds) and inputs on which it takes over half a second (huge allocations).
 */
class MarshalFuzzTest {

    @TempDir
    Path tmp;

    static final String[] MODULES = {"bisect", "json.decoder", "string", "textwrap"};
    static final int MUTANTS = 3000;

    // Runs each case in a forked child that processes cases until done or until it
    // dies; a case that kills CPython (Py_FatalError) is reported as CRASH.
    private static final String DRIVER = Canon.PYTHON + """
        import sys, os, struct, hashlib, resource, signal
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a crashing child must not dump core (slow)
        def digest(r):
            r = r.replace('\\n', '\\\\n')
            return r if len(r) < 150 else r[:100] + '... sha1:' + hashlib.sha1(r.encode()).hexdigest()
        cases = []
        blob = open(sys.argv[1], 'rb').read()
        i = 0
        while i < len(blob):
            n = struct.unpack('<i', blob[i:i+4])[0]; cases.append(blob[i+4:i+4+n]); i += 4 + n
        out = sys.stdout
        start = 0
        while start < len(cases):
            r, w = os.pipe()
            pid = os.fork()
            if pid == 0:
                os.close(r)
                f = os.fdopen(w, 'w')
                for c in cases[start:]:
                    # Some corrupt sizes make CPython allocate (and free, item by item) a
                    # huge container: a case that takes too long is cut off and reported SLOW.
                    signal.setitimer(signal.ITIMER_REAL, 0.5)
                    r = digest(result(c))
                    signal.setitimer(signal.ITIMER_REAL, 0)
                    f.write(r + '\\n'); f.flush()
                os._exit(0)
            os.close(w)
            lines = os.fdopen(r).read().split('\\n')[:-1]
            _, status = os.waitpid(pid, 0)
            for line in lines: out.write(line + '\\n')
            start += len(lines)
            if status != 0:
                slow = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGALRM
                out.write(('SLOW' if slow else 'CRASH') + '\\n'); start += 1
        """;

    @Test
    void truncatedAndCorruptedPycsAgreeWithCPython() throws Exception {
        String compiled = PyOracle.run(tmp, """
            import sys, os, py_compile, importlib.util
            for m in sys.argv[2:]:
                py_compile.compile(importlib.util.find_spec(m).origin, cfile=os.path.join(sys.argv[1], m + '.pyc'), doraise=True)
                print(m)
            """, concat(tmp.toString(), MODULES));
        assertEquals(List.of(MODULES), compiled.lines().toList());
        List<byte[]> bodies = new ArrayList<>();
        for (String m : MODULES) {
            byte[] pyc = Files.readAllBytes(tmp.resolve(m + ".pyc"));
            bodies.add(Arrays.copyOfRange(pyc, Pyc.HEADER_SIZE, pyc.length));
        }
        List<byte[]> cases = new ArrayList<>();
        byte[] small = bodies.get(0);
        for (int k = 0; k < small.length; k++) { // every proper prefix of one file
            cases.add(Arrays.copyOf(small, k));
        }
        Random rnd = new Random(20261122);
        for (int i = 0; i < MUTANTS; i++) {
            byte[] m = bodies.get(i % bodies.size()).clone();
            int flips = 1 + rnd.nextInt(3);
            for (int f = 0; f < flips; f++) {
                int at = rnd.nextInt(m.length);
                m[at] = rnd.nextBoolean() ? (byte) (m[at] ^ (1 << rnd.nextInt(8))) : (byte) rnd.nextInt(256);
            }
            cases.add(m);
        }

        long t0 = System.nanoTime();
        // Our side first, under a time limit: value or MarshalException, nothing else.
        List<String> ours = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            List<String> r = new ArrayList<>();
            for (byte[] c : cases) {
                try {
                    r.add(digest(Canon.result(c)));
                    decodeTables(c);
                } catch (RuntimeException | StackOverflowError e) {
                    fail("reader threw " + e + " for a case of " + c.length + " bytes");
                }
                try { // the same through the .pyc reader
                    Pyc.read(concat(Arrays.copyOf(Pyc.MAGIC, 16), c));
                } catch (MarshalException expected) {
                    // fine
                }
            }
            return r;
        });

        long t1 = System.nanoTime();
        ByteArrayOutputStream blob = new ByteArrayOutputStream();
        for (byte[] c : cases) {
            blob.write(new byte[] {(byte) c.length, (byte) (c.length >> 8), (byte) (c.length >> 16), (byte) (c.length >> 24)});
            blob.write(c);
        }
        Path in = tmp.resolve("cases.bin");
        Files.write(in, blob.toByteArray());
        List<String> theirs = PyOracle.run(tmp, DRIVER, in.toString()).lines().toList();
        assertEquals(cases.size(), theirs.size());
        long t2 = System.nanoTime();

        List<String> diffs = new ArrayList<>();
        int errors = 0, values = 0, crashes = 0, cycles = 0, slow = 0;
        for (int i = 0; i < cases.size(); i++) {
            String o = ours.get(i), t = theirs.get(i);
            if (o.startsWith("ERR")) {
                errors++;
            } else {
                values++;
            }
            if (o.equals(t)) {
                continue;
            }
            if (t.equals("SLOW")) { // CPython needed more than 0.5 s (a huge allocation); ours did not
                slow++;
                continue;
            }
            // CPython died (Py_FatalError, or worse) or corrupted its memory (its
            // get_localsplus_names writes past a tuple for some corrupt kinds); ours
            // returned or threw MarshalException, which is all that can be asked.
            if (t.equals("CRASH") || t.startsWith("BROKEN")) {
                crashes++;
                continue;
            }
            if (o.equals("ERR ValueError: bad marshal data (invalid reference)") && t.startsWith("OK") && t.contains("<cycle>")) {
                cycles++;
                continue;
            }
            String dump = System.getProperty("pyvm.fuzz.dump"); // a folder to keep differing cases in
            if (dump != null) {
                Files.createDirectories(Path.of(dump));
                Files.write(Path.of(dump, i + ".bin"), cases.get(i));
            }
            diffs.add("case " + i + " (" + cases.get(i).length + " bytes)\n  CPython: " + abbrev(t) + "\n  pyvm:    " + abbrev(o));
        }
        System.out.printf("MarshalFuzzTest: %d cases, %d errors, %d values; CPython crashed/broke on %d, too slow on %d,"
            + " gave a cyclic value on %d; pyvm %d ms, CPython %d ms%n", cases.size(), errors, values, crashes, slow,
            cycles, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        assertTrue(diffs.isEmpty(), diffs.size() + " differences from CPython:\n"
            + String.join("\n", diffs.subList(0, Math.min(8, diffs.size()))));
    }

    // The interpreter decodes the tables of whatever it loaded: that must not throw either.
    private static void decodeTables(byte[] data) {
        Object v;
        try {
            v = MarshalReader.loads(data);
        } catch (MarshalException e) {
            return;
        }
        decodeTables(v);
    }

    private static void decodeTables(Object v) {
        if (v instanceof CodeObject c) {
            c.exceptionTable().handlerFor(0);
            c.locationTable().positions();
            c.locationTable().lines();
            c.locationTable().lineAt(c.codeLength() / 2 * 2);
            for (Object k : c.consts()) {
                decodeTables(k);
            }
        } else if (v instanceof TupleConst t) {
            for (Object k : t.items()) {
                decodeTables(k);
            }
        }
    }

    // Long results travel as a prefix and a SHA-1, like the Python side's digest().
    private static String digest(String r) {
        r = r.replace("\n", "\\n");
        if (r.length() < 150) {
            return r;
        }
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-1").digest(r.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return r.substring(0, 100) + "... sha1:" + java.util.HexFormat.of().formatHex(h);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static String abbrev(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    private static String[] concat(String first, String[] rest) {
        String[] out = new String[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
