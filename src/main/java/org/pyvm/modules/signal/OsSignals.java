package org.pyvm.modules.signal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The process's real signal dispositions, through the JDK's {@code sun.misc.Signal}
 * (module jdk.unsupported, usable without flags on JDK 25): a caught signal runs a Java
 * handler on the JVM's "Signal Dispatcher" thread, which only records it (CPython's C
 * handler, trip_signal, also only records). The JVM keeps SIGQUIT, SIGSEGV, SIGFPE and
 * SIGILL for itself and refuses handlers for them. Kept apart from {@link SignalModule} so
 * that the JDK class is loaded only when a disposition changes.
 */
final class OsSignals {

    private OsSignals() {}

    /** Linux's signal names without "SIG", by number (1-31); real-time signals have none in the JDK. */
    private static final String[] NAMES = {null, "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL",
        "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU",
        "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS"};

    /** The JVM's own handler of each signal changed here, to put back for SIG_DFL (INT, TERM, HUP: its shutdown). */
    private static final Map<Integer, sun.misc.SignalHandler> ORIGINAL = new HashMap<>();

    static String name(int sig) {
        return sig > 0 && sig < NAMES.length ? NAMES[sig] : null;
    }

    /** Whether the JDK can change SIG's disposition. */
    static boolean supported(int sig) {
        return name(sig) != null;
    }

    /**
     * Sets SIG's disposition: 0 default, 1 ignore, 2 catch (calling SINK with the number).
     * Returns false when the JVM refuses (a signal it uses itself).
     */
    static boolean set(int sig, int mode, IntConsumer sink) {
        return set(sig, mode, sink, true);
    }

    /**
     * As {@link #set(int, int, IntConsumer)}; with OVERRIDE_IGNORED false, a shutdown signal
     * ignored since start-up stays ignored (the command line's SIGINT catcher: CPython installs
     * default_int_handler only over SIG_DFL).
     */
    static synchronized boolean set(int sig, int mode, IntConsumer sink, boolean overrideIgnored) {
        String n = name(sig);
        if (n == null) {
            return false;
        }
        sun.misc.SignalHandler h = switch (mode) {
            // The JVM's handler, but not an ignore inherited at start-up: SIG_DFL means SIG_DFL.
            case 0 -> ORIGINAL.get(sig) instanceof sun.misc.SignalHandler o && o != sun.misc.SignalHandler.SIG_IGN
                ? o : sun.misc.SignalHandler.SIG_DFL;
            // HotSpot never installs a handler over an ignored HUP, INT or TERM (its shutdown
            // signals; JVM_RegisterSignal), so a real SIG_IGN there could not be undone: the
            // signal would stay ignored for good, in this process and its children. Catch and
            // drop it instead.
            case 1 -> isShutdownSignal(sig) ? s -> { } : sun.misc.SignalHandler.SIG_IGN;
            default -> s -> sink.accept(sig);
        };
        try {
            sun.misc.Signal signal = new sun.misc.Signal(n);
            sun.misc.SignalHandler old = sun.misc.Signal.handle(signal, h);
            if (overrideIgnored && old == sun.misc.SignalHandler.SIG_IGN && mode != 1 && isShutdownSignal(sig)
                    && h != sun.misc.SignalHandler.SIG_IGN) {
                // HotSpot leaves a HUP, INT or TERM that was ignored when the JVM started
                // ignored, whatever is asked (JVM_RegisterSignal answers SIG_IGN and changes
                // nothing): under nohup or in a background job, signal(SIGHUP, handler) caught
                // nothing and SIG_DFL left children ignoring it (asyncio's send_signal tests
                // waited for ever). CPython's PyOS_setsig sets what it is asked, so the
                // disposition is first made SIG_DFL in libc; the JVM then takes it.
                if (setDefaultNative(sig)) {
                    sun.misc.Signal.handle(signal, h);
                }
            }
            ORIGINAL.putIfAbsent(sig, old);
            if (mode == 0 && ORIGINAL.get(sig) != sun.misc.SignalHandler.SIG_IGN) {
                // (An ignore inherited at start-up, made SIG_DFL here, stays recorded for
                // restoreAll to put back.)
                ORIGINAL.remove(sig);
            }
            return true;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean isShutdownSignal(int sig) {
        return sig == 1 || sig == 2 || sig == 15;
    }

    /** raise(3): SIG is delivered to this process as the OS delivers it. */
    static boolean raise(int sig) {
        String n = name(sig);
        if (n == null) {
            return false;
        }
        try {
            sun.misc.Signal.raise(new sun.misc.Signal(n));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static java.lang.invoke.MethodHandle libcRaise, libcSignal;

    private static synchronized void bindLibc() {
        if (libcRaise == null) {
            java.lang.foreign.Linker l = java.lang.foreign.Linker.nativeLinker();
            var i32 = java.lang.foreign.ValueLayout.JAVA_INT;
            libcSignal = l.downcallHandle(l.defaultLookup().find("signal").orElseThrow(),
                java.lang.foreign.FunctionDescriptor.of(java.lang.foreign.ValueLayout.JAVA_LONG, i32,
                    java.lang.foreign.ValueLayout.JAVA_LONG));
            libcRaise = l.downcallHandle(l.defaultLookup().find("raise").orElseThrow(),
                java.lang.foreign.FunctionDescriptor.of(i32, i32));
        }
    }

    /** libc's signal(SIG, SIG_DFL) (through FFM); false when it cannot be called or fails. */
    private static boolean setDefaultNative(int sig) {
        try {
            bindLibc();
            return (long) libcSignal.invokeExact(sig, 0L) != -1L;
        } catch (Throwable t) {
            return false;
        }
    }

    /**
     * libc's raise(SIG) (through FFM), for a signal with no Java handler, which the JDK cannot
     * raise: the OS's disposition applies (the default action of SIGUSR1 ends the process, as
     * in CPython). With DEFAULT, SIG's disposition is first set to SIG_DFL in libc, taking it
     * from the JVM (for a fatal signal such as SIGSEGV, when the process is to die by it).
     * False when the calls cannot be made.
     */
    static boolean raiseNative(int sig, boolean makeDefault) {
        try {
            bindLibc();
            if (makeDefault) {
                long ignored = (long) libcSignal.invokeExact(sig, 0L);
            }
            return (int) libcRaise.invokeExact(sig) == 0;
        } catch (Throwable t) {
            return false;
        }
    }

    /**
     * SIG's disposition becomes the OS default (not the JVM's handler, whose SIGINT runs the
     * shutdown hooks and exits with 130), then the process sends SIG to itself, which ends
     * it. The JDK raises only signals that have a Java handler, so the signal comes from
     * /bin/sh's kill builtin (as os.kill's other signals do, posix.Children). A pyvm parent
     * is told (SignalDeaths). Returns when that fails: the JVM keeps an ignored SIGINT
     * ignored (a program set SIG_IGN, or pyvm started with it ignored), so only a pyvm
     * parent can still see the death by SIG; the caller then exits with 128 + SIG.
     */
    static synchronized void dieBy(int sig, String parentMain) {
        String n = name(sig);
        if (n == null) {
            return;
        }
        try {
            sun.misc.SignalHandler old = sun.misc.Signal.handle(new sun.misc.Signal(n),
                sun.misc.SignalHandler.SIG_DFL);
            SignalDeaths.announce(sig, parentMain);
            if (old == sun.misc.SignalHandler.SIG_IGN) {
                return; // still ignored
            }
            for (int attempt = 0; attempt < 3; attempt++) {
                // A few tries: starting a process can fail for a moment on a loaded machine.
                try {
                    ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c",
                        "kill -" + sig + " " + ProcessHandle.current().pid());
                    pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectInput(ProcessBuilder.Redirect.PIPE);
                    Process p = pb.start();
                    p.getOutputStream().close();
                    if (p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0) {
                        // The signal is on its way; this thread sees the process end.
                        Thread.sleep(10_000);
                        return;
                    }
                } catch (java.io.IOException e) {
                    Thread.sleep(100);
                }
            }
        } catch (IllegalArgumentException | UnsupportedOperationException | InterruptedException e) {
            // the caller falls back to an exit status
        }
    }

    /** Puts back every disposition a previous run in this JVM changed. */
    static synchronized void restoreAll() {
        for (Map.Entry<Integer, sun.misc.SignalHandler> e : new HashMap<>(ORIGINAL).entrySet()) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(NAMES[e.getKey()]), e.getValue());
            } catch (IllegalArgumentException ex) {
                // the JVM took it back
            }
        }
        ORIGINAL.clear();
    }

    static synchronized boolean changed() {
        return !ORIGINAL.isEmpty();
    }
}
