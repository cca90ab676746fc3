package org.pyvm.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pyvm.ast.Repr;
import org.pyvm.testing.CPython;

/**
 * Tokenize against CPython's tokenize.tokenize on every .py file of Lib/ (CPython's
 * output kept in target/ while Lib is unchanged). Known differences, with reasons, in
 * tests/parser/tokenize-known-differences.txt.
 */
class TokenizeTest {

    @Test
    void libTokensMatchCPython() throws Exception {
        assumeTrue(CPython.present(), "no CPython 3.12");
        Path root = Path.of(System.getProperty("pyvm.root", "."));
        String lib = CPython.run(root, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").out().strip();
        List<String> files;
        try (Stream<Path> s = Files.walk(Path.of(lib))) {
            files = s.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("/site-packages/"))
                .map(Path::toString).sorted().toList();
        }
        Path out = root.resolve("target/cpython-lib-tokens.txt");
        Path stamp = root.resolve("target/cpython-lib-tokens.stamp");
        String key = files.size() + ":" + files.hashCode() + ":" + Files.readString(root.resolve("tests/parser/cpython-tokenize.py")).hashCode();
        if (!Files.exists(out) || !Files.exists(stamp) || !Files.readString(stamp).equals(key)) {
            Path list = Files.createTempFile("pyvm-tok", ".txt");
            try {
                Files.write(list, files, StandardCharsets.UTF_8);
                CPython.Result r = CPython.run(root, root.resolve("tests/parser/cpython-tokenize.py").toString(),
                    list.toString());
                assertTrue(r.status() == 0, r.err());
                Files.createDirectories(out.getParent());
                Files.writeString(out, r.out(), StandardCharsets.UTF_8);
                Files.writeString(stamp, key);
            } finally {
                Files.deleteIfExists(list);
            }
        }
        Map<String, String> want = new HashMap<>();
        String cur = null;
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            if (line.startsWith("# /")) {
                if (cur != null) {
                    want.put(cur, sb.toString());
                }
                cur = line.substring(2);
                sb.setLength(0);
            } else {
                sb.append(line).append('\n');
            }
        }
        if (cur != null) {
            want.put(cur, sb.toString());
        }
        Set<String> known = new HashSet<>();
        for (String l : Files.readAllLines(root.resolve("tests/parser/tokenize-known-differences.txt"))) {
            if (!l.isBlank() && !l.startsWith("#")) {
                known.add(l.strip());
            }
        }
        int same = 0;
        StringBuilder diffs = new StringBuilder();
        for (String f : files) {
            String got = ours(Files.readAllBytes(Path.of(f)));
            if (got.equals(want.get(f))) {
                same++;
            } else if (!known.contains(f.substring(lib.length() + 1))) {
                diffs.append(f).append('\n');
            }
        }
        System.out.println("tokenize: " + same + "/" + files.size() + " files match CPython's tokenize");
        assertTrue(diffs.isEmpty(), "differ from CPython:\n" + diffs);
    }

    static String ours(byte[] src) {
        List<Tokenize.TokenInfo> toks = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean err = false;
        try {
            Tokenize.tokenize(src, toks);
        } catch (PySyntaxError e) {
            err = true;
        }
        for (Tokenize.TokenInfo t : toks) {
            sb.append(t.type()).append(' ').append(Repr.str(t.string())).append(" (").append(t.startLine()).append(", ")
                .append(t.startCol()).append(") (").append(t.endLine()).append(", ").append(t.endCol()).append(") ")
                .append(Repr.str(t.line())).append('\n');
        }
        if (err) {
            sb.append("ERR\n");
        }
        return sb.toString();
    }
}
