package org.pyvm.modules.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pyvm.testing.Launcher;

/**
 * A pyvm started with SIGHUP and SIGINT ignored (nohup, a shell's background job): the JVM
 * keeps an ignored shutdown signal ignored whatever it is asked, but a program's
 * signal.signal must still take effect, as CPython's does (asyncio's send_signal tests and
 * test_signal's test_interprocess_signal waited for ever under nohup). SIGINT ignored at
 * start stays ignored when the program leaves it alone (CPython installs
 * default_int_handler only over SIG_DFL). Run in a pyvm of its own, started through bash
 * with the signals ignored.
 */
class IgnoredAtStartTest {

    @Test
    void programSetsDispositionsOfSignalsIgnoredAtStart() throws Exception {
        String code = String.join("\n",
            "import os, signal, subprocess, time",
            "def ignored():",
            "    with open('/proc/self/status') as f:",
            "        mask = int(next(l for l in f if l.startswith('SigIgn:')).split()[1], 16)",
            "    return [s for s in (1, 2) if mask & (1 << (s - 1))]",
            "print('start', signal.getsignal(signal.SIGHUP), signal.getsignal(signal.SIGINT), ignored())",
            "got = []",
            "signal.signal(signal.SIGHUP, lambda s, f: got.append(s))",
            "subprocess.run(['/bin/sh', '-c', 'kill -HUP %d' % os.getpid()])",
            "for _ in range(400):",
            "    if got: break",
            "    time.sleep(0.05)",
            "print('caught', got, ignored())",
            "signal.signal(signal.SIGHUP, signal.SIG_DFL)",
            "child = subprocess.run(['/bin/grep', 'SigIgn', '/proc/self/status'], capture_output=True)",
            "mask = int(child.stdout.split()[1], 16)",
            "print('child ignores', [s for s in (1, 2) if mask & (1 << (s - 1))])");
        String cmd = "trap '' HUP INT; exec \"$0\" \"$@\"";
        Process p = new ProcessBuilder(java.util.stream.Stream.concat(java.util.stream.Stream.of("/bin/bash", "-c", cmd),
            Launcher.pyvmCode(code).stream()).toList())
            .redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "pyvm did not end");
        // What CPython 3.12 prints when started the same way.
        assertEquals("start 1 1 [1, 2]\n"
            + "caught [1] [2]\n"
            + "child ignores [2]\n", out);
        assertEquals(0, p.exitValue());
    }
}
