package org.pyvm.modules.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pyvm.testing.Golden;

/**
 * A pyvm whose descriptor 0 was opened read-write (a parent gave its read-write file as
 * the child's stdin, test_subprocess's test_swap_std_fds_with_one_closed) may write to
 * it, as CPython may; a read-only stdin still gives EBADF. In a pyvm of its own, started
 * through bash with the redirections.
 */
class StdinReadWriteTest {

    @Test
    void writeToReadWriteStdin() throws Exception {
        Path dir = Files.createTempDirectory("pyvm-stdin");
        Path rw = dir.resolve("rw");
        Path ro = dir.resolve("ro");
        Files.writeString(ro, "");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String code = "import os\nprint(os.write(0, b'into stdin'))";
        String cp = Golden.root().resolve("target/classes").toString();
        List<String> jvm = List.of(java, "-Xlog:disable", "--enable-native-access=ALL-UNNAMED", "-cp", cp,
            "org.pyvm.cli.Main", "-c", code);
        assertEquals("10\n", run(jvm, "exec \"$0\" \"$@\" 0<>" + rw));
        assertEquals("into stdin", Files.readString(rw));
        String out = run(jvm, "exec \"$0\" \"$@\" 2>&1 0<" + ro);
        assertTrue(out.endsWith("OSError: [Errno 9] Bad file descriptor\n"), out);
        Files.delete(rw);
        Files.delete(ro);
        Files.delete(dir);
    }

    private static String run(List<String> jvm, String script) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("/bin/bash", "-c", script));
        cmd.addAll(jvm);
        Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "pyvm did not end");
        return out;
    }
}
