package org.pyvm.modules.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pyvm.testing.Launcher;

/**
 * A Python signal handler runs while the main thread is blocked reading the JVM's real
 * standard input, and the read then goes on without losing data (PEP 475), as in
 * test_file_eintr. It needs a pyvm of its own with a pipe as standard input.
 */
class StdinReaderTest {

    @Test
    void signalHandlerRunsDuringABlockedStdinRead() throws Exception {
        String code = String.join("\n",
            "import signal, sys",
            "signal.signal(signal.SIGUSR1, lambda s, f: print('handler', s == signal.SIGUSR1, flush=True))",
            "print('ready', flush=True)",
            "data = sys.stdin.buffer.readline()",
            "print('read', data, flush=True)",
            "print('rest', sys.stdin.buffer.read(), flush=True)");
        Process p = new ProcessBuilder(Launcher.pyvmCode(code))
            .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", out.readLine());
            // Give the main thread time to block in the read, then signal it.
            Thread.sleep(1000);
            Process kill = new ProcessBuilder("kill", "-USR1", Long.toString(p.pid())).start();
            assertTrue(kill.waitFor(60, TimeUnit.SECONDS));
            assertEquals("handler True", out.readLine());
            OutputStream in = p.getOutputStream();
            in.write("line one\nline two\n".getBytes(StandardCharsets.UTF_8));
            in.close();
            assertEquals("read b'line one\\n'", out.readLine());
            assertEquals("rest b'line two\\n'", out.readLine());
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "pyvm did not end");
            assertEquals(0, p.exitValue());
        } finally {
            p.destroyForcibly();
        }
    }
}
