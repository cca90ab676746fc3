package org.pyvm.modules.subprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.pyvm.testing.Launcher;

/**
 * subprocess's user, group and extra_groups (setpriv in the child, {@link ChildIds}): the
 * child's ids, a program the new user may not reach (PermissionError, as CPython's child
 * reports from execve) and fork_exec's argument errors. Changing ids needs root, so the
 * test runs only as root (as CPython's test_subprocess does its checks); in a pyvm of its
 * own, since the golden corpus compares with a CPython run that may not be root.
 */
class ChildIdsTest {

    @Test
    void childGetsTheIdsAsked() throws Exception {
        Assumptions.assumeTrue("0".equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid").toString()),
            "changing a child's ids needs root");
        String code = String.join("\n",
            "import os, subprocess, tempfile",
            "print(subprocess.check_output(['id', '-u'], user=65534))",
            "print(subprocess.check_output(['id', '-g'], group=65534))",
            "print(subprocess.check_output(['id', '-G'], group=65534, extra_groups=[2, 1]))",
            "print(subprocess.check_output(['id', '-G'], extra_groups=[]))",
            "d = tempfile.mkdtemp()",
            "os.chmod(d, 0o700)",
            "prog = os.path.join(d, 'prog')",
            "with open(prog, 'w') as f:",
            "    f.write('#!/bin/sh\\necho ran\\n')",
            "os.chmod(prog, 0o755)",
            "print(subprocess.check_output([prog], group=65534))",
            "try:",
            "    subprocess.check_call([prog], user=65534)",
            "except PermissionError as e:",
            "    print(type(e).__name__, e.errno, e.filename == prog)",
            "os.remove(prog)",
            "os.rmdir(d)",
            "for bad in ([-1], [2**64], ['no such group name x']):",
            "    try:",
            "        subprocess.check_call(['true'], extra_groups=bad)",
            "    except (ValueError, KeyError) as e:",
            "        print(type(e).__name__, e)");
        Process p = new ProcessBuilder(Launcher.pyvmCode(code))
            .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "pyvm did not end");
        // What CPython 3.12 prints, run as root.
        assertEquals("b'65534\\n'\n"
            + "b'65534\\n'\n"
            + "b'65534 1 2\\n'\n"
            + "b'0\\n'\n"
            + "b'ran\\n'\n"
            + "PermissionError 13 True\n"
            + "ValueError Group ID cannot be negative, got -1\n"
            + "ValueError invalid group id\n"
            + "KeyError \"getgrnam(): name not found: 'no such group name x'\"\n", out);
        assertEquals(0, p.exitValue());
    }
}
