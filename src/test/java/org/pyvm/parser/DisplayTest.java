package org.pyvm.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * SyntaxErrorDisplay against what CPython 3.12 printed running each invalid corpus case
 * as a file (tests/parser/invalid/display.txt, from tests/parser/gen-invalid.py).
 */
class DisplayTest {

    @Test
    void displayMatchesCPython() throws Exception {
        List<String> cases = InvalidCorpusTest.cases();
        String[] want = Files.readString(InvalidCorpusTest.dir().resolve("display.txt"), StandardCharsets.UTF_8)
            .split("\n###\n", -1);
        int same = 0;
        StringBuilder diffs = new StringBuilder();
        for (int i = 0; i < cases.size(); i++) {
            String w = want[i].strip();
            String got;
            try {
                Parser.parseFile(cases.get(i).getBytes(StandardCharsets.UTF_8), "case.py");
                got = "OK";
            } catch (PySyntaxError e) {
                got = SyntaxErrorDisplay.format(e).strip();
            }
            if (w.equals(got)) {
                same++;
            } else if (diffs.length() < 4000) {
                diffs.append("case ").append(i + 1).append(":\n").append(w).append("\n--- pyvm:\n").append(got)
                    .append("\n");
            }
        }
        System.out.println("display: " + same + "/" + cases.size());
        int floor = Integer.parseInt(Files.readString(InvalidCorpusTest.dir().resolve("minimum-display.txt")).strip());
        assertTrue(same >= floor, same + " displays match, fewer than " + floor + ":\n" + diffs);
    }
}
