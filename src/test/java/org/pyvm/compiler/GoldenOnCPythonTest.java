package org.pyvm.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyvm.bytecode.CodeObject;
import org.pyvm.bytecode.MarshalWriter;
import org.pyvm.bytecode.Pyc;
import org.pyvm.parser.Parser;
import org.pyvm.testing.CPython;
import org.pyvm.testing.Golden;

/**
 * Every golden program compiled by OUR compiler to a sourceless .pyc and run by CPython
 * 3.12: standard output, standard error (folder cut out) and exit status must be those
 * CPython gave for the source. {@code tests/programs/known-failures-compiler.txt} lists the
 * programs that do not pass yet, checked both ways: a listed program that passes fails
 * the test too, so the list only shrinks.
 */
class GoldenOnCPythonTest {

    static final String KNOWN = "tests/programs/known-failures-compiler.txt";

    @Test
    void corpusRunsOnCPython(@TempDir Path tmp) throws Exception {
        assumeTrue(CPython.present(), "no CPython 3.12");
        Set<String> known = new LinkedHashSet<>();
        Path knownFile = Golden.root().resolve(KNOWN);
        if (Files.exists(knownFile)) {
            for (String line : Files.readAllLines(knownFile, StandardCharsets.UTF_8)) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    known.add(line);
                }
            }
        }
        List<Golden.Program> programs = Golden.programs();
        Set<String> failing = new TreeSet<>();
        List<String> details = new ArrayList<>();
        int passed = 0;
        for (Golden.Program p : programs) {
            String why = check(p, tmp);
            if (why == null) {
                passed++;
            } else {
                failing.add(p.toString());
                if (!known.contains(p.toString())) {
                    details.add(p + ": " + why);
                }
            }
        }
        List<String> fixed = new ArrayList<>();
        for (String k : known) {
            if (!failing.contains(k)) {
                fixed.add(k);
            }
        }
        System.out.println("GoldenOnCPythonTest: " + passed + " of " + programs.size()
            + " golden programs pass under CPython 3.12 with our compiler");
        assertTrue(details.isEmpty(), details.size() + " programs fail that are not in " + KNOWN + ":\n"
            + String.join("\n", details));
        assertTrue(fixed.isEmpty(), "these programs pass now; remove them from " + KNOWN + ": " + fixed);
    }

    /** Null when the program behaves as CPython's own compilation did, else why not. */
    static String check(Golden.Program p, Path tmp) throws IOException, InterruptedException {
        byte[] pyc;
        try {
            pyc = compile(p.source());
        } catch (CompileError e) {
            return "compile error: " + e.pyType() + ": " + e.getMessage() + " (line " + e.lineno() + ")";
        } catch (RuntimeException e) {
            return "compiler crashed: " + e;
        }
        Path dir = Files.createDirectories(tmp.resolve(p.area()));
        // Named NAME.py so that sys.argv[0] and __file__ end as they do for the source:
        // CPython recognises a .pyc by its magic number whatever the name (maybe_pyc_file).
        Path pycPath = dir.resolve(p.name() + ".py");
        Files.write(pycPath, pyc);
        // The source's folder on PYTHONPATH: programs import the modules beside them.
        CPython.Result r = CPython.runWithPath(p.source().getParent(), p.source().getParent().toString(),
            pycPath.toString());
        if (!r.out().equals(p.expectedOut())) {
            return "stdout differs: " + firstDifference(p.expectedOut(), r.out());
        }
        String err = p.normalizeErr(r.err());
        if (!err.equals(p.expectedErr())) {
            return "stderr differs: " + firstDifference(p.expectedErr(), err);
        }
        if (r.status() != p.expectedStatus()) {
            return "status " + r.status() + ", expected " + p.expectedStatus();
        }
        return null;
    }

    static byte[] compile(Path source) throws IOException {
        return compile(source, 0);
    }

    /** SOURCE compiled by pyvm at optimization level OPTIMIZE, as a .pyc file's bytes. */
    static byte[] compile(Path source, int optimize) throws IOException {
        byte[] src = Files.readAllBytes(source);
        String filename = source.toAbsolutePath().toString();
        // Folding with the runtime's arithmetic, as bin/pyvm compiles (CompilerBridge).
        Compiler.numberFolder = org.pyvm.runtime.ConstantArithmetic::binary;
        CodeObject co = Compiler.compileModule(Parser.parseFile(src, filename), filename, optimize);
        byte[] body = MarshalWriter.dumps(co);
        byte[] header = Pyc.Header.timestamp(0, src.length).toBytes();
        byte[] out = new byte[header.length + body.length];
        System.arraycopy(header, 0, out, 0, header.length);
        System.arraycopy(body, 0, out, header.length, body.length);
        return out;
    }

    static String firstDifference(String expected, String actual) {
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, expected.lastIndexOf('\n', Math.max(0, i - 1)) + 1);
        String e = expected.substring(from, Math.min(expected.length(), i + 60));
        String a = actual.substring(Math.min(from, actual.length()), Math.min(actual.length(), i + 60));
        return "expected «" + e.replace("\n", "\\n") + "» got «" + a.replace("\n", "\\n") + "»";
    }
}
