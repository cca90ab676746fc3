package org.pyvm.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The golden-program corpus, tests/programs/AREA/NAME.py, with the results CPython 3.12
 * gave for it (written by tests/regen): NAME.out, and NAME.err and NAME.status when
 * standard error was not empty or the status not 0. Python files in folders below an
 * area (tests/programs/AREA/PKG/...) are modules the programs import, not programs.
 */
public final class Golden {

    private Golden() {}

    /** One program and what CPython 3.12 did with it. */
    public record Program(Path source, String area, String name) {

        public String expectedOut() throws IOException {
            return read(".out");
        }

        public String expectedErr() throws IOException {
            return read(".err");
        }

        public int expectedStatus() throws IOException {
            String s = read(".status").strip();
            return s.isEmpty() ? 0 : Integer.parseInt(s);
        }

        private String read(String suffix) throws IOException {
            Path p = source.resolveSibling(name + suffix);
            return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
        }

        /** Standard error with the program's folder cut out, as tests/regen writes it. */
        public String normalizeErr(String err) {
            return err.replace(source.getParent().toAbsolutePath() + java.io.File.separator, "");
        }

        @Override
        public String toString() {
            return area + "/" + name;
        }
    }

    public static Path root() {
        return Path.of(System.getProperty("pyvm.root", ".")).toAbsolutePath();
    }

    /** Every program of the corpus, in a stable order. */
    public static List<Program> programs() throws IOException {
        Path dir = root().resolve("tests/programs");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            // Programs are AREA/NAME.py; files in deeper folders are modules and packages
            // that programs import (companion files), not programs.
            return walk.filter(p -> p.toString().endsWith(".py") && dir.relativize(p).getNameCount() == 2)
                .sorted()
                .map(p -> new Program(p.toAbsolutePath(),
                    dir.relativize(p.getParent()).toString(),
                    p.getFileName().toString().replaceFirst("\\.py$", "")))
                .toList();
        }
    }
}
