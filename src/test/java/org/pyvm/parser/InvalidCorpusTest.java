package org.pyvm.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * tests/parser/invalid/cases.txt (programs written here, separated by "###" lines) against
 * expected.txt (what CPython 3.12 raised, from tests/parser/gen-invalid.py): exception
 * class, message, line, offset, end line, end offset.
 */
class InvalidCorpusTest {

    static Path dir() {
        return Path.of(System.getProperty("pyvm.root", ".")).resolve("tests/parser/invalid");
    }

    static List<String> cases() throws Exception {
        String all = Files.readString(dir().resolve("cases.txt"), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        for (String c : all.split("\n###\n", -1)) {
            out.add(c.endsWith("\n") ? c : c + "\n");
        }
        return out;
    }

    /** What pyvm raises for SRC, in expected.txt's format. */
    static String actual(String src) {
        try {
            Parser.parseString(src, "case.py");
            return "OK\t\t0\t0\t0\t0";
        } catch (PySyntaxError e) {
            return e.kind() + "\t" + e.msg() + "\t" + num(e.lineno()) + "\t" + num(e.offset()) + "\t"
                + num(e.endLineno()) + "\t" + num(e.endOffset());
        }
    }

    /** CPython's None where pyvm has -1 for "no line". */
    private static String num(int n) {
        return n == PySyntaxError.NONE ? "None" : String.valueOf(n);
    }

    @Test
    void corpusMatchesCPython() throws Exception {
        List<String> cases = cases();
        List<String> expected = Files.readAllLines(dir().resolve("expected.txt"), StandardCharsets.UTF_8);
        assertTrue(cases.size() >= 150, "corpus too small");
        int exact = 0;
        int classAndLine = 0;
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < cases.size(); i++) {
            String want = expected.get(i);
            String got = actual(cases.get(i));
            String[] w = want.split("\t", -1);
            String[] g = got.split("\t", -1);
            if (want.equals(got)) {
                exact++;
            } else {
                report.append("case ").append(i + 1).append(": ").append(cases.get(i).replace("\n", "\\n"))
                    .append("\n   cpython: ").append(want).append("\n   pyvm:    ").append(got).append('\n');
            }
            if (w[0].equals(g[0]) && w[2].equals(g[2])) {
                classAndLine++;
            }
        }
        System.out.println("invalid corpus: " + exact + "/" + cases.size() + " exact, " + classAndLine
            + " same class and line");
        Files.writeString(Path.of(System.getProperty("pyvm.root", ".")).resolve("target/invalid-report.txt"),
            report.toString());
        int floor = Integer.parseInt(Files.readString(dir().resolve("minimum-exact.txt")).strip());
        assertTrue(exact >= floor, exact + " exact matches, fewer than the recorded " + floor + ":\n" + report);
    }
}
