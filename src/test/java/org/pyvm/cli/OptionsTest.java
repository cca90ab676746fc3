package org.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void commandTerminatesOptions() throws Exception {
        Options o = Options.parse(new String[] {"-B", "-c", "print(1)", "-x", "y"});
        assertEquals(Options.Source.COMMAND, o.source);
        assertEquals("print(1)", o.target);
        assertTrue(o.dontWriteBytecode);
        assertEquals(List.of("-c", "-x", "y"), o.argv);
    }

    @Test
    void joinedFlagsAndArgument() throws Exception {
        Options o = Options.parse(new String[] {"-BuSc", "pass"});
        assertTrue(o.dontWriteBytecode && o.unbuffered && o.noSite);
        assertEquals("pass", o.target);
    }

    @Test
    void fileAndArguments() throws Exception {
        Options o = Options.parse(new String[] {"-I", "prog.py", "-c", "1"});
        assertEquals(Options.Source.FILE, o.source);
        assertTrue(o.isolated && o.ignoreEnvironment && o.safePath && o.noUserSite);
        assertEquals(List.of("prog.py", "-c", "1"), o.argv);
    }

    @Test
    void moduleAndStdin() throws Exception {
        Options m = Options.parse(new String[] {"-m", "json.tool", "a"});
        assertEquals(Options.Source.MODULE, m.source);
        assertEquals(List.of("-m", "a"), m.argv);
        Options s = Options.parse(new String[] {"-", "a"});
        assertEquals(Options.Source.STDIN, s.source);
        assertEquals(List.of("-", "a"), s.argv);
    }

    @Test
    void usageErrorsSayWhatCPythonSays() {
        assertEquals("Unknown option: -Z",
            assertThrows(Options.UsageError.class, () -> Options.parse(new String[] {"-Z"})).getMessage());
        assertEquals("Argument expected for the -c option",
            assertThrows(Options.UsageError.class, () -> Options.parse(new String[] {"-c"})).getMessage());
    }

    @Test
    void versionAndUsageStatus() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream po = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream pe = new PrintStream(err, true, StandardCharsets.UTF_8);
        var in = new ByteArrayInputStream(new byte[0]);
        assertEquals(0, Main.run(new String[] {"-V"}, in, po, pe));
        assertEquals("Python " + Main.PY_VERSION + "\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(2, Main.run(new String[] {"-m"}, in, po, pe));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Argument expected for the -m option\nusage: "));
    }

    /** What test_cmd_line's test_help* check: -h short, the env and -X sections in their own options, ASCII. */
    @Test
    void helpTopics() {
        java.util.Map<String, String> text = new java.util.HashMap<>();
        for (String topic : new String[] {"-h", "--help", "--help-env", "--help-xoptions", "--help-all"}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream po = new PrintStream(out, true, StandardCharsets.UTF_8);
            assertEquals(0, Main.run(new String[] {topic}, new ByteArrayInputStream(new byte[0]), po, po));
            text.put(topic, out.toString(StandardCharsets.UTF_8));
        }
        assertEquals(text.get("-h"), text.get("--help"));
        assertTrue(text.get("-h").startsWith("usage: "));
        assertTrue(text.get("-h").lines().count() < 50);
        assertTrue(!text.get("-h").contains("PYTHONHOME") && !text.get("-h").contains("-X dev"));
        assertTrue(text.get("--help-env").contains("PYTHONHOME") && !text.get("--help-env").contains("-X dev"));
        assertTrue(text.get("--help-xoptions").contains("-X dev") && !text.get("--help-xoptions").contains("PYTHONPATH"));
        String all = text.get("--help-all");
        assertTrue(all.startsWith("usage: ") && all.contains("PYTHONHOME") && all.contains("-X dev"));
        assertTrue(all.lines().skip(1).allMatch(l -> l.chars().allMatch(c -> c < 128)), "--help-all is ASCII after line 1");
    }
}
