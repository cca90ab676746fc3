package org.pyvm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layering of DESIGN.md true: each package under org.pyvm may refer only to
 * the layers listed for it. Reads the sources' import lines and fully qualified names.
 */
class LayerTest {

    static final Map<String, Set<String>> ALLOWED = Map.of(
        "cli", Set.of("embed", "jit", "interp", "modules", "runtime", "compiler", "parser", "ast", "bytecode"),
        "embed", Set.of("interp", "runtime", "modules", "compiler", "parser", "ast", "bytecode"),
        "jit", Set.of("interp", "runtime", "bytecode"),
        "interp", Set.of("runtime", "bytecode"),
        "modules", Set.of("runtime", "bytecode"),
        "runtime", Set.of("bytecode"),
        "compiler", Set.of("ast", "bytecode"),
        "parser", Set.of("ast"),
        "ast", Set.of(),
        "bytecode", Set.of());

    private static final Pattern REF = Pattern.compile("\\borg\\.pyvm\\.([a-z]+)\\b");

    @Test
    void packagesUseOnlyTheLayersBelowThem() throws IOException {
        Path src = Path.of(System.getProperty("pyvm.root", ".")).resolve("src/main/java/org/pyvm");
        List<String> violations = new ArrayList<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(src)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                String layer = src.relativize(f).getName(0).toString();
                Set<String> allowed = ALLOWED.get(layer);
                if (allowed == null) {
                    violations.add(f + ": package org.pyvm." + layer + " is not a layer of DESIGN.md");
                    continue;
                }
                files++;
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = REF.matcher(lines.get(i));
                    while (m.find()) {
                        String used = m.group(1);
                        if (!used.equals(layer) && !allowed.contains(used)) {
                            violations.add(src.relativize(f) + ":" + (i + 1) + " uses org.pyvm." + used);
                        }
                    }
                }
            }
        }
        assertTrue(files > 0, "no sources found under " + src);
        assertTrue(violations.isEmpty(), "layer violations:\n" + String.join("\n", violations));
    }
}
