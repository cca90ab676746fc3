package org.pyvm.modules.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pyvm.cli.Main;
import org.pyvm.testing.CPython;

/**
 * The _sre module glue (Pattern, Match, Scanner, Template) against CPython 3.12, without
 * the re package: sre_glue_gen.py, run by CPython, records the arguments CPython's
 * re._compiler passes to _sre.compile and the lists re._parser.parse_template makes for
 * a set of patterns and replacements, and prints them as a program (followed by
 * sre_glue_body.py) that replays them through _sre directly: match/search/fullmatch with
 * pos/endpos, findall, finditer, split, sub/subn with callables and templates, expand,
 * scanners, every Match accessor, reprs, equality, and the error cases. CPython runs the
 * program for the expected output; pyvm runs CPython's .pyc of it in this JVM.
 */
class SreModuleTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = SreModuleTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void replayedCompileArgumentsBehaveAsInCPython() throws Exception {
        assumeTrue(CPython.present(), "CPython 3.12 not found");
        Path dir = Files.createTempDirectory("pyvm-sreglue");
        Path gen = dir.resolve("gen.py");
        Files.writeString(gen, resource("sre_glue_gen.py"), StandardCharsets.UTF_8);
        CPython.Result g = CPython.run(dir, gen.toString());
        assertEquals(0, g.status(), g.err());
        Path prog = dir.resolve("glue.py");
        Files.writeString(prog, g.out() + resource("sre_glue_body.py"), StandardCharsets.UTF_8);
        CPython.Result want = CPython.run(dir, prog.toString());
        assertEquals(0, want.status(), want.err());
        Path pyc = dir.resolve("glue.pyc");
        CPython.Result c = CPython.run(dir, "-c",
            "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)",
            prog.toString(), pyc.toString());
        assertEquals(0, c.status(), c.err());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Main.run(new String[] {pyc.toString()}, new ByteArrayInputStream(new byte[0]), o, e);
        }
        String got = out.toString(StandardCharsets.UTF_8);
        String[] wantLines = want.out().split("\n", -1);
        String[] gotLines = got.split("\n", -1);
        assertTrue(wantLines.length > 2000, "the oracle printed too little: " + wantLines.length + " lines");
        for (int i = 0; i < Math.min(wantLines.length, gotLines.length); i++) {
            assertEquals(wantLines[i], gotLines[i], "line " + (i + 1) + "\nstderr:\n" + err.toString(StandardCharsets.UTF_8));
        }
        assertEquals(wantLines.length, gotLines.length, "line count\nstderr:\n" + err.toString(StandardCharsets.UTF_8));
        assertEquals(0, status);
        for (Path p : new Path[] {gen, prog, pyc}) {
            Files.deleteIfExists(p);
        }
        Files.deleteIfExists(dir);
    }
}
