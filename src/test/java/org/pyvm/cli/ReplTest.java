package org.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyvm.testing.CPython;
import org.pyvm.testing.Golden;

/**
 * The interactive loop (cli.Repl) and directories run as programs, compared with CPython
 * 3.12 given the same command line and the same standard input through a pipe: both write
 * the same prompts, echoes, tracebacks and exit status. pyvm runs as a process of its own
 * (from target/classes) because the loop reads the process's real standard input.
 */
class ReplTest {

    @TempDir
    Path dir;

    private record Run(String out, String err, int status) {}

    private static Run run(List<String> command, String input) throws Exception {
        return run(command, input, java.util.Map.of());
    }

    private static Run run(List<String> command, String input, java.util.Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Run(new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8), p.exitValue());
    }

    private static List<String> pyvm(String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // As bin/pyvm: site's interactive hook imports readline, which binds GNU readline through FFM.
        List<String> c = new ArrayList<>(List.of(java, "-Xss64m", "--enable-native-access=ALL-UNNAMED", "-cp", Golden.root().resolve("target/classes").toString(),
            "org.pyvm.cli.Main"));
        c.addAll(List.of(args));
        return c;
    }

    private static List<String> cpython(String... args) {
        List<String> c = new ArrayList<>(List.of(CPython.find().orElseThrow().toString()));
        c.addAll(List.of(args));
        return c;
    }

    private static void same(String input, String... args) throws Exception {
        sameWith(java.util.Map.of(), input, args);
    }

    private static void sameWith(java.util.Map<String, String> env, String input, String... args) throws Exception {
        Run want = run(cpython(args), input, env);
        Run got = run(pyvm(args), input, env);
        assertEquals(want.out(), got.out(), "stdout of " + String.join(" ", args));
        assertEquals(want.err(), got.err(), "stderr of " + String.join(" ", args));
        assertEquals(want.status(), got.status(), "exit status of " + String.join(" ", args));
    }

    @Test
    void interactiveLoopAsCPython() throws Exception {
        assumeTrue(CPython.present(), "no CPython 3.12 found: the interactive loop is not compared");
        same("x = 5\nx\nfor i in range(2):\n    print(i)\n\n1/0\nif x:\n  x+1\n\ndef f(:\nprint('end')\n_\n",
            "-q", "-i");
        same("import sys\nsys.exit(4)\nprint('not here')\n", "-q", "-i");
        same("sys.ps1 = 'in> '\n", "-q", "-i", "-c", "import sys");
        // -i after a program: a SystemExit is reported, the loop runs in the program's namespace.
        same("y * 6\n", "-i", "-c", "y = 7\nraise SystemExit(3)");
    }

    @Test
    void startupFileAndInspectVariableAsCPython() throws Exception {
        assumeTrue(CPython.present(), "no CPython 3.12 found: PYTHONSTARTUP is not compared");
        Path ok = dir.resolve("startup.py");
        Files.writeString(ok, "print('startup', __file__.endswith('startup.py'))\nzz = 42\n");
        Path bad = dir.resolve("bad.py");
        Files.writeString(bad, "zz = 1\n1/0\n");
        String input = "print(zz)\nprint('__file__' in dir())\n";
        // pymain_run_startup: run in __main__ before the first prompt, __file__ only meanwhile.
        sameWith(java.util.Map.of("PYTHONSTARTUP", ok.toString()), input, "-q", "-i");
        // Its error is printed and the loop goes on; a missing file is reported.
        sameWith(java.util.Map.of("PYTHONSTARTUP", bad.toString()), input, "-q", "-i");
        sameWith(java.util.Map.of("PYTHONSTARTUP", dir.resolve("none.py").toString()), input, "-q", "-i");
        // Not with -E, nor for -i after a program.
        sameWith(java.util.Map.of("PYTHONSTARTUP", ok.toString()), input, "-q", "-E", "-i");
        sameWith(java.util.Map.of("PYTHONSTARTUP", ok.toString()), "print(1)\n", "-q", "-i", "-c", "zz = 3");
        // PYTHONINSPECT is sys.flags.inspect, but without a terminal it starts no loop.
        sameWith(java.util.Map.of("PYTHONINSPECT", "1"), "print(2)\n", "-c", "import sys; print(sys.flags.inspect)");
    }

    /**
     * The loop on a terminal: tests/pty/readline_session.py (run by CPython) drives an
     * interpreter on a pseudo-terminal through editing keys, history recall, completion,
     * SIGINT at a prompt, input() and end of input; pyvm's session must be CPython's, byte
     * for byte, and so must the ~/.python_history it writes.
     */
    @Test
    void readlineSessionOnATerminalAsCPython() throws Exception {
        samePtyDriver("tests/pty/readline_session.py", "the terminal session");
    }

    /**
     * input() on a terminal without readline: tests/pty/input_prompt.py (run by CPython) runs
     * an interpreter with -S on a pty, standard error to a pipe; the prompts must go to
     * standard error and end of input must be a bare EOFError, as CPython's PyOS_StdioReadline.
     */
    @Test
    void inputOnATerminalWithoutReadlineAsCPython() throws Exception {
        samePtyDriver("tests/pty/input_prompt.py", "input() on a terminal");
    }

    /**
     * Runs the pty DRIVER (a script of tests/pty, run by CPython) with CPython and then with
     * pyvm as its interpreter; their outputs must be the same. WHAT names it in messages.
     */
    private void samePtyDriver(String driver, String what) throws Exception {
        assumeTrue(CPython.present(), "no CPython 3.12 found: " + what + " is not compared");
        assumeTrue(Files.exists(Path.of("/dev/ptmx")), "no pseudo-terminals: " + what + " is not compared");
        String script = Golden.root().resolve(driver).toString();
        String cpython = CPython.find().orElseThrow().toString();
        Run want = run(List.of(cpython, script, cpython), "");
        Run got = run(List.of(cpython, script, org.pyvm.testing.Launcher.write(dir).toString()), "");
        assertEquals(0, want.status(), "the driver with CPython: " + want.err());
        assertEquals(want.out(), got.out(), what + " on pyvm");
    }

    @Test
    void directoryRunsItsMainModule() throws Exception {
        assumeTrue(CPython.present(), "no CPython 3.12 found: running a directory is not compared");
        Files.writeString(dir.resolve("__main__.py"),
            "import sys\nprint('main of a directory', __name__, sys.path[0] == sys.argv[0], sys.argv[1:])\n1/0\n");
        same("", dir.toString(), "arg");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Run got = run(pyvm(empty.toString()), "");
        assertEquals(1, got.status());
        assertEquals("can't find '__main__' module in '" + empty + "'\n", got.err().substring(got.err().indexOf(": ") + 2));
    }
}
