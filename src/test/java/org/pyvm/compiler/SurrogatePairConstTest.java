package org.pyvm.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyvm.bytecode.MarshalWriter;
import org.pyvm.parser.Parser;
import org.pyvm.testing.CPython;

/**
 * A str constant with a surrogate pair written as two escapes ('\ud800\udfff') is two code
 * points in Python; marshal must write each surrogate on its own, not the one character a
 * Java String makes of the pair. Found by LibTestOnCPythonTest (test_codecs'
 * test_lone_surrogates, test_codeccallbacks). The module's marshalled code must be CPython's,
 * byte for byte.
 */
class SurrogatePairConstTest {

    static final String SOURCE = String.join("\n",
        "a = '\\ud800\\udfff'",
        "b = 'x\\ud83d\\ude00y\\udc80'",
        "c = ('\\ud800\\udfff', '\\ud800')",
        "def f():",
        "    return '\\udbff\\udfff' + '\\ud800\\udfff'",
        "d = '\\U000103ff'",
        "");

    @Test
    void marshalledLikeCPython(@TempDir Path tmp) throws Exception {
        assumeTrue(CPython.present(), "no CPython 3.12");
        Path src = tmp.resolve("surrogates.py");
        Files.writeString(src, SOURCE, StandardCharsets.UTF_8);
        String filename = src.toString();
        byte[] ours = MarshalWriter.dumps(Compiler.compileModule(
            Parser.parseFile(SOURCE.getBytes(StandardCharsets.UTF_8), filename), filename));
        CPython.Result r = CPython.run(tmp, "-c",
            // (the code object held by a name, as the writer assumes: its reference gets FLAG_REF)
            "import marshal, sys; p = sys.argv[1]; "
                + "co = compile(open(p, 'rb').read(), p, 'exec', dont_inherit=True); print(marshal.dumps(co).hex())",
            filename);
        assertEquals("", r.err());
        assertEquals(r.out().strip(), HexFormat.of().formatHex(ours));
    }
}
