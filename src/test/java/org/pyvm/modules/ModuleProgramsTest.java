package org.pyvm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.pyvm.cli.Main;
import org.pyvm.testing.CPython;
import org.pyvm.testing.Golden;

/**
 * Runs the golden programs of the math and time areas on pyvm (CPython's .pyc of each,
 * in-process) and compares the output with the committed expectation.
 */
class ModuleProgramsTest {

    @TempDir
    static Path tmp;

    @TestFactory
    Stream<DynamicTest> mathAndTimePrograms() throws Exception {
        return Golden.programs().stream().filter(p -> p.area().equals("math") || p.area().equals("time"))
            .map(p -> DynamicTest.dynamicTest(p.toString(), () -> {
                assumeTrue(CPython.present(), "skipped: no CPython 3.12 to compile the program");
                Path pyc = tmp.resolve(p.area() + "_" + p.name() + ".pyc");
                CPython.Result c = CPython.run(p.source().getParent(), "-c",
                    "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)",
                    p.source().getFileName().toString(), pyc.toString());
                assertEquals(0, c.status(), c.err());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int status;
                try (PrintStream po = new PrintStream(out, true, StandardCharsets.UTF_8);
                    PrintStream pe = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                    status = Main.run(new String[] {pyc.toString()}, new ByteArrayInputStream(new byte[0]), po, pe);
                }
                assertEquals(p.expectedOut(), out.toString(StandardCharsets.UTF_8),
                    "stdout of " + p + "; stderr: " + err.toString(StandardCharsets.UTF_8));
                assertEquals(p.expectedStatus(), status, "exit status of " + p);
            }));
    }
}
