package org.pyvm.modules.faulthandler;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.posix.FdTable;
import org.pyvm.modules.posix.OsErrors;
import org.pyvm.modules.signal.SignalModule;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.CodeRunner;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyFrame;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;

/**
 * faulthandler: Python tracebacks written straight to a descriptor, without running
 * Python code (dump_traceback, dump_traceback_later's watchdog thread, register's signal
 * handler run on Java threads). enable() records the file and is honoured only for what
 * pyvm can see: a fatal error of the JVM itself (SIGSEGV in native code...) is reported
 * by the JVM, not here. Frames of other threads are read without locks, as CPython does.
 * The test helpers that crash the process on purpose (_sigsegv, _read_null...) report as
 * CPython's handler does, then end the process by the signal (FatalErrors). Compare CPython Modules/faulthandler.c and Python/traceback.c:
 * _Py_DumpTracebackThreads.
 */
public final class FaulthandlerModule {

    private FaulthandlerModule() {}

    private static final int MAX_FRAME_DEPTH = 100;
    private static final int MAX_NTHREADS = 100;

    private static boolean enabled;
    private static int enabledFd = -1;
    private static boolean enabledAll = true;
    private static Watchdog watchdog;
    private static final Map<Integer, Integer> REGISTERED = new HashMap<>();

    /** The module; ENABLED when -X faulthandler, PYTHONFAULTHANDLER or dev mode turned it on (on stderr). */
    public static PyModule create(boolean enabledAtStart) {
        synchronized (FaulthandlerModule.class) {
            enabled = enabledAtStart;
            enabledFd = enabledAtStart ? 2 : -1;
            if (watchdog != null) {
                watchdog.cancel();
                watchdog = null;
            }
            REGISTERED.clear();
        }
        if (enabledAtStart) {
            watchFatalSignals(true);
        }
        PyModule m = new PyModule("faulthandler");
        m.addFunctions(FaulthandlerModule.class);
        m.getDict().setStr("__doc__", PyStr.of("faulthandler module."));
        return m;
    }

    /** The descriptor of FILE (None: sys.stderr), flushing a file object first. Compare faulthandler_get_fileno. */
    private static int fileno(PyObject file) {
        if (file == null || file == PyNone.NONE) {
            file = PyRuntime.builtinModule("sys").getDict().getStr("stderr");
            if (file == null || file == PyNone.NONE) {
                throw PyErr.runtimeError("sys.stderr is None");
            }
        } else if (file instanceof PyInt i) {
            if (i.isBig() || i.value < 0 || i.value > Integer.MAX_VALUE) {
                throw PyErr.valueError("file is not a valid file descriptor");
            }
            return (int) i.value;
        }
        PyObject r = Abstract.call(Abstract.getAttr(file, "fileno"));
        if (!(r instanceof PyInt i) || i.isBig() || i.value < 0 || i.value > Integer.MAX_VALUE) {
            throw PyErr.runtimeError("file.fileno() is not a valid file descriptor");
        }
        PyObject flush = Abstract.lookupAttr(file, "flush");
        if (flush != null) {
            try {
                Abstract.call(flush);
            } catch (PyBaseException e) {
                // ignored, as CPython does
            }
        }
        return (int) i.value;
    }

    private static void write(int fd, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        try {
            FdTable.write(fd, b, 0, b.length);
        } catch (PyBaseException | IllegalStateException e) {
            // a dump never raises: CPython ignores write errors here
        }
    }

    /** One thread's frames, innermost first, as _Py_DumpTraceback writes them. */
    static void dumpFrames(StringBuilder sb, PyFrame f) {
        if (f == null) {
            sb.append("  <no Python frame>\n");
            return;
        }
        int depth = 0;
        for (; f != null; f = f.back()) {
            if (depth++ >= MAX_FRAME_DEPTH) {
                sb.append("  ...\n");
                break;
            }
            org.pyvm.runtime.PyCode c = f.code();
            int line;
            try {
                line = f.lineno();
            } catch (RuntimeException e) {
                line = -1;
            }
            sb.append("  File \"");
            ascii(sb, c.filename);
            sb.append("\", line ").append(line < 0 ? "???" : Integer.toString(line)).append(" in ");
            ascii(sb, c.name);
            sb.append('\n');
        }
    }

    /**
     * S as a signal handler may write it: printable ASCII as is, other code points as \\xNN,
     * \\uNNNN or \\UNNNNNNNN, at most 500 of them, then "...". Compare traceback.c: _Py_DumpASCII.
     */
    static void ascii(StringBuilder sb, String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            if (n++ == 500) {
                sb.append("...");
                return;
            }
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= ' ' && cp <= 126) {
                sb.append((char) cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
    }

    private static String threadId(Thread t) {
        return String.format("0x%016x", t.threadId());
    }

    /**
     * The dump of every thread, newest first; CURRENT (may be null) is marked "Current thread".
     * Compare traceback.c: _Py_DumpTracebackThreads.
     */
    static String dumpAll(Thread current) {
        Map<Thread, PyFrame> frames = CodeRunner.get().threadFrames();
        List<Thread> threads = new ArrayList<>(frames.keySet());
        threads.removeIf(t -> t != current && frames.get(t) == null);
        threads.sort((a, b) -> Long.compare(b.threadId(), a.threadId()));
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (Thread t : threads) {
            if (n > 0) {
                sb.append('\n');
            }
            if (n++ >= MAX_NTHREADS) {
                sb.append("...\n");
                break;
            }
            sb.append(t == current ? "Current thread " : "Thread ").append(threadId(t)).append(" (most recent call first):\n");
            if (t == current && org.pyvm.modules.gc.GcModule.isCollecting()) {
                // Compare traceback.c: _Py_DumpTracebackThreads (gcstate->collecting)
                sb.append("  Garbage-collecting\n");
            }
            dumpFrames(sb, t == current && t == Thread.currentThread() ? CodeRunner.get().currentFrame() : frames.get(t));
        }
        return sb.toString();
    }

    /** dump_traceback(file=sys.stderr, all_threads=True). */
    @ExposedMethod
    static void dump_traceback(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("dump_traceback", args, kw, 0, 2, "file", "all_threads");
        int fd = fileno(a[0]);
        boolean all = a[1] == null || Abstract.isTrue(a[1]);
        if (all) {
            write(fd, dumpAll(Thread.currentThread()));
        } else {
            StringBuilder sb = new StringBuilder("Stack (most recent call first):\n");
            dumpFrames(sb, CodeRunner.get().currentFrame());
            write(fd, sb.toString());
        }
    }

    /** enable(file=sys.stderr, all_threads=True). */
    @ExposedMethod
    static void enable(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("enable", args, kw, 0, 2, "file", "all_threads");
        int fd = fileno(a[0]);
        boolean all = a[1] == null || Abstract.isTrue(a[1]);
        synchronized (FaulthandlerModule.class) {
            enabled = true;
            enabledFd = fd;
            enabledAll = all;
        }
        watchFatalSignals(true);
    }

    /** Whether a fatal signal the process raises itself runs {@link #fatalSignal} (enable) or not. */
    private static void watchFatalSignals(boolean on) {
        for (int sig : FatalErrors.SIGNALS) {
            SignalModule.catchRaised(sig, on ? FaulthandlerModule::fatalSignal : null);
        }
    }

    /**
     * A fatal signal the process raised: when enabled, "Fatal Python error: NAME", the
     * stacks and the extension modules; then death by the signal. Compare faulthandler.c:
     * faulthandler_fatal_error.
     */
    static void fatalSignal(int sig) {
        int fd;
        boolean all;
        synchronized (FaulthandlerModule.class) {
            fd = enabled ? enabledFd : -1;
            all = enabledAll;
        }
        if (fd >= 0) {
            StringBuilder sb = new StringBuilder("Fatal Python error: ").append(FatalErrors.name(sig)).append("\n\n");
            if (all) {
                sb.append(dumpAll(Thread.currentThread()));
            } else {
                sb.append("Stack (most recent call first):\n");
                dumpFrames(sb, CodeRunner.get().currentFrame());
            }
            sb.append(FatalErrors.extensionModules());
            write(fd, sb.toString());
        }
        FatalErrors.die(sig);
    }

    /** _read_null(): reads address 0, which is a SIGSEGV on Linux. */
    @ExposedMethod
    static void _read_null() {
        fatalSignal(FatalErrors.SIGSEGV);
    }

    /** _sigsegv(release_gil=False). */
    @ExposedMethod(min = 0)
    static void _sigsegv(PyObject releaseGil) {
        fatalSignal(FatalErrors.SIGSEGV);
    }

    @ExposedMethod
    static void _sigabrt() {
        fatalSignal(FatalErrors.SIGABRT);
    }

    @ExposedMethod
    static void _sigfpe() {
        fatalSignal(FatalErrors.SIGFPE);
    }

    /**
     * _fatal_error_c_thread(): Py_FatalError in a thread that is not a Python thread, so every
     * Python thread is listed as "Thread" (none is current); then abort. Compare
     * pylifecycle.c: fatal_error.
     */
    @ExposedMethod
    static void _fatal_error_c_thread() {
        Thread t = new Thread(() -> {
            String report = "Fatal Python error: faulthandler_fatal_error_thread: in new thread\n"
                + "Python runtime state: initialized\n\n" + dumpAll(null) + FatalErrors.extensionModules();
            write(2, report);
            FatalErrors.die(FatalErrors.SIGABRT);
        }, "pyvm-fatal-error");
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Py_FatalError from FUNC: "Fatal Python error: FUNC: MESSAGE", the runtime state, every
     * Python thread's stack (this one as "Current thread"), the extension modules; then
     * abort(). For the callers in other modules (_testcapi.fatal_error). Compare
     * pylifecycle.c: fatal_error.
     */
    public static void fatalError(String func, String message) {
        System.out.flush();
        String report = "Fatal Python error: " + func + ": " + message + "\n"
            + "Python runtime state: initialized\n\n" + dumpAll(Thread.currentThread()) + FatalErrors.extensionModules();
        write(2, report);
        FatalErrors.die(FatalErrors.SIGABRT);
    }

    @ExposedMethod
    static boolean disable() {
        synchronized (FaulthandlerModule.class) {
            boolean was = enabled;
            enabled = false;
            enabledFd = -1;
            watchFatalSignals(false);
            return was;
        }
    }

    @ExposedMethod
    static boolean is_enabled() {
        return enabled;
    }

    /** "Timeout (H:MM:SS[.ffffff])!" as faulthandler.c: format_timeout. */
    static String timeoutHeader(long micros) {
        long sec = micros / 1_000_000;
        long us = micros % 1_000_000;
        String s = String.format("Timeout (%d:%02d:%02d", sec / 3600, (sec / 60) % 60, sec % 60);
        if (us != 0) {
            s += String.format(".%06d", us);
        }
        return s + ")!\n";
    }

    /** dump_traceback_later(timeout, repeat=False, file=sys.stderr, exit=False). */
    @ExposedMethod
    static void dump_traceback_later(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("dump_traceback_later", args, kw, 1, 4, "timeout", "repeat", "file", "exit");
        double secs = Abstract.toDouble(a[0]);
        long micros = (long) Math.ceil(secs * 1e6);
        if (micros <= 0) {
            throw PyErr.valueError("timeout must be greater than 0");
        }
        if (micros > Long.MAX_VALUE / 1000) {
            throw PyErr.overflowError("timeout value is too large");
        }
        boolean repeat = a[1] != null && Abstract.isTrue(a[1]);
        int fd = fileno(a[2]);
        boolean exit = a[3] != null && Abstract.isTrue(a[3]);
        synchronized (FaulthandlerModule.class) {
            if (watchdog != null) {
                watchdog.cancel();
            }
            watchdog = new Watchdog(micros, repeat, fd, exit);
            watchdog.start();
        }
    }

    @ExposedMethod
    static void cancel_dump_traceback_later() {
        synchronized (FaulthandlerModule.class) {
            if (watchdog != null) {
                watchdog.cancel();
                watchdog = null;
            }
        }
    }

    /** The watchdog of dump_traceback_later: a daemon thread that dumps (and may exit) when time is up. */
    private static final class Watchdog extends Thread {
        private final long micros;
        private final boolean repeat;
        private final int fd;
        private final boolean exit;
        private volatile boolean cancelled;

        Watchdog(long micros, boolean repeat, int fd, boolean exit) {
            super("pyvm-faulthandler-watchdog");
            setDaemon(true);
            this.micros = micros;
            this.repeat = repeat;
            this.fd = fd;
            this.exit = exit;
        }

        void cancel() {
            cancelled = true;
            interrupt();
        }

        @Override
        public void run() {
            do {
                try {
                    Thread.sleep(micros / 1000, (int) (micros % 1000) * 1000);
                } catch (InterruptedException e) {
                    return;
                }
                if (cancelled) {
                    return;
                }
                write(fd, timeoutHeader(micros) + dumpAll(null));
                if (exit) {
                    System.out.flush();
                    System.err.flush();
                    Runtime.getRuntime().halt(1);
                }
            } while (repeat);
        }
    }

    /** register(signum, file=sys.stderr, all_threads=True, chain=False): dump when SIGNUM arrives. */
    @ExposedMethod
    static void register(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("register", args, kw, 1, 4, "signum", "file", "all_threads", "chain");
        long sig = Abstract.index(a[0]).longValue();
        if (sig == 9 || sig == 19 || sig == 11 || sig == 8 || sig == 7 || sig == 4 || sig == 6) {
            // SIGKILL and SIGSTOP cannot be caught; the fatal signals belong to enable().
            if (sig == 9 || sig == 19) {
                throw OsErrors.of(OsErrors.EINVAL);
            }
            throw PyErr.runtimeError("signal " + sig + " cannot be registered, use enable() instead");
        }
        if (sig < 1 || sig >= 65) {
            throw PyErr.valueError("signal number out of range");
        }
        int fd = fileno(a[1]);
        boolean all = a[2] == null || Abstract.isTrue(a[2]);
        boolean chain = a[3] != null && Abstract.isTrue(a[3]);
        if (!SignalModule.catchNatively((int) sig, s -> {
            // The thread the handler "runs on": this one when the process raised the signal
            // itself (os.kill, raise_signal), else the main thread, where CPython's runs.
            Thread cur = Thread.currentThread();
            Map<Thread, PyFrame> frames = CodeRunner.get().threadFrames();
            if (!frames.containsKey(cur)) {
                cur = org.pyvm.runtime.Interrupts.mainThread();
            }
            if (all) {
                write(fd, dumpAll(cur));
            } else {
                StringBuilder sb = new StringBuilder("Stack (most recent call first):\n");
                dumpFrames(sb, cur == Thread.currentThread() ? CodeRunner.get().currentFrame() : frames.get(cur));
                write(fd, sb.toString());
            }
        }, chain)) {
            throw PyErr.notSupported("faulthandler.register of signal " + sig + " (the JVM keeps it for itself)");
        }
        synchronized (FaulthandlerModule.class) {
            REGISTERED.put((int) sig, fd);
        }
    }

    /** unregister(signum): whether a handler had been registered. */
    @ExposedMethod
    static boolean unregister(PyObject signum) {
        long sig = Abstract.index(signum).longValue();
        if (sig < 1 || sig >= 65) {
            throw PyErr.valueError("signal number out of range");
        }
        synchronized (FaulthandlerModule.class) {
            if (REGISTERED.remove((int) sig) == null) {
                return false;
            }
        }
        SignalModule.restoreDisposition((int) sig);
        return true;
    }
}
