package org.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyvm.testing.CPython;

/**
 * {@code -X importtime} and PYTHONPROFILEIMPORTTIME: CPython's header and line format,
 * nesting shown by indentation in the order imports finish, failed imports reported too,
 * self time not above cumulative time; the lines for a program's own modules are the ones
 * CPython 3.12 prints (times masked: start-up's own imports differ between the two).
 */
class ImportTimeTest {

    @TempDir
    Path dir;

    private static final Pattern LINE = Pattern.compile("import time: +(\\d+) \\| +(\\d+) \\| ( *)(\\S+)");
    private static final Set<String> MINE = Set.of("pkg", "pkg.sub", "leaf", "leaf2", "missing_mod");

    private void writeModules() throws Exception {
        Path pkg = Files.createDirectories(dir.resolve("pkg"));
        Files.writeString(pkg.resolve("__init__.py"), "import leaf\nfrom . import sub\n");
        Files.writeString(pkg.resolve("sub.py"), "import leaf2, leaf\ntry:\n    import missing_mod\nexcept ImportError:\n    pass\n");
        Files.writeString(dir.resolve("leaf.py"), "X = 1\n");
        Files.writeString(dir.resolve("leaf2.py"), "Y = 2\n");
    }

    private Map<String, String> env(String... kv) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.remove("PYTHONPROFILEIMPORTTIME");
        env.put("PYTHONPATH", dir.toString());
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        for (int i = 0; i < kv.length; i += 2) {
            env.put(kv[i], kv[i + 1]);
        }
        return env;
    }

    /** The lines for MINE, times masked; every line is checked against CPython's format on the way. */
    private static List<String> mine(String err) {
        String[] lines = err.split("\n");
        assertEquals("import time: self [us] | cumulative | imported package", lines[0], err);
        List<String> got = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            Matcher m = LINE.matcher(lines[i]);
            assertTrue(m.matches(), lines[i]);
            // %9ld | %10ld: the columns line up whatever the numbers.
            assertEquals("import time: ".length() + 9, lines[i].indexOf(" | "), lines[i]);
            assertTrue(Long.parseLong(m.group(1)) <= Long.parseLong(m.group(2)), lines[i]);
            if (MINE.contains(m.group(4))) {
                got.add(m.group(3) + m.group(4));
            }
        }
        return got;
    }

    @Test
    void linesAsCPythonPrintsThem() throws Exception {
        writeModules();
        InProcess.Result r = InProcess.run(env(), "-S", "-X", "importtime", "-c", "import pkg; print(pkg.sub.leaf.X)");
        assertEquals("1\n", r.out(), r.err());
        List<String> got = mine(r.err());
        assertEquals(List.of("  leaf", "    leaf2", "    missing_mod", "  pkg.sub", "pkg"), got, r.err());
        assumeTrue(CPython.present(), "CPython 3.12 not found");
        CPython.Result c = CPython.runWithPath(dir, dir.toString(), "-S", "-X", "importtime", "-c",
            "import pkg; print(pkg.sub.leaf.X)");
        assertEquals(mine(c.err()), got, r.err());
    }

    @Test
    void theEnvironmentVariableUnlessMinusE() throws Exception {
        writeModules();
        InProcess.Result r = InProcess.run(env("PYTHONPROFILEIMPORTTIME", "1"), "-S", "-c", "import leaf");
        assertEquals(List.of("leaf"), mine(r.err()), r.err());
        r = InProcess.run(env("PYTHONPROFILEIMPORTTIME", "1"), "-S", "-E", "-c", "import json");
        assertFalse(r.err().contains("import time"), r.err());
        // Off again for the next run in this JVM.
        r = InProcess.run(env(), "-S", "-c", "import leaf");
        assertEquals("", r.err());
    }
}
