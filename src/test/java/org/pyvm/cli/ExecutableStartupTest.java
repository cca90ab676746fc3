package org.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyvm.testing.Launcher;

/**
 * Start-up and exit decisions seen only from a process of its own: a ._pth file beside the
 * executable (cli.PthFile, getpath.py) and the flush of sys.stdout at exit when its descriptor
 * is gone (Setup.flushAtExit, pylifecycle.c: flush_std_files). The expectations are what
 * CPython 3.12 does for the same files and code (a symbolic link to python3.12 with a ._pth).
 */
class ExecutableStartupTest {

    @TempDir
    Path dir;

    @Test
    void pthFileReplacesTheSearchPathAndIsolates() throws Exception {
        Path launcher = Launcher.write(dir);
        Files.writeString(dir.resolve("pyvm-launcher._pth"),
            "# a comment\nlib-one\n\n  sub/../lib-two  # trailing comment\n.\n/abs/path\n");
        String code = "import sys; print(sys.path); f = sys.flags;"
            + " print(f.isolated, f.ignore_environment, f.safe_path, f.no_site, sys.prefix == sys.exec_prefix == sys.base_prefix);"
            + " print(sys.prefix)";
        String out = Launcher.runMerged(List.of("env", "PYTHONPATH=from-env", launcher.toString(), "-c", code), dir, 120);
        String dl = dir.toAbsolutePath().toString();
        assertEquals("['" + dl + "/lib-one', '" + dl + "/lib-two', '" + dl + "', '/abs/path']\n"
            + "1 1 True 1 True\n" + dl + "\nreturncode 0\n", out);
    }

    @Test
    void pthFileMayAskForSite() throws Exception {
        Path stdlib = StdlibFinder.find(System.getenv(), List.of());
        assumeTrue(stdlib != null, "no CPython 3.12 standard library for site");
        Path launcher = Launcher.write(dir);
        Files.writeString(dir.resolve("pyvm-launcher._pth"), "lib-one\n" + stdlib + "\nimport site\n");
        String out = Launcher.runMerged(List.of(launcher.toString(), "-c",
            "import sys; print(sys.flags.no_site, sys.path[0])"), dir, 120);
        assertEquals("0 " + dir.toAbsolutePath() + "/lib-one\nreturncode 0\n", out);
    }

    @Test
    void failedStdoutFlushAtExitIsReportedWithStatus120() throws Exception {
        Path launcher = Launcher.write(dir);
        String out = Launcher.runMerged(List.of("env", "-u", "PYTHONUNBUFFERED", launcher.toString(), "-c",
            "import os, sys; sys.stdout.write('x'); os.close(sys.stdout.fileno())"), dir, 120);
        assertEquals("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n"
            + "OSError: [Errno 9] Bad file descriptor\nreturncode 120\n", out);
    }
}
