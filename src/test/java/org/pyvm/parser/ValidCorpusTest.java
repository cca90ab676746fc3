package org.pyvm.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pyvm.ast.AstDump;

/**
 * tests/parser/valid/NAME.py (edge cases written here: encodings, line endings, every
 * statement form, f-strings, numbers) against NAME.dump, CPython 3.12's dump of it
 * (tests/parser/gen-valid.py). Runs without CPython.
 */
class ValidCorpusTest {

    @Test
    void dumpsMatchCPython() throws Exception {
        Path dir = Path.of(System.getProperty("pyvm.root", ".")).resolve("tests/parser/valid");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(files.size() >= 40);
        StringBuilder diffs = new StringBuilder();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String want = Files.readString(dir.resolve(name.replace(".py", ".dump")), StandardCharsets.UTF_8).strip();
            String got;
            try {
                got = AstDump.dump(Parser.parseFile(Files.readAllBytes(f), name));
            } catch (PySyntaxError e) {
                got = e.display();
            }
            if (!want.equals(got)) {
                diffs.append(name).append("\n  cpython: ").append(want).append("\n  pyvm:    ").append(got).append('\n');
            }
        }
        assertEquals("", diffs.toString());
    }
}
