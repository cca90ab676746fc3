package org.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyvm.testing.CPython;
import org.pyvm.testing.Golden;

/**
 * How a program started from the command line ends and what its __main__ looks like,
 * compared with CPython 3.12 given the same command line, working folder, environment and
 * standard input: an uncaught KeyboardInterrupt kills the process by SIGINT, -m finds a
 * module in a zip file on PYTHONPATH (through runpy), a NUL byte in a program file is the
 * file tokenizer's SyntaxError, __main__.__loader__, sys.path[0] of a directory under -I.
 * pyvm runs as a process of its own (from target/classes). Each command runs under
 * CPython's subprocess.run, which reports a death by a signal as a negative returncode
 * (Java's Process cannot tell it from an exit status of 128 + N).
 */
class CommandLineTest {

    @TempDir
    Path dir;

    /**
     * CPython's subprocess.run of the rest of the command line: its output, then its
     * returncode. The command starts with SIGINT at its default disposition: a JVM that
     * starts with it ignored cannot take it back (an in-process golden program may have
     * set SIG_IGN in the test JVM, whose children inherit it).
     */
    private static final String WRAPPER = "import signal, subprocess, sys\n"
        + "signal.signal(signal.SIGINT, signal.SIG_DFL)\n"
        + "r = subprocess.run(sys.argv[1:], capture_output=True)\n"
        + "sys.stdout.buffer.write(r.stdout)\n"
        + "sys.stderr.buffer.write(r.stderr)\n"
        + "print('returncode', r.returncode)\n";

    private record Run(String out, String err) {}

    @BeforeEach
    void needCPython() {
        assumeTrue(CPython.present(), "no CPython 3.12 found: the command line is not compared");
    }

    private Run run(List<String> command, String input, Map<String, String> env) throws Exception {
        List<String> c = new ArrayList<>(List.of(CPython.find().orElseThrow().toString(), "-c", WRAPPER));
        c.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(c).directory(dir.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        // Standard error read beside standard output, so that neither pipe fills up.
        java.util.concurrent.CompletableFuture<byte[]> errRead = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return p.getErrorStream().readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = errRead.get(120, TimeUnit.SECONDS);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Run(new String(out, StandardCharsets.UTF_8), normalize(new String(err, StandardCharsets.UTF_8)));
    }

    /** runpy's messages start with sys.executable, which differs. */
    private static String normalize(String err) {
        return err.replaceAll("(?m)^\\S*(python[0-9.]*|pyvm): ", "EXE: ");
    }

    private static List<String> pyvm(String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // --enable-native-access as bin/pyvm gives it (the C library is called through java.lang.foreign).
        List<String> c = new ArrayList<>(List.of(java, "-Xss64m", "--enable-native-access=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.fs=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "-cp",
            Golden.root().resolve("target/classes").toString(),
            "org.pyvm.cli.Main"));
        c.addAll(List.of(args));
        return c;
    }

    private static List<String> cpython(String... args) {
        List<String> c = new ArrayList<>(List.of(CPython.find().orElseThrow().toString()));
        c.addAll(List.of(args));
        return c;
    }

    /** Runs ARGS on both with INPUT and ENV; returns pyvm's run after comparing it with CPython's. */
    private Run same(String input, Map<String, String> env, String... args) throws Exception {
        Run want = run(cpython(args), input, env);
        Run got = run(pyvm(args), input, env);
        assertEquals(want.out(), got.out(), "stdout and returncode of " + String.join(" ", args) + " (stderr: "
            + got.err() + ")");
        assertEquals(want.err(), got.err(), "stderr of " + String.join(" ", args));
        return got;
    }

    private Run same(String... args) throws Exception {
        return same("", Map.of(), args);
    }

    @Test
    void uncaughtKeyboardInterruptKillsBySigint() throws Exception {
        Files.writeString(dir.resolve("ham.py"), "raise KeyboardInterrupt\n");
        Files.writeString(dir.resolve("run_module.py"), "import runpy\nrunpy.run_module('ham')\n");
        Run r = same("-E", "ham.py");
        assertEquals(true, r.out().endsWith("returncode -2\n"), r.out());
        // runpy.run_module from a program (its frames are CPython's frozen runpy's there, the
        // standard library file's on pyvm, so only the outcome is compared).
        Run want = run(cpython("-E", "run_module.py"), "", Map.of());
        Run got = run(pyvm("-E", "run_module.py"), "", Map.of());
        assertEquals(want.out(), got.out(), "returncode of run_module.py");
        assertEquals(true, got.err().endsWith("\nKeyboardInterrupt\n"), got.err());
        same("-E", "-c", "import ham");
        same("import ham\n", Map.of(), "-E");
        same("-E", "-m", "ham");
        // Only KeyboardInterrupt itself: a subclass is an ordinary uncaught exception.
        same("-c", "class K(KeyboardInterrupt): pass\nraise K");
        // Caught, then SystemExit: an exit status.
        same("-c", "try:\n    raise KeyboardInterrupt\nexcept BaseException:\n    raise SystemExit(3)");
        // -i: the interactive loop after the program clears it.
        same("", Map.of(), "-q", "-i", "-c", "raise KeyboardInterrupt");
    }

    /**
     * A pyvm parent and a pyvm child, against a CPython parent and a CPython child: the
     * program PARENT runs with the child's command line in sys.argv[1:].
     */
    private void sameAsParent(String parent, String... childArgs) throws Exception {
        List<String> c = new ArrayList<>(List.of("-c", parent));
        c.addAll(cpython(childArgs));
        List<String> p = new ArrayList<>(List.of("-c", parent));
        p.addAll(pyvm(childArgs));
        Run want = run(cpython(c.toArray(String[]::new)), "", Map.of());
        Run got = run(pyvm(p.toArray(String[]::new)), "", Map.of());
        assertEquals(want.out(), got.out(), "stdout and returncode of a parent of " + String.join(" ", childArgs));
        assertEquals(want.err(), got.err(), "stderr of a parent of " + String.join(" ", childArgs));
    }

    @Test
    void parentSeesItsChildKilledBySigint() throws Exception {
        Files.writeString(dir.resolve("ham.py"), "raise KeyboardInterrupt\n");
        String parent = "import subprocess, sys\n"
            + "r = subprocess.run(sys.argv[1:], capture_output=True)\n"
            + "print(r.returncode, r.stderr.splitlines()[-1:])\n";
        sameAsParent(parent, "ham.py");
        sameAsParent(parent, "-c", "raise SystemExit(130)");
        sameAsParent(parent, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGINT)");
    }

    @Test
    void parentSeesItsChildKilledByAFatalSignal() throws Exception {
        // faulthandler's crash helpers end the process by the signal itself; the JDK reports
        // such a child as exit code 128 + N, so a pyvm parent needs the child's note to say -N
        // (regrtest reports a crashed worker as "Exit code -11 (SIGSEGV)").
        String parent = "import subprocess, sys\n"
            + "r = subprocess.run(sys.argv[1:], capture_output=True)\n"
            + "print(r.returncode, r.stderr.splitlines()[-1:])\n";
        sameAsParent(parent, "-c", "import faulthandler; faulthandler._sigsegv()");
        sameAsParent(parent, "-c", "import faulthandler; faulthandler._sigfpe()");
        sameAsParent(parent, "-c", "raise SystemExit(139)");
    }

    @Test
    void scriptPassedAsDevFd() throws Exception {
        Files.writeString(dir.resolve("script.py"), "import sys\nprint('12345678912345678912345', sys.path[0])\n");
        // pass_fds naming the standard descriptors too, as test_cmd_line_script does.
        String parent = "import subprocess, sys\n"
            + "with open('script.py') as fp:\n"
            + "    p = subprocess.Popen(sys.argv[1:] + [f'/dev/fd/{fp.fileno()}'], stdin=subprocess.PIPE,\n"
            + "                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, close_fds=True,\n"
            + "                         pass_fds=(0, 1, 2, fp.fileno()))\n"
            + "    out, err = p.communicate()\n"
            + "print(out.decode().replace(sys.argv[1], 'EXE'), p.returncode)\n";
        sameAsParent(parent);
    }

    @Test
    void programPaths() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real"));
        Files.writeString(real.resolve("s.py"), "import sys\nprint(sys.path[0], __file__, sys.argv[0])\n");
        Path links = Files.createDirectory(dir.resolve("links"));
        Files.createSymbolicLink(links.resolve("s.py"), Path.of("../real/s.py"));
        // sys.path[0] is the folder of the file a symbolic link leads to; __file__ is not normalized.
        same("links/s.py");
        same("./links/../links/s.py");
        same("real/");
        same("./nonexistent.py");
        same("nonexistent/");
        // Not only regular files.
        same("import sys\nprint(__file__, sys.path[0])\n", Map.of(), "/dev/stdin");
        same("/dev/null");
    }

    @Test
    void startupSettings() throws Exception {
        String show = "import sys; print(sys.flags.int_max_str_digits, sys.get_int_max_str_digits())";
        for (String x : new String[] {"int_max_str_digits", "int_max_str_digits=foo", "int_max_str_digits=100",
            "int_max_str_digits=0", "int_max_str_digits=4000"}) {
            same("-X", x, "-c", show);
        }
        same("", Map.of("PYTHONINTMAXSTRDIGITS", "100"), "-c", show);
        same("", Map.of("PYTHONINTMAXSTRDIGITS", "4000"), "-X", "int_max_str_digits=6000", "-c", show);
        same("", Map.of("PYTHONINTMAXSTRDIGITS", "5000"), "-c", show);
        // An empty PYTHONPATH is no PYTHONPATH; PYTHONDEBUG sets the flag; -R is accepted.
        same("", Map.of("PYTHONPATH", "", "PYTHONDEBUG", "text"), "-R", "-S", "-c",
            "import sys; print(sys.path[0] == '', sys.flags.debug)");
    }

    @Test
    void tracemallocAtStartup() throws Exception {
        // -X tracemalloc[=N] and PYTHONTRACEMALLOC start tracing before the program; a bad
        // count is a fatal configuration error (initconfig.c: config_init_tracemalloc).
        String show = "import tracemalloc; print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())";
        same("-c", show);
        for (String x : new String[] {"tracemalloc", "tracemalloc=1", "tracemalloc=15", "tracemalloc=0",
            "tracemalloc=-1", "tracemalloc=abc", "tracemalloc="}) {
            same("-X", x, "-c", show);
        }
        same("", Map.of("PYTHONTRACEMALLOC", "10"), "-c", show);
        same("", Map.of("PYTHONTRACEMALLOC", "0"), "-c", show);
        same("", Map.of("PYTHONTRACEMALLOC", "-1"), "-c", show);
        same("", Map.of("PYTHONTRACEMALLOC", "x"), "-c", show);
        same("", Map.of("PYTHONTRACEMALLOC", "4"), "-E", "-c", show);
        same("", Map.of("PYTHONTRACEMALLOC", "4"), "-X", "tracemalloc=7", "-c", show);
    }

    @Test
    void warningOptionsAndDevMode() throws Exception {
        // sys.warnoptions in CPython's order (dev mode, PYTHONWARNINGS, -W, -b/-bb), warnings
        // imported at start-up when there are any (a bad one is reported before the program
        // runs), dev mode and faulthandler from -X and the environment.
        String show = "import sys, faulthandler; print(sys.warnoptions, sys.flags.bytes_warning, "
            + "sys.flags.dev_mode, faulthandler.is_enabled(), 'warnings' in sys.modules)";
        same("-c", show);
        same("-bb", "-c", show);
        same("-W", "default", "-b", "-W", "nonsense", "-c", show);
        same("-X", "dev", "-b", "-c", show);
        same("-X", "faulthandler", "-c", show);
        same("", Map.of("PYTHONWARNINGS", "error,,once ", "PYTHONDEVMODE", "1"), "-W", "ignore", "-c", show);
        same("", Map.of("PYTHONWARNINGS", "error", "PYTHONFAULTHANDLER", "x"), "-E", "-c", show);
    }

    private void zip(Path zip, Map<String, String> files) throws Exception {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, String> e : files.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
    }

    @Test
    void dashMFindsModulesInZipFiles() throws Exception {
        zip(dir.resolve("archive.zip"), Map.of("pkg/__init__.py", "", "pkg/sub/__init__.py", "",
            "pkg/sub/mod.py", "import sys\nprint(__name__, __spec__.name, __file__, sys.argv[1:], type(__loader__))\n",
            "pkg/sub/__main__.py", "print('main of', __spec__.name)\n1/0\n"));
        Map<String, String> env = Map.of("PYTHONPATH", "archive.zip");
        same("", env, "-m", "pkg.sub.mod", "a", "b");
        same("", env, "-m", "pkg.sub");
        same("", env, "-m", "pkg.nosuch");
        same("", env, "-m", "pkg");
    }

    @Test
    void dashMErrorsAsRunpy() throws Exception {
        Files.createDirectory(dir.resolve("bad_pkg"));
        Files.write(dir.resolve("bad_pkg/__init__.pyc"), new byte[0]);
        Files.writeString(dir.resolve("plain.py"), "");
        same("-m", "bad_pkg");
        same("-m", "plain.py");
        same("-m", "no_such_module");
        same("-m", ".relative");
    }

    @Test
    void nullBytesInAProgramFile() throws Exception {
        Files.write(dir.resolve("nul.py"), "x = '\0' nothing to see here\n';import os\n".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("nul_string.py"), "\n'''\nmultilinestring\0\n'''".getBytes(StandardCharsets.UTF_8));
        same("nul.py");
        same("nul_string.py");
        same("y = 1\nz = 2 \0 3\n", Map.of(), "-");
        // compile() and the import of such a file report the string form.
        same("-c", "import nul");
    }

    @Test
    void mainLoaderAndPath() throws Exception {
        Files.writeString(dir.resolve("script.py"), "print(type(__loader__).__module__, type(__loader__).__name__, "
            + "__loader__.name, __loader__.get_filename() == __file__, __cached__, __package__)\n");
        same("script.py");
        Path d = Files.createDirectory(dir.resolve("app"));
        Files.writeString(d.resolve("__main__.py"), "import sys\nprint(sys.path[0] == sys.argv[0], __name__)\n");
        // A directory run as the program is sys.path[0] even in isolated mode (-I implies -P).
        same("-I", "app");
    }
}
