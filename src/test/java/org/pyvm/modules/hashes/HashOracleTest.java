package org.pyvm.modules.hashes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyvm.cli.Main;
import org.pyvm.testing.CPython;

/**
 * Hashes generated messages (lengths around every block size, fed in random pieces) with
 * every function of _md5, _sha1, _sha2, _sha3 and _blake2 (random BLAKE2 parameters),
 * plus _random's sequences for random seeds, on CPython 3.12 and on pyvm: every line equal.
 */
class HashOracleTest {

    private final Random rnd = new Random(3_2026_11_22L);
    private final List<String> cases = new ArrayList<>();

    void generate() {
        String[] fns = {"_md5.md5", "_sha1.sha1", "_sha2.sha224", "_sha2.sha256", "_sha2.sha384", "_sha2.sha512",
            "_sha3.sha3_224", "_sha3.sha3_256", "_sha3.sha3_384", "_sha3.sha3_512", "_sha3.shake_128",
            "_sha3.shake_256", "_blake2.blake2b", "_blake2.blake2s"};
        for (int i = 0; i < 600; i++) {
            String fn = fns[rnd.nextInt(fns.length)];
            int len = rnd.nextInt(4) == 0 ? rnd.nextInt(1000) : 64 * rnd.nextInt(5) + rnd.nextInt(9) - 4;
            len = Math.max(0, len);
            String params = "";
            if (fn.startsWith("_blake2")) {
                boolean b = fn.endsWith("b");
                int max = b ? 64 : 32;
                params = (1 + rnd.nextInt(max)) + "," + rnd.nextInt(max + 1) + "," + rnd.nextInt(b ? 17 : 9) + ","
                    + rnd.nextInt(b ? 17 : 9) + "," + rnd.nextInt(256) + "," + (1 + rnd.nextInt(255)) + ","
                    + rnd.nextInt(1 << 20) + "," + rnd.nextInt(1 << 30) + "," + rnd.nextInt(256) + ","
                    + rnd.nextInt(max + 1) + "," + rnd.nextBoolean();
            }
            cases.add("h|" + fn + "|" + len + "|" + rnd.nextInt(1 << 30) + "|" + (1 + rnd.nextInt(200)) + "|" + params);
        }
        for (int i = 0; i < 100; i++) {
            long seed = rnd.nextInt(4) == 0 ? rnd.nextLong() : rnd.nextInt(1000);
            cases.add("r|" + seed + "|" + (rnd.nextInt(3) == 0 ? "9999999999999999999999999" : "") + "|" + rnd.nextInt(300));
        }
    }

    static final String SCRIPT = """
        import _md5, _sha1, _sha2, _sha3, _blake2, _random
        MODS = {'_md5': _md5, '_sha1': _sha1, '_sha2': _sha2, '_sha3': _sha3, '_blake2': _blake2}
        for line in CASES.splitlines():
            if not line:
                continue
            f = line.split('|')
            try:
                if f[0] == 'h':
                    mod, name = f[1].split('.')
                    ctor = getattr(MODS[mod], name)
                    n, seed, step = int(f[2]), int(f[3]), int(f[4])
                    data = bytes((seed * (i + 7) * 2654435761 >> 7) & 255 for i in range(n))
                    if f[5]:
                        p = f[5].split(',')
                        h = ctor(digest_size=int(p[0]), key=bytes(range(int(p[1]))), salt=b's' * int(p[2]),
                                 person=b'p' * int(p[3]), fanout=int(p[4]), depth=int(p[5]), leaf_size=int(p[6]),
                                 node_offset=int(p[7]), node_depth=int(p[8]), inner_size=int(p[9]), last_node=p[10] == 'true')
                    else:
                        h = ctor()
                    for i in range(0, n, step):
                        h.update(data[i:i + step])
                    c = h.copy()
                    out = h.hexdigest(33) if name.startswith('shake') else h.hexdigest()
                    c.update(b'x')
                    out += ' ' + (c.hexdigest(5) if name.startswith('shake') else c.hexdigest())
                else:
                    r = _random.Random(int(f[1] + f[2]))
                    k = int(f[3])
                    out = repr((r.random(), r.getrandbits(k), r.random(), r.getstate()[k % 625]))
            except Exception as e:
                out = 'e:' + type(e).__name__ + ':' + str(e)
            print(out)
        """;

    @Test
    void hashesAndRandomAgreeWithCPython(@TempDir Path dir) throws Exception {
        assumeTrue(CPython.present(), "skipped: no CPython 3.12 on this machine");
        generate();
        Files.writeString(dir.resolve("oracle.py"), "CASES = '''\n" + String.join("\n", cases) + "\n'''\n" + SCRIPT);
        CPython.Result c = CPython.run(dir, "-c",
            "import py_compile; py_compile.compile('oracle.py', cfile='oracle.pyc', doraise=True)");
        assertEquals(0, c.status(), c.err());
        CPython.Result expected = CPython.run(dir, "oracle.py");
        assertEquals(0, expected.status(), expected.err());
        String[] want = expected.out().split("\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream po = new PrintStream(out, true, StandardCharsets.UTF_8);
            PrintStream pe = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Main.run(new String[] {dir.resolve("oracle.pyc").toString()}, new ByteArrayInputStream(new byte[0]),
                po, pe);
        }
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        String[] have = out.toString(StandardCharsets.UTF_8).split("\n", -1);
        assertTrue(have.length >= want.length, "pyvm printed fewer lines");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < want.length; i++) {
            if (!want[i].equals(have[i]) && failures.size() < 20) {
                failures.add(cases.get(i) + "\n   CPython " + want[i] + "\n   pyvm    " + have[i]);
            }
        }
        System.out.println("hash/random oracle: " + want.length + " cases, " + failures.size() + " differ");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
