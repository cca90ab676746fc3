package org.pyvm.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pyvm.ast.AstDump;
import org.pyvm.testing.CPython;

/**
 * Every .py file of CPython 3.12's Lib/ (outside site-packages): our dump equals
 * CPython's ast.dump(..., include_attributes=True); for files CPython rejects, the same
 * exception class at the same line. CPython dumps all files in one process; pyvm parses
 * them in this JVM. Known differences are listed in tests/parser/lib-known-differences.txt.
 */
class LibCompareTest {

    @Test
    void wholeLibMatchesCPython() throws Exception {
        assumeTrue(CPython.present(), "no CPython 3.12");
        Path root = Path.of(System.getProperty("pyvm.root", "."));
        String lib = CPython.run(root, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").out().strip();
        List<String> files;
        try (Stream<Path> s = Files.walk(Path.of(lib))) {
            files = s.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("/site-packages/"))
                .map(Path::toString).sorted().toList();
        }
        Path list = Files.createTempFile("pyvm-lib", ".txt");
        // CPython's dumps take a minute to make: kept in target/ while Lib/ is unchanged
        Path out = root.resolve("target/cpython-lib-dump.txt");
        Path stamp = root.resolve("target/cpython-lib-dump.stamp");
        String key = stamp(files, root);
        try {
            if (!Files.exists(out) || !Files.exists(stamp) || !Files.readString(stamp).equals(key)) {
                Files.write(list, files, StandardCharsets.UTF_8);
                CPython.Result r = CPython.run(root, root.resolve("tests/parser/cpython-dump.py").toString(),
                    list.toString());
                assertTrue(r.status() == 0, r.err());
                Files.createDirectories(out.getParent());
                Files.writeString(out, r.out(), StandardCharsets.UTF_8);
                Files.writeString(stamp, key);
            }
            Map<String, String> want = read(out);
            Set<String> known = new HashSet<>();
            for (String l : Files.readAllLines(root.resolve("tests/parser/lib-known-differences.txt"))) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    known.add(l.strip());
                }
            }
            int same = 0;
            StringBuilder diffs = new StringBuilder();
            for (String f : files) {
                String got = dump(f);
                String w = want.get(f);
                if (got.equals(w) || (w != null && errKey(w) != null && errKey(w).equals(errKey(got)))) {
                    same++;
                } else if (!known.contains(f.substring(lib.length() + 1))) {
                    diffs.append(f).append('\n');
                }
            }
            System.out.println("Lib: " + same + "/" + files.size() + " files match CPython's ast.dump");
            assertTrue(diffs.isEmpty(), "differ from CPython:\n" + diffs);
        } finally {
            Files.deleteIfExists(list);
        }
    }

    /** Names, sizes and times of the files and of the dump script: when they change, dump again. */
    private static String stamp(List<String> files, Path root) throws Exception {
        long h = 17;
        for (String f : files) {
            Path p = Path.of(f);
            h = h * 31 + f.hashCode();
            h = h * 31 + Files.size(p);
            h = h * 31 + Files.getLastModifiedTime(p).toMillis();
        }
        Path script = root.resolve("tests/parser/cpython-dump.py");
        h = h * 31 + Files.readString(script).hashCode();
        return files.size() + ":" + h;
    }

    static String dump(String f) throws Exception {
        byte[] src = Files.readAllBytes(Path.of(f));
        try {
            return AstDump.dump(Parser.parseFile(src, f));
        } catch (PySyntaxError e) {
            return e.display();
        }
    }

    private static String errKey(String line) {
        if (line.startsWith("Module(")) {
            return null;
        }
        int colon = line.indexOf(':');
        int at = line.lastIndexOf(", line ");
        return colon < 0 || at < 0 ? null : line.substring(0, colon) + line.substring(at);
    }

    private static Map<String, String> read(Path p) throws Exception {
        Map<String, String> out = new HashMap<>();
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        for (int i = 0; i + 1 < lines.size(); i += 2) {
            out.put(lines.get(i).substring(2), lines.get(i + 1));
        }
        return out;
    }
}
