package org.pyvm.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.testing.CPython;

/** Runs a Python script in the reference CPython 3.12 for this package's tests; skips when absent. */
final class PyOracle {

    private PyOracle() {}

    static void assumePresent() {
        assumeTrue(CPython.present(), "CPython 3.12 not found");
    }

    /** Runs SCRIPT (the text of a .py file) with ARGS in DIR and returns its standard output. */
    static String run(Path dir, String script, String... args) throws IOException, InterruptedException {
        assumePresent();
        Path file = Files.createTempFile(dir, "oracle", ".py");
        Files.writeString(file, script);
        List<String> all = new ArrayList<>();
        all.add(file.toString());
        all.addAll(List.of(args));
        CPython.Result r = CPython.run(dir, all.toArray(String[]::new));
        assertEquals(0, r.status(), () -> "CPython failed:\n" + r.err());
        return r.out();
    }
}
