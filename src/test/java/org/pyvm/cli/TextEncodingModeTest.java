package org.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * UTF-8 mode (PEP 540: -X utf8, PYTHONUTF8) and -X warn_default_encoding (PEP 597): what
 * sys.flags, io.text_encoding and open() say, and the warnings, as CPython 3.12 prints them
 * for the same command lines.
 */
class TextEncodingModeTest {

    private static final String SHOW = "import io, sys; print(io.text_encoding(None), sys.flags.utf8_mode, "
        + "sys.flags.warn_default_encoding, open('/dev/null').encoding)";

    private static InProcess.Result run(String utf8Env, String... args) throws Exception {
        return runIn("C.UTF-8", utf8Env, args);
    }

    /** ARGS with LANG=LANG (LC_ALL and LC_CTYPE unset) and PYTHONUTF8=UTF8ENV (null: unset). */
    private static InProcess.Result runIn(String lang, String utf8Env, String... args) throws Exception {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.remove("PYTHONUTF8");
        env.remove("PYTHONWARNDEFAULTENCODING");
        env.remove("LC_ALL");
        env.remove("LC_CTYPE");
        env.remove("PYTHONCOERCECLOCALE");
        env.put("LANG", lang);
        if (utf8Env != null) {
            env.put("PYTHONUTF8", utf8Env);
        }
        return InProcess.run(env, args);
    }

    @Test
    void theCLocaleTurnsUtf8ModeOn() throws Exception {
        // preconfig_init_utf8_mode: the C and POSIX locales enable UTF-8 mode unless PYTHONUTF8=0.
        assertEquals("utf-8 1 0 utf-8\n", runIn("C", null, "-c", SHOW).out());
        assertEquals("utf-8 1 0 utf-8\n", runIn("POSIX", null, "-c", SHOW).out());
        assertEquals("utf-8 1 0 utf-8\n", runIn("", null, "-c", SHOW).out());
        assertEquals("locale 0 0 UTF-8\n", runIn("C", "0", "-c", SHOW).out());
    }

    @Test
    void utf8ModeFromOptionAndEnvironment() throws Exception {
        assertEquals("locale 0 0 UTF-8\n", run(null, "-c", SHOW).out());
        assertEquals("utf-8 1 0 utf-8\n", run(null, "-X", "utf8", "-c", SHOW).out());
        assertEquals("utf-8 1 0 utf-8\n", run("1", "-c", SHOW).out());
        assertEquals("locale 0 0 UTF-8\n", run("1", "-X", "utf8=0", "-c", SHOW).out());
        assertEquals("locale 0 0 UTF-8\n", run("1", "-E", "-c", SHOW).out());
    }

    @Test
    void badUtf8ValuesAreFatal() throws Exception {
        InProcess.Result r = run(null, "-X", "utf8=2", "-c", "pass");
        assertEquals(1, r.status());
        assertEquals("Fatal Python error: preconfig_init_utf8_mode: invalid -X utf8 option value\n"
            + "Python runtime state: preinitializing\n\n", r.err());
        r = run("3", "-c", "pass");
        assertEquals(1, r.status());
        assertEquals("Fatal Python error: preconfig_init_utf8_mode: invalid PYTHONUTF8 environment variable value\n"
            + "Python runtime state: preinitializing\n\n", r.err());
    }

    @Test
    void warnDefaultEncodingNamesTheCaller() throws Exception {
        String code = "import io, sys\n"
            + "open('/dev/null').close()\n"
            + "io.TextIOWrapper(io.BytesIO())\n"
            + "open('/dev/null', encoding='utf-8').close()\n"
            + "def f():\n"
            + "    return io.text_encoding(None)\n"
            + "f()\n"
            + "print(sys.flags.warn_default_encoding)\n";
        InProcess.Result r = run(null, "-X", "warn_default_encoding", "-c", code);
        assertEquals("1\n", r.out());
        assertEquals("<string>:2: EncodingWarning: 'encoding' argument not specified\n"
            + "<string>:3: EncodingWarning: 'encoding' argument not specified\n"
            + "<string>:7: EncodingWarning: 'encoding' argument not specified\n", r.err());
    }
}
