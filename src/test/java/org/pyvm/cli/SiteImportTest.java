package org.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyvm.interp.Interpreter;
import org.pyvm.modules.Setup;
import org.pyvm.modules.SysConfig;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.testing.CPython;

/**
 * The start-up import of site: skipped when no standard library was found, imported
 * when one was, and fatal when it fails, with CPython's text
 * (compare {@code python3.12 -X frozen_modules=off} with a site.py that raises).
 */
class SiteImportTest {

    @TempDir
    Path dir;

    private ByteArrayOutputStream err;

    private void setUp(boolean withStdlib) throws Exception {
        Interpreter.install();
        CompilerBridge.install();
        SysConfig c = new SysConfig();
        c.path = List.of(dir.toString());
        c.dontWriteBytecode = true;
        c.stdlibDir = withStdlib ? dir.toString() : null;
        err = new ByteArrayOutputStream();
        Setup.init(c, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void skippedWithoutAStandardLibrary() throws Exception {
        Files.writeString(dir.resolve("site.py"), "raise ValueError('site broke')\n");
        setUp(false);
        assertTrue(RunCommand.importSite());
        assertFalse(PyRuntime.modules.getStr("site") != null);
    }

    @Test
    void importedWhenTheyDo() throws Exception {
        Files.writeString(dir.resolve("site.py"), "ENABLED = True\n");
        setUp(true);
        assertTrue(RunCommand.importSite());
        assertTrue(PyRuntime.modules.getStr("site") != null);
    }

    @Test
    void aFailingSiteIsFatalAsInCPython() throws Exception {
        Files.writeString(dir.resolve("site.py"), "raise ValueError(\"site broke\")\n");
        setUp(true);
        assertFalse(RunCommand.importSite());
        Setup.flush();
        String got = err.toString(StandardCharsets.UTF_8);
        assertTrue(got.startsWith("Fatal Python error: init_import_site: Failed to import the site module\n"
            + "Python runtime state: initialized\nTraceback (most recent call last):\n"), got);
        assumeTrue(CPython.present(), "CPython 3.12 not found");
        // CPython's site is frozen; with frozen modules off it imports the site.py on PYTHONPATH.
        CPython.Result r = CPython.runWithPath(dir, dir.toString(), "-X", "frozen_modules=off", "-c", "pass");
        assertEquals(r.err(), got);
        assertEquals(1, r.status());
    }
}
