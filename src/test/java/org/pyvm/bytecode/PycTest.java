package org.pyvm.bytecode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyvm.testing.CPython;

/** {@link Pyc} against the .pyc files CPython 3.12 writes and the errors it gives for bad ones. */
class PycTest {

    @TempDir
    Path tmp;

    @Test
    void readsTimestampAndHashBasedPycs() throws Exception {
        String out = PyOracle.run(tmp, Canon.PYTHON + """
            import sys, os, py_compile, importlib.util
            src = importlib.util.find_spec('json.decoder').origin
            for mode in ('TIMESTAMP', 'CHECKED_HASH', 'UNCHECKED_HASH'):
                dst = os.path.join(sys.argv[1], mode + '.pyc')
                py_compile.compile(src, cfile=dst, invalidation_mode=py_compile.PycInvalidationMode[mode], doraise=True)
                data = open(dst, 'rb').read()
                st = os.stat(src)
                print(mode, int.from_bytes(data[4:8], 'little'), int(st.st_mtime) & 0xffffffff,
                      st.st_size & 0xffffffff, data[8:16].hex(),
                      importlib.util.source_hash(open(src, 'rb').read()).hex(), canon(marshal.loads(data[16:])))
            print('SOURCE', src)
            """, tmp.toString());
        List<String> lines = out.lines().toList();
        byte[] source = Files.readAllBytes(Path.of(lines.get(3).substring(7)));
        for (String line : lines.subList(0, 3)) {
            String[] f = line.split(" ", 7);
            byte[] data = Files.readAllBytes(tmp.resolve(f[0] + ".pyc"));
            Pyc pyc = Pyc.read(data);
            assertEquals(Integer.parseInt(f[1]), pyc.header().flags(), f[0]);
            if (f[0].equals("TIMESTAMP")) {
                assertEquals(Long.parseLong(f[2]), pyc.header().mtime());
                assertEquals(Long.parseLong(f[3]), pyc.header().sourceSize());
            } else {
                assertEquals(f[4], HexFormat.of().formatHex(pyc.header().sourceHash()));
                assertEquals(f[0].equals("CHECKED_HASH"), pyc.header().checkSource());
            }
            assertEquals(f[5], HexFormat.of().formatHex(Pyc.sourceHash(source)), "SipHash-1-3 of the source");
            assertEquals(f[6], Canon.of(pyc.code()));
            assertEquals(pyc, Pyc.load(data, "json.decoder", "x.pyc"));
            assertArrayEquals(Arrays.copyOf(data, 16), pyc.header().toBytes());
            assertArrayEquals(data, pyc.toBytes(), "rewritten .pyc is byte-identical to py_compile's");
        }
        assertArrayEquals(Pyc.MAGIC, new byte[] {(byte) (Pyc.MAGIC_NUMBER & 0xff), (byte) (Pyc.MAGIC_NUMBER >> 8), '\r', '\n'});
    }

    @Test
    void sourceHashMatchesImportlib() throws Exception {
        byte[][] sources = {new byte[0], "x".getBytes(), "print(1)\n".getBytes(), new byte[7], new byte[8], new byte[9],
            new byte[1000]};
        for (int i = 0; i < sources.length; i++) {
            Arrays.fill(sources[i], (byte) ('a' + i));
            Files.write(tmp.resolve("s" + i), sources[i]);
        }
        String out = PyOracle.run(tmp, """
            import sys, importlib.util
            for i in range(int(sys.argv[1])): print(importlib.util.source_hash(open('s%d' % i, 'rb').read()).hex())
            """, "" + sources.length);
        List<String> ours = new ArrayList<>();
        for (byte[] s : sources) {
            ours.add(HexFormat.of().formatHex(Pyc.sourceHash(s)));
        }
        assertEquals(out.lines().toList(), ours);
    }

    /** CPython runs the .pyc files we write, and imports them. */
    @Test
    void cpythonRunsAndImportsPycsWeWrite() throws Exception {
        PyOracle.assumePresent();
        Path src = tmp.resolve("hello.py");
        Files.writeString(src, "import sys\nprint('hello', sum(x * x for x in range(10)), __name__)\n");
        CPython.run(tmp, "-c", "import py_compile; py_compile.compile('hello.py', cfile='orig.pyc', doraise=True)");
        Pyc orig = Pyc.read(tmp.resolve("orig.pyc"));
        Files.write(tmp.resolve("ours.pyc"), new Pyc(orig.header(), orig.code()).toBytes());
        Path pkg = Files.createDirectories(tmp.resolve("lib/__pycache__"));
        Files.write(pkg.resolve("hello.cpython-312.pyc"), new Pyc(Pyc.Header.hashBased(Files.readAllBytes(src), true),
            orig.code()).toBytes());
        Files.copy(src, tmp.resolve("lib/hello.py"));
        CPython.Result run = CPython.run(tmp, "ours.pyc");
        assertEquals("hello 285 __main__\n", run.out(), run.err());
        CPython.Result imp = CPython.run(tmp.resolve("lib"), "-c",
            "import hello, sys; print(hello.__cached__.endswith('hello.cpython-312.pyc'))");
        assertEquals("hello 285 hello\nTrue\n", imp.out(), imp.err());
    }

    /** Bad files give CPython's messages, both when run as a file and when imported. */
    @Test
    void badFilesGiveCPythonsErrors() throws Exception {
        PyOracle.assumePresent();
        Files.writeString(tmp.resolve("m.py"), "print('hi')\n");
        CPython.run(tmp, "-c", "import py_compile; py_compile.compile('m.py', cfile='m.pyc', doraise=True)");
        byte[] good = Files.readAllBytes(tmp.resolve("m.pyc"));
        Map<String, byte[]> cases = new LinkedHashMap<>();
        cases.put("badmagic", concat(new byte[] {0, 0, '\r', '\n'}, Arrays.copyOfRange(good, 4, good.length)));
        cases.put("empty", new byte[0]);
        cases.put("three", Arrays.copyOf(good, 3));
        cases.put("ten", Arrays.copyOf(good, 10));
        cases.put("header", Arrays.copyOf(good, 16));
        cases.put("trunc", Arrays.copyOf(good, 30));
        cases.put("flags", concat(Arrays.copyOf(good, 4), new byte[] {4, 0, 0, 0}, Arrays.copyOfRange(good, 8, good.length)));
        cases.put("notcode", concat(Arrays.copyOf(good, 16), new byte[] {'N'}));
        List<String> names = new ArrayList<>(cases.keySet());
        for (var e : cases.entrySet()) {
            Files.write(tmp.resolve(e.getKey() + ".pyc"), e.getValue());
        }
        String expected = PyOracle.run(tmp, """
            import sys, subprocess, importlib._bootstrap_external as b
            for name in sys.argv[1:]:
                p = subprocess.run([sys.executable, name + '.pyc'], capture_output=True, text=True)
                run = (p.stderr.strip().splitlines() or ['OK'])[-1]
                data = open(name + '.pyc', 'rb').read()
                try:
                    b._classify_pyc(data, name, {})
                    co = b._compile_bytecode(memoryview(data)[16:], name, name + '.pyc')
                    imp = 'OK'
                except Exception as e:
                    imp = type(e).__name__ + ': ' + str(e)
                print(name, '|', run, '|', imp)
            """, names.toArray(String[]::new));
        List<String> ours = new ArrayList<>();
        for (String name : names) {
            byte[] data = cases.get(name);
            String run = outcome(() -> Pyc.read(data));
            String imp = outcome(() -> Pyc.load(data, name, name + ".pyc"));
            ours.add(name + " | " + run + " | " + imp);
        }
        assertEquals(expected.lines().toList(), ours);
    }

    private static String outcome(Runnable r) {
        try {
            r.run();
            return "OK";
        } catch (MarshalException e) {
            return e.toString();
        }
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        assertTrue(at == n);
        return out;
    }
}
