package org.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * sys.stdin/stdout/stderr's encoding and error handler: PYTHONIOENCODING ("encoding[:errors]")
 * as CPython 3.12's config_init_stdio_encoding reads it, and the defaults of the C.UTF-8
 * locale. The expected strings are what CPython 3.12 prints for the same environment.
 */
class StdioEncodingTest {

    private static final String SHOW =
        "import sys; print([(s.encoding, s.errors) for s in (sys.stdin, sys.stdout, sys.stderr)])";

    private static InProcess.Result run(String ioEncoding, String... args) throws Exception {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.remove("PYTHONIOENCODING");
        if (ioEncoding != null) {
            env.put("PYTHONIOENCODING", ioEncoding);
        }
        return InProcess.run(env, args);
    }

    @Test
    void defaultsAreUtf8WithSurrogateescape() throws Exception {
        assertEquals("[('utf-8', 'surrogateescape'), ('utf-8', 'surrogateescape'), ('utf-8', 'backslashreplace')]\n",
            run(null, "-c", SHOW).out());
    }

    @Test
    void encodingAloneMeansStrict() throws Exception {
        assertEquals("[('ascii', 'strict'), ('ascii', 'strict'), ('ascii', 'backslashreplace')]\n",
            run("ascii", "-c", SHOW).out());
        assertEquals("[('iso8859-1', 'strict'), ('iso8859-1', 'strict'), ('iso8859-1', 'backslashreplace')]\n",
            run("latin-1:", "-c", SHOW).out());
    }

    @Test
    void errorsAloneKeepUtf8() throws Exception {
        assertEquals("[('utf-8', 'ignore'), ('utf-8', 'ignore'), ('utf-8', 'backslashreplace')]\n",
            run(":ignore", "-c", SHOW).out());
        assertEquals("[('ascii', 'replace'), ('ascii', 'replace'), ('ascii', 'backslashreplace')]\n",
            run("ascii:replace", "-c", SHOW).out());
    }

    @Test
    void codecsModuleEncodingByItsCodecName() throws Exception {
        assertEquals("[('cp1252', 'strict'), ('cp1252', 'strict'), ('cp1252', 'backslashreplace')]\n",
            run("CP1252", "-c", SHOW).out());
    }

    @Test
    void asciiStdoutRefusesWhatItCannotEncode() throws Exception {
        InProcess.Result r = run("ascii", "-c", "print('\\xc4')");
        assertEquals(1, r.status());
        assertTrue(r.err().endsWith("UnicodeEncodeError: 'ascii' codec can't encode character '\\xc4' in position 0:"
            + " ordinal not in range(128)\n"), r.err());
    }

    @Test
    void ignoredWithE() throws Exception {
        assertEquals("utf-8\n", run("ascii", "-E", "-c", "import sys; print(sys.stdout.encoding)").out());
    }

    @Test
    void unknownEncodingIsAFatalError() throws Exception {
        InProcess.Result r = run("bogus", "-c", "print(1)");
        assertEquals(1, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("Fatal Python error: init_stdio_encoding: failed to get the Python codec name"
            + " of the stdio encoding\nPython runtime state: core initialized\nLookupError: unknown encoding: bogus\n"),
            r.err());
    }
}
