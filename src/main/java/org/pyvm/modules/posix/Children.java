package org.pyvm.modules.posix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Gil;
import org.pyvm.runtime.Interrupts;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;

/**
 * pyvm's child processes (started by _posixsubprocess.fork_exec on the JDK's process
 * API) and what posix offers about them: waitpid/wait, and kill for any process.
 *
 * <p>The JDK reaps children itself and reports a child killed by signal N as exit code
 * 128 + N, which cannot be told from {@code exit(128 + N)}. So: a child that ends with
 * 128 + N after pyvm sent it signal N (os.kill, Popen.send_signal/terminate/kill) counts
 * as killed by N (wait status N, returncode -N), as does a pyvm child that killed itself
 * with N and left a note saying so (signal.SignalDeaths); any other code is an exit status.
 * Compare CPython Modules/posixmodule.c: os_waitpid_impl, os_kill_impl.
 */
public final class Children {

    private Children() {}

    /** One child: its process, the signals sent to it, and the pumps that copy its output into pyvm's files. */
    public static final class Child {
        final Process process;
        final Set<Integer> signalsSent = ConcurrentHashMap.newKeySet();
        /** Output pumps into files or standard streams, joined before the child is reported as ended. */
        final List<Thread> outputPumps = new ArrayList<>();
        /** The signal the child said it killed itself with (0 none), once its note was looked for. */
        volatile Integer selfSignal;

        public Child(Process p) {
            this.process = p;
        }

        public void addOutputPump(Thread t) {
            outputPumps.add(t);
        }

        public long pid() {
            return process.pid();
        }
    }

    private static final Map<Long, Child> CHILDREN = new LinkedHashMap<>();

    public static synchronized void add(Child c) {
        CHILDREN.put(c.pid(), c);
        c.process.onExit().thenRun(org.pyvm.modules.signal.SignalModule::childEnded);
    }

    private static synchronized Child find(long pid) {
        return CHILDREN.get(pid);
    }

    /** The wait status of an ended child (Linux's encoding). */
    static int status(Child c) {
        if (c.process instanceof PosixSpawn.NativeChild n) {
            return n.waitStatus();
        }
        int code = c.process.exitValue();
        if (code > 128 && code < 128 + 65) {
            if (c.signalsSent.contains(code - 128)) {
                return code - 128;
            }
            if (c.selfSignal == null) {
                c.selfSignal = org.pyvm.modules.signal.SignalDeaths.take(c.pid(), code - 128);
            }
            if (c.selfSignal != 0) {
                return c.selfSignal;
            }
        }
        return (code & 0xff) << 8;
    }

    /** Waits for a child's output pumps (its process has ended, so they end soon). */
    private static void joinPumps(Child c) {
        for (Thread t : c.outputPumps) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static PyObject reap(Child c) {
        joinPumps(c);
        synchronized (Children.class) {
            CHILDREN.remove(c.pid());
        }
        return PyTuple.of(PyInt.of(c.pid()), PyInt.of(status(c)));
    }

    /** An ended child among CANDIDATES, or null. */
    private static Child ended(List<Child> candidates) {
        for (Child c : candidates) {
            if (!c.process.isAlive()) {
                return c;
            }
        }
        return null;
    }

    private static List<Child> candidates(long pid) {
        synchronized (Children.class) {
            if (pid > 0) {
                Child c = CHILDREN.get(pid);
                return c == null ? List.of() : List.of(c);
            }
            // -1, 0 and process groups: any child (pyvm's children share its group).
            return new ArrayList<>(CHILDREN.values());
        }
    }

    /** waitpid(pid, options, /): (pid, status), (0, 0) with WNOHANG while running; ChildProcessError for no child. */
    @ExposedMethod
    static PyObject waitpid(PyObject pidArg, PyObject optionsArg) {
        long pid = Abstract.index(pidArg).longValue();
        int options = PosixModule.fd(optionsArg);
        boolean nohang = (options & 1) != 0;
        while (true) {
            List<Child> cs = candidates(pid);
            if (cs.isEmpty()) {
                throw OsErrors.of(OsErrors.ECHILD);
            }
            Child c = ended(cs);
            if (c != null) {
                return reap(c);
            }
            if (nohang) {
                return PyTuple.of(PyInt.of(0), PyInt.of(0));
            }
            waitAny(cs);
        }
    }

    /** wait(): waitpid(-1, 0). */
    @ExposedMethod(name = "wait")
    static PyObject wait_(PyObject[] args, String[] kw) {
        org.pyvm.modules.corelib.Args.exact("wait", args, kw, 0);
        return waitpid(PyInt.of(-1), PyInt.of(0));
    }

    /** Blocks (GIL released) until one of CS ends or a signal's handler has run. */
    private static void waitAny(List<Child> cs) {
        boolean released = Gil.release();
        org.pyvm.runtime.Interrupts.beginWait();
        boolean interrupted = false;
        try {
            if (cs.size() == 1) {
                cs.get(0).process.waitFor();
            } else {
                java.util.concurrent.CompletableFuture<?>[] fs = new java.util.concurrent.CompletableFuture<?>[cs.size()];
                for (int i = 0; i < fs.length; i++) {
                    fs[i] = cs.get(i).process.onExit();
                }
                java.util.concurrent.CompletableFuture.anyOf(fs).get();
            }
        } catch (InterruptedException e) {
            interrupted = true;
        } catch (java.util.concurrent.ExecutionException e) {
            // an ended process: look again
        } finally {
            org.pyvm.runtime.Interrupts.endWait();
            Gil.reacquire(released);
        }
        if (interrupted) {
            Interrupts.afterInterruptedWait();
        }
    }

    /**
     * kill(pid, signal, /): our own pid goes through the signal module (a Python handler runs
     * before this returns); SIGTERM and SIGKILL through ProcessHandle; other signals through
     * the shell's kill.
     */
    @ExposedMethod
    static void kill(PyObject pidArg, PyObject sigArg) {
        long pid = Abstract.index(pidArg).longValue();
        int sig = PosixModule.fd(sigArg);
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("os.kill", pidArg, sigArg);
        }
        if (sig < 0 || sig > 64) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        if (pid == ProcessHandle.current().pid()) {
            if (sig != 0) {
                org.pyvm.modules.signal.SignalModule.raiseInternal(sig);
            }
            return;
        }
        Child child = find(pid);
        if (child != null) {
            if (!child.process.isAlive()) {
                // A zombie until waited for: the signal is accepted and does nothing.
                return;
            }
            if (sig != 0) {
                child.signalsSent.add(sig);
            }
        }
        if (pid > 0) {
            var h = ProcessHandle.of(pid);
            if (h.isEmpty() || !h.get().isAlive()) {
                throw OsErrors.of(OsErrors.ESRCH);
            }
            if (sig == 0) {
                return;
            }
            if ((sig == 15 || sig == 9) && (sig == 15 ? h.get().destroy() : h.get().destroyForcibly())) {
                return;
            }
        }
        shellKill(pid, sig);
    }

    /** kill(2) through /bin/sh's kill builtin, for what ProcessHandle cannot send. */
    private static void shellKill(long pid, int sig) {
        String cmd;
        if (pid >= 0) {
            cmd = "kill -" + sig + " " + pid;
        } else if (pid < -1 && java.nio.file.Files.isExecutable(java.nio.file.Path.of("/bin/kill"))) {
            cmd = "/bin/kill -" + sig + " -- " + pid;
        } else {
            throw org.pyvm.runtime.PyErr.notSupported("os.kill of a process group or of every process");
        }
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", cmd + " 2>&1");
        pb.redirectErrorStream(true);
        try {
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw OsErrors.of(out.contains("ermitted") ? OsErrors.EPERM
                    : out.contains("nvalid") ? OsErrors.EINVAL : OsErrors.ESRCH);
            }
        } catch (java.io.IOException e) {
            throw OsErrors.from(e, null);
        } catch (InterruptedException e) {
            Interrupts.afterInterruptedWait();
        }
    }
}
