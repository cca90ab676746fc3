package org.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pyvm.testing.CPython;
import org.pyvm.testing.Golden;

/**
 * CPython's own regression tests on pyvm: the modules of {@code tests/suite/ci-modules.txt}
 * (a subset of Lib/test chosen to run in a few minutes) pass exactly the tests that
 * {@code tests/suite/passing/MODULE.txt} lists, no fewer (a regression) and no more (a
 * list to bring up to date with {@code tests/suite/run --update MODULE}). The work is
 * done by {@code tests/suite/run.py --check} under CPython 3.12, which runs each module in
 * a pyvm process of its own (built from target/classes, so no jar is needed) with a time
 * limit; the same script checks every module with {@code tests/suite/run --check}.
 * Skipped when there is no CPython 3.12 (whose Lib/test pyvm would run).
 */
class CPythonSuiteTest {

    /** Seconds one module may take on pyvm before it counts as failed. */
    static final int MODULE_TIMEOUT = 150;

    @Test
    void ciModulesPassExactlyTheListedTests() throws Exception {
        assumeTrue(CPython.present(), "no CPython 3.12 found: CPython's Lib/test on pyvm (tests/suite) not checked");
        Path root = Golden.root();
        Path stdlibTest = Path.of(CPython.run(root, "-c",
            "import sysconfig, os; print(os.path.join(sysconfig.get_path('stdlib'), 'test'))").out().strip());
        assumeTrue(Files.isRegularFile(stdlibTest.resolve("libregrtest/main.py")),
            "CPython 3.12 has no Lib/test at " + stdlibTest + ": tests/suite not checked");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String pyvm = java + " -XX:+UseSerialGC -Xlog:disable --enable-native-access=ALL-UNNAMED --add-opens=java.base/sun.nio.fs=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED -cp " + root.resolve("target/classes") + " org.pyvm.cli.Main";
        Path out = root.resolve("target/suite-ci");
        List<String> cmd = List.of(CPython.find().orElseThrow().toString(), root.resolve("tests/suite/run.py").toString(),
            "--ci", "--no-cpython", "--check", "-j", "2", "--timeout", String.valueOf(MODULE_TIMEOUT),
            "--pyvm", pyvm, "--out", out.toString());
        Process p = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        System.out.println("CPythonSuiteTest (tests/suite/run --ci --check):\n" + report);
        assertEquals(0, p.exitValue(), "CPython's Lib/test on pyvm differs from tests/suite/passing "
            + "(logs in target/suite-ci/pyvm/MODULE.log):\n" + report);
    }
}
