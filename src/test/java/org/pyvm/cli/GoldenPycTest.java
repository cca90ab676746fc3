package org.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    @Test
    void goldenProgramsRunAsCPythonRunsThem() throws Exception {
        assumeTrue(CPython.present(), "CPython 3.12 not found");
        List<Golden.Program> programs = Golden.programs();
        Path tmp = Files.createTempDirectory("pyvm-golden-pyc");
        List<Path> pycs = compileAll(programs, tmp);
        Map<Golden.Program, Path> pycOf = new HashMap<>();
        for (int i = 0; i < programs.size(); i++) {
            pycOf.put(programs.get(i), pycs.get(i));
        }
        // A program CPython refuses to compile has no .pyc and is not run in this mode.
        GoldenModes.check("GoldenPycTest", "known-failures-pyc.txt", programs,
            p -> Files.exists(pycOf.get(p)) ? new String[] {pycOf.get(p).toString()} : null);
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
}
