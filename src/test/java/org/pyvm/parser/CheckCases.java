package org.pyvm.parser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Developer tool: CheckCases CASES EXPECTED, files in the format of
 * tests/parser/invalid (cases separated by "###" lines; one tab-separated expectation a
 * line, as tests/parser/gen-invalid.py writes them). Prints the cases that differ.
 */
public final class CheckCases {
    private CheckCases() {}

    public static void main(String[] args) throws Exception {
        String all = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        String[] cases = all.split("\n###\n", -1);
        List<String> expected = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        int same = 0;
        int classLine = 0;
        for (int i = 0; i < cases.length; i++) {
            String c = cases[i].endsWith("\n") ? cases[i] : cases[i] + "\n";
            String got;
            try {
                got = InvalidCorpusTest.actual(c);
            } catch (Throwable t) {
                got = "JAVA " + t;
            }
            String want = expected.get(i);
            String[] w = want.split("\t", -1);
            String[] g = got.split("\t", -1);
            if (want.equals(got)) {
                same++;
            } else {
                System.out.println("case " + (i + 1) + ": " + c.replace("\n", "\\n"));
                System.out.println("   cpython: " + want);
                System.out.println("   pyvm:    " + got);
            }
            if (w[0].equals(g[0]) && (w.length < 3 || g.length < 3 || w[2].equals(g[2]))) {
                classLine++;
            }
        }
        System.out.println(same + "/" + cases.length + " exact, " + classLine + " same class and line");
    }
}
