package org.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyvm.testing.CPython;

/**
 * {@code pyvm --compile}: folders compiled recursively to OUTDIR with the same relative
 * paths, files beside their source, and errors reported as {@code python -m py_compile}
 * reports them (compared with CPython 3.12 when present); CPython runs what we wrote.
 */
class CompileCommandTest {

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
            Integer.toString(status)};
    }

    @Test
    void foldersAndFiles(@TempDir Path tmp) throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src/pkg/sub"));
        Files.writeString(tmp.resolve("src/main.py"), "import sys\nprint('main', len(sys.argv))\n");
        Files.writeString(src.resolve("mod.py"), "def f(x):\n    return [i * x for i in range(3)]\n");
        Path out = tmp.resolve("out");
        String[] r = run("--compile", "-o", out.toString(), tmp.resolve("src").toString());
        assertEquals("0", r[2], r[1]);
        assertTrue(Files.exists(out.resolve("main.pyc")));
        assertTrue(Files.exists(out.resolve("pkg/sub/mod.pyc")));
        r = run("--compile", tmp.resolve("src/main.py").toString());
        assertEquals("0", r[2], r[1]);
        assertTrue(Files.exists(tmp.resolve("src/main.pyc")));
        if (CPython.present()) {
            CPython.Result cr = CPython.run(out, "main.pyc");
            assertEquals("main 1\n", cr.out(), cr.err());
            cr = CPython.run(out, "-c", "from pkg.sub.mod import f; print(f(2))");
            assertEquals("[0, 2, 4]\n", cr.out(), cr.err());
        }
    }

    @Test
    void errorsAsPyCompile(@TempDir Path tmp) throws Exception {
        assumeTrue(CPython.present(), "no CPython 3.12");
        String[] sources = {"def f():\n    x = 1\n    global x\n", "x = (1,\n", "def f(:\n  pass\n",
            "for x in y:\n    pass\nbreak\n", "def g():\n    nonlocal q\n"};
        for (int i = 0; i < sources.length; i++) {
            Path f = tmp.resolve("bad" + i + ".py");
            Files.writeString(f, sources[i]);
            String[] r = run("--compile", f.toString());
            CPython.Result cr = CPython.run(tmp, "-m", "py_compile", f.toString());
            assertEquals(cr.err(), r[1], sources[i]);
            assertEquals(Integer.toString(cr.status()), r[2]);
        }
    }
}
