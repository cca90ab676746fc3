package org.pyvm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pyvm.cli.Main;
import org.pyvm.testing.CPython;
import org.pyvm.testing.Golden;

/**
 * Runs the golden programs of _collections, itertools, _functools and _operator
 * (tests/programs/{itertools,collections_c,functools_c,operator_c}) on pyvm: each is
 * compiled to a .pyc by CPython 3.12, run in this JVM, and its output compared with the
 * committed expectation. Skipped without CPython (it is the compiler here).
 */
class CoreModulesGoldenTest {

    private static final Set<String> AREAS = Set.of("itertools", "collections_c", "functools_c", "operator_c");

    @TestFactory
    Stream<DynamicTest> programsMatchCPython() throws Exception {
        return Golden.programs().stream().filter(p -> AREAS.contains(p.area()))
            .map(p -> DynamicTest.dynamicTest(p.toString(), () -> {
                assumeTrue(CPython.present(), "skipped: no CPython 3.12 on this machine");
                Path dir = Files.createTempDirectory("pyvm-coremods");
                Path pyc = dir.resolve(p.name() + ".pyc");
                CPython.Result c = CPython.run(p.source().getParent(), "-c",
                    "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)",
                    p.source().toString(), pyc.toString());
                assertEquals(0, c.status(), c.err());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int status;
                try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                     PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                    status = Main.run(new String[] {pyc.toString()}, new ByteArrayInputStream(new byte[0]), o, e);
                }
                String got = out.toString(StandardCharsets.UTF_8);
                String gotErr = err.toString(StandardCharsets.UTF_8);
                assertEquals(p.expectedOut(), got, "stdout of " + p + "\nstderr:\n" + gotErr);
                assertEquals(p.expectedStatus(), status, "exit status of " + p + "\nstderr:\n" + gotErr);
                Files.deleteIfExists(pyc);
                Files.deleteIfExists(dir);
            }));
    }
}
