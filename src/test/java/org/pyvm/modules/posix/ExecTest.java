package org.pyvm.modules.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pyvm.testing.Launcher;

/**
 * os.execv ends the process it is called in, so it is tried in a pyvm of its own (the
 * golden corpus runs programs inside the test JVM): the program's output follows what
 * pyvm flushed, nothing after the call runs, and pyvm's exit status is the program's.
 */
class ExecTest {

    @Test
    void execvRunsTheProgramInPlaceOfPyvm() throws Exception {
        String code = String.join("\n",
            "import os, sys",
            "print('before exec')",
            "sys.stdout.flush()",
            "os.execv('/bin/sh', ['sh', '-c', 'echo from exec; exit 3'])",
            "print('not reached')");
        Process p = new ProcessBuilder(Launcher.pyvmCode(code))
            .redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "pyvm did not end");
        assertEquals("before exec\nfrom exec\n", out);
        assertEquals(3, p.exitValue());
    }
}
