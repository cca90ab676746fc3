package org.pyvm.modules.signal;

import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.posix.FdTable;
import org.pyvm.modules.posix.OsErrors;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.Callable;
import org.pyvm.runtime.CodeRunner;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Gil;
import org.pyvm.runtime.Interrupts;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PySet;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.Slot;

/**
 * The _signal module behind Lib/signal.py. Python-level handlers live in a table here;
 * the OS-level disposition of a signal with a Python handler is a catcher
 * ({@link OsSignals}) that records the signal and wakes the main thread
 * ({@link Interrupts#trip()}), which runs the handler between bytecodes. Signals raised
 * from inside (raise_signal, os.kill of our own pid, pthread_kill, interrupt_main) skip the
 * OS when a Python handler is set, and their handlers run before the call returns, as in
 * CPython. pthread_sigmask is emulated at this level: a blocked signal is held back (and
 * shown by sigpending) until unblocked or taken by sigwait; the OS mask is unchanged.
 * Compare CPython Modules/signalmodule.c.
 */
public final class SignalModule {

    private SignalModule() {}

    static final int NSIG = 65;
    static final int SIGINT = 2, SIGKILL = 9, SIGCHLD = 17, SIGPIPE = 13, SIGALRM = 14, SIGSTOP = 19, SIGXFSZ = 25;

    /** One run's signal state (Interrupts.reset starts a new run with a new main thread). */
    static final class State {
        final Thread main;
        /** Python handlers; null for "as at start-up" (see {@link #initial}). */
        final PyObject[] handlers = new PyObject[NSIG];
        final AtomicIntegerArray tripped = new AtomicIntegerArray(NSIG);
        final TreeSet<Integer> blocked = new TreeSet<>();
        final TreeSet<Integer> held = new TreeSet<>();
        int wakeupFd = -1;
        /** Interpreter teardown has begun ({@link #finalizeRun}): every handler is None. */
        boolean finalized;
        boolean warnOnFull = true;
        final Itimer itimer = new Itimer(Itimer.REAL);
        /** ITIMER_VIRTUAL and ITIMER_PROF (index 0 unused: ITIMER_REAL is {@link #itimer}). */
        final Itimer[] cpuTimers = {null, new Itimer(Itimer.VIRTUAL), new Itimer(Itimer.PROF)};
        /** faulthandler.register's catchers by signal, also run at once when the process raises one. */
        final java.util.Map<Integer, java.util.function.IntConsumer> nativeCatchers = new java.util.HashMap<>();

        Itimer timer(int which) {
            return which == 0 ? itimer : cpuTimers[which];
        }

        /** The signals ignored when the run began (SigIgn of /proc/self/status): getsignal says SIG_IGN. */
        final long ignoredAtStart = ignoredMask();

        /** The run it belongs to ({@link Interrupts#runCount}). */
        final long run = Interrupts.runCount();

        State(Thread main) {
            this.main = main;
        }
    }

    private static State state;

    /** This run's state, made on first use (a run's first signal may come before `import signal`). */
    static synchronized State state() {
        Thread m = Interrupts.mainThread();
        if (state == null || state.main != m || state.run != Interrupts.runCount()) {
            if (state != null) {
                // A previous run in this JVM: stop its timer and put back what it changed
                // (not on the first run: the command line's SIGINT catcher must stay).
                state.itimer.cancel();
                state.cpuTimers[1].cancel();
                state.cpuTimers[2].cancel();
                if (OsSignals.changed()) {
                    OsSignals.restoreAll();
                }
            }
            state = new State(m);
            Interrupts.setRunner(SignalModule::runPending);
        }
        return state;
    }

    public static PyModule create() {
        State st = state();
        PyModule m = new PyModule("_signal");
        m.addFunctions(SignalModule.class);
        PyDict d = m.getDict();
        d.setStr("__doc__", PyStr.of(DOC));
        d.setStr("SIG_DFL", PyInt.of(0));
        d.setStr("SIG_IGN", PyInt.of(1));
        d.setStr("NSIG", PyInt.of(NSIG));
        d.setStr("SIG_BLOCK", PyInt.of(0));
        d.setStr("SIG_UNBLOCK", PyInt.of(1));
        d.setStr("SIG_SETMASK", PyInt.of(2));
        d.setStr("ITIMER_REAL", PyInt.of(0));
        d.setStr("ITIMER_VIRTUAL", PyInt.of(1));
        d.setStr("ITIMER_PROF", PyInt.of(2));
        for (int i = 1; i < 32; i++) {
            if (OsSignals.name(i) != null) {
                d.setStr("SIG" + OsSignals.name(i), PyInt.of(i));
            }
        }
        d.setStr("SIGIOT", PyInt.of(6));
        d.setStr("SIGCLD", PyInt.of(17));
        d.setStr("SIGPOLL", PyInt.of(29));
        d.setStr("SIGRTMIN", PyInt.of(34));
        d.setStr("SIGRTMAX", PyInt.of(64));
        PyDict ns = new PyDict();
        ns.setStr("__module__", PyStr.of("signal"));
        d.setStr("struct_siginfo", SIGINFO.type());
        d.setStr("ItimerError", Abstract.call(PyType.TYPE, PyStr.of("itimer_error"), PyTuple.of(PyExc.OSError), ns));
        synchronized (SignalModule.class) {
            defaultIntHandler = d.getStr("default_int_handler");
        }
        if (st.handlers[SIGINT] == null && (st.ignoredAtStart & (1L << (SIGINT - 1))) == 0) {
            st.handlers[SIGINT] = defaultIntHandler;
        }
        return m;
    }

    /** The module's default_int_handler function (null before the module is made). */
    private static PyObject defaultIntHandler;

    /** The process's ignored signals, bit N-1 for signal N (Linux's SigIgn); 0 when unknown. */
    private static long ignoredMask() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) {
                    return Long.parseUnsignedLong(line.substring(7).trim(), 16);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: nothing known to be ignored
        }
        return 0;
    }

    /**
     * getsignal() of a signal Python never set: what CPython finds at start-up (a signal
     * ignored when the process started stays ignored, SIGINT included: then it has no
     * default_int_handler).
     */
    private static PyObject initial(State st, int sig) {
        if (sig < 32 && (st.ignoredAtStart & (1L << (sig - 1))) != 0) {
            return PyInt.of(1);
        }
        if (sig == SIGINT) {
            return defaultIntHandler != null ? defaultIntHandler : PyNone.NONE;
        }
        if (sig == SIGPIPE || sig == SIGXFSZ) {
            return PyInt.of(1);
        }
        return sig == 32 || sig == 33 ? PyNone.NONE : PyInt.of(0);
    }

    /** SIGINT with CPython's start-up handler, before _signal was imported (default_int_handler, not made yet). */
    private static boolean startupSigint(State st, int sig) {
        return sig == SIGINT && st.handlers[sig] == null && (st.ignoredAtStart & (1L << (SIGINT - 1))) == 0;
    }

    private static PyObject handler(State st, int sig) {
        PyObject h = st.handlers[sig];
        return h != null ? h : initial(st, sig);
    }

    /** Whether H is a Python-level handler (not SIG_DFL, SIG_IGN or None). */
    private static boolean isPython(PyObject h) {
        return h != null && !(h instanceof PyInt) && h != PyNone.NONE;
    }

    // ---- delivery ----

    /** Called when the OS (or a timer, or an internal raise) delivers SIG: record it, wake the main thread. */
    static void deliver(int sig) {
        State st = state();
        synchronized (st) {
            if (st.blocked.contains(sig)) {
                st.held.add(sig);
                st.notifyAll();
                return;
            }
        }
        st.tripped.set(sig, 1);
        int fd = st.wakeupFd;
        if (fd >= 0) {
            // Marked pending before the byte is written: a select woken by the byte then
            // runs the handler, as CPython's select fails with EINTR (Readiness.await).
            Interrupts.tripped = true;
            writeWakeup(st, fd, sig);
        }
        Interrupts.trip();
    }

    /** CPython's wakeup fd: one byte, the signal number; errors are reported, never raised. */
    private static void writeWakeup(State st, int fd, int sig) {
        try {
            FdTable.write(fd, new byte[] {(byte) sig}, 0, 1);
        } catch (PyBaseException e) {
            if (st.warnOnFull || !Abstract.isInstance(e, PyExc.BlockingIOError)) {
                org.pyvm.modules.Setup.writeErr("Exception ignored when trying to write to the signal wakeup fd:\n"
                    + org.pyvm.runtime.TracebackPrinter.format(e));
            }
        }
    }

    /**
     * Runs the Python handlers of the tripped signals (main thread, between bytecodes). An
     * exception from one leaves the others tripped for the next check. Compare
     * signalmodule.c: _PyErr_CheckSignalsTstate.
     */
    static void runPending() {
        State st = state();
        Interrupts.tripped = false;
        for (int sig = 1; sig < NSIG; sig++) {
            if (st.tripped.getAndSet(sig, 0) == 0) {
                continue;
            }
            PyObject h = handler(st, sig);
            if (startupSigint(st, sig)) {
                h = null;
            } else if (st.finalized) {
                // No handler left (CPython: "No Python signal handler due to ... race condition").
                org.pyvm.runtime.Unraisable.report(PyErr.of(PyExc.OSError,
                    PyStr.of("Signal " + sig + " ignored due to race condition")), null);
                continue;
            } else if (!isPython(h)) {
                continue;
            }
            org.pyvm.runtime.PyFrame f = CodeRunner.get().currentFrame();
            if (f != null) {
                f.expose(); // the handler may keep it
            }
            try {
                if (h == null) {
                    throw new PyBaseException(PyExc.KeyboardInterrupt, PyTuple.EMPTY);
                }
                Abstract.call(h, PyInt.of(sig), f == null ? PyNone.NONE : f);
            } catch (PyBaseException e) {
                for (int s = sig + 1; s < NSIG; s++) {
                    if (st.tripped.get(s) != 0) {
                        Interrupts.trip();
                        break;
                    }
                }
                throw e;
            }
        }
    }

    /**
     * Interpreter teardown, after atexit and the threads' shutdown: every handler becomes
     * None, pending signals are dropped, and a signal Python caught goes back to its default
     * disposition. A signal tripped later (interrupt_main from a __del__ at exit) is then
     * reported as ignored. Compare signalmodule.c: _PySignal_Fini.
     */
    public static void finalizeRun() {
        State st = state();
        for (int sig = 1; sig < NSIG; sig++) {
            st.tripped.set(sig, 0);
            PyObject h = handler(st, sig);
            boolean caught = isPython(h) || startupSigint(st, sig);
            st.handlers[sig] = PyNone.NONE;
            if (caught && sig != SIGCHLD) {
                OsSignals.set(sig, 0, SignalModule::deliver);
            }
        }
        st.finalized = true;
    }

    /**
     * SIG raised from inside the process (raise_signal, os.kill of our own pid): a Python
     * handler runs at once (on the main thread); SIG_IGN does nothing; SIG_DFL is the OS's
     * default action (which may end the process).
     */
    public static void raiseInternal(int sig) {
        State st = state();
        synchronized (st) {
            if (st.blocked.contains(sig)) {
                // Blocked by pthread_sigmask: pending until unblocked or taken by sigwait,
                // whatever its disposition.
                st.held.add(sig);
                st.notifyAll();
                return;
            }
        }
        java.util.function.IntConsumer caught;
        synchronized (st) {
            caught = st.nativeCatchers.get(sig);
        }
        if (caught != null) {
            // CPython's faulthandler runs in the signal handler, inside kill(): its dump shows
            // this call's stack, and a chained Python handler has run when kill returns.
            caught.accept(sig);
            if (Thread.currentThread() == st.main) {
                PyBaseException e = Interrupts.checkNow();
                if (e != null) {
                    throw e;
                }
            }
            return;
        }
        PyObject h = handler(st, sig);
        if (isPython(h) || startupSigint(st, sig)) {
            deliver(sig);
            if (Thread.currentThread() == st.main) {
                PyBaseException e = Interrupts.checkNow();
                if (e != null) {
                    throw e;
                }
            }
        } else if (h instanceof PyInt i && i.value == 0) {
            if (!OsSignals.raise(sig) && !OsSignals.raiseNative(sig, false)) {
                throw PyErr.notSupported("the default action of signal " + sig);
            }
        }
    }

    /**
     * A child process has ended and the JDK has reaped it: SIGCHLD for a Python handler.
     * This is the only SIGCHLD a handler gets (signal() leaves the OS's SIGCHLD to the
     * JVM): the OS's own may come before the JDK's reaper has collected the child, and a
     * handler that calls waitpid(-1, WNOHANG) then (asyncio's FastChildWatcher) would find
     * nothing and never hear of the child again.
     */
    public static void childEnded() {
        State st = state();
        if (isPython(handler(st, SIGCHLD))) {
            deliver(SIGCHLD);
        }
    }

    /**
     * _thread.interrupt_main(SIG): as if SIG arrived, when Python handles it; else nothing.
     * Called on the main thread, the handler runs before the call returns: CPython checks
     * its eval breaker right after a C call (CHECK_EVAL_BREAKER in CALL), so
     * {@code with assertRaises(KeyboardInterrupt): interrupt_main()} sees the exception.
     */
    public static void simulate(int sig) {
        State st = state();
        // After teardown began the handler is None, which is neither SIG_DFL nor SIG_IGN:
        // the signal trips and is reported as ignored (runPending).
        if (isPython(handler(st, sig)) || startupSigint(st, sig) || st.finalized) {
            deliver(sig);
            if (Thread.currentThread() == st.main) {
                PyBaseException e = Interrupts.checkNow();
                if (e != null) {
                    throw e;
                }
            }
        }
    }

    /**
     * faulthandler.register: SIG's OS handler becomes ACTION (on the JVM's signal thread),
     * followed when CHAIN by what the Python-level disposition does. False when the JVM refuses.
     */
    public static boolean catchNatively(int sig, java.util.function.IntConsumer action, boolean chain) {
        State st = state();
        java.util.function.IntConsumer catcher = s -> {
            action.accept(s);
            if (chain && isPython(handler(st, s))) {
                deliver(s);
            }
        };
        if (!OsSignals.set(sig, 2, catcher)) {
            return false;
        }
        synchronized (st) {
            st.nativeCatchers.put(sig, catcher);
        }
        return true;
    }

    /**
     * Ends the process by the fatal signal SIG: its disposition becomes SIG_DFL in libc (the
     * JVM's own handler is dropped, the process is ending), then SIG is raised. Returns only
     * when that could not be done. A pyvm parent is told first (SignalDeaths), since the JDK
     * reports a child killed by SIG as exit code 128 + SIG: with the note, its returncode is
     * -SIG as CPython's (regrtest's "Exit code -11 (SIGSEGV)" for a crashed worker).
     */
    public static void dieNatively(int sig) {
        // A pyvm parent runs the same main class as this process (the command line's).
        SignalDeaths.announce(sig, System.getProperty("sun.java.command", "").split(" ")[0]);
        OsSignals.raiseNative(sig, true);
    }

    /**
     * faulthandler.enable: ACTION runs (on the raising thread) when the process raises the
     * fatal signal SIG itself; null removes it. The OS disposition is the JVM's and stays.
     */
    public static void catchRaised(int sig, java.util.function.IntConsumer action) {
        State st = state();
        synchronized (st) {
            if (action == null) {
                st.nativeCatchers.remove(sig);
            } else {
                st.nativeCatchers.put(sig, action);
            }
        }
    }

    /** faulthandler.unregister: SIG's OS disposition goes back to what the Python-level table says. */
    public static void restoreDisposition(int sig) {
        State st = state();
        synchronized (st) {
            st.nativeCatchers.remove(sig);
        }
        PyObject h = handler(st, sig);
        OsSignals.set(sig, isPython(h) ? 2 : h instanceof PyInt i && i.value == 1 ? 1 : 0, SignalModule::deliver);
    }

    /** Main: the SIGINT catcher of the command line, installed at start-up (CPython's default_int_handler). */
    public static void installSigint() {
        OsSignals.set(SIGINT, 2, SignalModule::deliver, false);
    }

    /**
     * Main, after an uncaught KeyboardInterrupt: the process ends killed by SIGINT, so that
     * its parent (a shell) sees the user's ^C. Returns only if that fails. Compare CPython
     * Modules/main.c: exit_sigint. PARENT_MAIN: the main class of a pyvm process, whose
     * children tell it of such a death (SignalDeaths).
     */
    public static void dieBySigint(String parentMain) {
        OsSignals.dieBy(SIGINT, parentMain);
    }

    /**
     * os.abort(): the process ends at once with status 134 (128 + SIGABRT) after telling a
     * pyvm parent (SignalDeaths) that it died by SIGABRT, so that parent reports returncode
     * -6 as CPython's does. The JVM is not killed by a real SIGABRT, which would write a core
     * file of the whole JVM where core dumps are on. PARENT_MAIN as for dieBySigint.
     */
    public static void abortProcess(String parentMain) {
        SignalDeaths.announce(6, parentMain);
        Runtime.getRuntime().halt(128 + 6);
    }

    // ---- argument helpers ----

    private static int signum(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.isBig() || i.value < 1 || i.value >= NSIG) {
            throw PyErr.valueError("signal number out of range");
        }
        return (int) i.value;
    }

    private static void mainOnly(String what) {
        if (Thread.currentThread() != state().main || org.pyvm.runtime.PyRuntime.interpreterId != 0) {
            throw PyErr.valueError(what + " only works in main thread of the main interpreter");
        }
    }

    static boolean callable(PyObject o) {
        return o instanceof Callable || o instanceof PyType || o.type().slot(Slot.CALL) != null;
    }

    // ---- the module's functions ----

    /** signal(signalnum, handler, /): sets the handler; returns the old one. */
    @ExposedMethod
    static PyObject signal(PyObject[] args, String[] kw) {
        Args.exact("signal", args, kw, 2);
        int sig = signum(args[0]);
        PyObject h = args[1];
        mainOnly("signal");
        int mode;
        // Compared by value, as CPython 3.12 does: signal.py passes the Handlers IntEnum members.
        if (h instanceof PyInt && org.pyvm.runtime.Ops.eqBool(h, PyInt.of(1))) {
            mode = 1;
        } else if (h instanceof PyInt && org.pyvm.runtime.Ops.eqBool(h, PyInt.of(0))) {
            mode = 0;
        } else if (callable(h)) {
            mode = 2;
        } else {
            throw PyErr.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        }
        if (sig == SIGKILL || sig == SIGSTOP || sig == 32 || sig == 33) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        State st = state();
        // SIGCHLD keeps the JVM's disposition: an OS-level SIG_IGN would make the kernel reap
        // children before the JDK's reaper could, and a handler hears of pyvm's children
        // from childEnded, after the JDK has reaped them (once per child, as with the OS).
        if (sig != SIGCHLD && !OsSignals.set(sig, mode, SignalModule::deliver)) {
            if (mode != 0) {
                throw PyErr.notSupported("a handler for signal " + sig + " (the JVM does not let programs catch it)");
            }
        }
        PyObject old = handler(st, sig);
        st.handlers[sig] = mode == 2 ? h : PyInt.of(mode);
        return old;
    }

    @ExposedMethod
    static PyObject getsignal(PyObject[] args, String[] kw) {
        Args.exact("getsignal", args, kw, 1);
        return handler(state(), signum(args[0]));
    }

    /** default_int_handler(signalnum, frame, /): raises KeyboardInterrupt. */
    @ExposedMethod
    static PyObject default_int_handler(PyObject[] args, String[] kw) {
        Args.exact("default_int_handler", args, kw, 2);
        throw new PyBaseException(PyExc.KeyboardInterrupt, PyTuple.EMPTY);
    }

    @ExposedMethod
    static PyObject strsignal(PyObject[] args, String[] kw) {
        Args.exact("strsignal", args, kw, 1);
        int sig = signum(args[0]);
        String s = describe(sig);
        return s == null ? PyNone.NONE : PyStr.of(s);
    }

    private static final String[] DESCRIPTIONS = {null, "Hangup", "Interrupt", "Quit", "Illegal instruction",
        "Trace/breakpoint trap", "Aborted", "Bus error", "Floating point exception", "Killed", "User defined signal 1",
        "Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock", "Terminated", "Stack fault",
        "Child exited", "Continued", "Stopped (signal)", "Stopped", "Stopped (tty input)", "Stopped (tty output)",
        "Urgent I/O condition", "CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired",
        "Profiling timer expired", "Window changed", "I/O possible", "Power failure", "Bad system call"};

    /** glibc's strsignal text (as CPython 3.12 reports it: None for 32 and 33). */
    static String describe(int sig) {
        if (sig < DESCRIPTIONS.length) {
            return DESCRIPTIONS[sig];
        }
        return sig >= 34 ? "Real-time signal " + (sig - 34) : null;
    }

    @ExposedMethod
    static PyObject valid_signals(PyObject[] args, String[] kw) {
        Args.exact("valid_signals", args, kw, 0);
        PySet s = new PySet(false);
        for (int i = 1; i < NSIG; i++) {
            if (i != 32 && i != 33) {
                s.add(PyInt.of(i));
            }
        }
        return s;
    }

    @ExposedMethod
    static PyObject raise_signal(PyObject[] args, String[] kw) {
        Args.exact("raise_signal", args, kw, 1);
        int sig = signum(args[0]);
        if (sig == 32 || sig == 33) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        raiseInternal(sig);
        return PyNone.NONE;
    }

    /** siginterrupt(signalnum, flag, /): system calls are always restarted here (PEP 475); checked only. */
    @ExposedMethod
    static PyObject siginterrupt(PyObject[] args, String[] kw) {
        Args.exact("siginterrupt", args, kw, 2);
        signum(args[0]);
        Abstract.isTrue(args[1]);
        return PyNone.NONE;
    }

    /** set_wakeup_fd(fd, /, *, warn_on_full_buffer=True): returns the previous fd. */
    @ExposedMethod
    static PyObject set_wakeup_fd(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("set_wakeup_fd", args, kw, 1, 1, "fd", "warn_on_full_buffer");
        PyInt fdo = Abstract.index(a[0]);
        int fd = fdo.isBig() ? Integer.MAX_VALUE : (int) fdo.value;
        boolean warn = a[1] == null || Abstract.isTrue(a[1]);
        mainOnly("set_wakeup_fd");
        if (fd != -1) {
            if (!FdTable.isOpen(fd)) {
                throw OsErrors.of(OsErrors.EBADF);
            }
            if (FdTable.getBlocking(fd)) {
                throw PyErr.valueError("the fd " + fd + " must be in non-blocking mode");
            }
        }
        State st = state();
        int old = st.wakeupFd;
        st.wakeupFd = fd;
        st.warnOnFull = warn;
        return PyInt.of(old);
    }

    /** alarm(seconds, /): SIGALRM after SECONDS; returns what was left of the previous alarm. */
    @ExposedMethod
    static long alarm(PyObject[] args, String[] kw) {
        Args.exact("alarm", args, kw, 1);
        PyInt i = Abstract.index(args[0]);
        long secs = i.isBig() ? 0xffffffffL : i.value & 0xffffffffL;
        double[] old = state().itimer.set(secs, 0);
        // glibc's alarm: whole seconds, rounded to nearest, at least 1 while a timer runs.
        long r = (long) old[0];
        if (old[0] - r >= 0.5) {
            r++;
        }
        if (r == 0 && old[0] > 0) {
            r = 1;
        }
        return r;
    }

    /** pause(): waits for a signal; its handler runs before this returns. */
    @ExposedMethod
    static PyObject pause(PyObject[] args, String[] kw) {
        Args.exact("pause", args, kw, 0);
        boolean released = Gil.release();
        org.pyvm.runtime.Interrupts.beginWait();
        try {
            Object o = new Object();
            synchronized (o) {
                o.wait();
            }
        } catch (InterruptedException e) {
            Gil.reacquire(released);
            released = false;
            Interrupts.afterInterruptedWait();
        } finally {
            org.pyvm.runtime.Interrupts.endWait();
            Gil.reacquire(released);
        }
        return PyNone.NONE;
    }

    private static PyBaseException itimerError() {
        PyType t = (PyType) PyRuntime.builtinModule("_signal").getDict().getStr("ItimerError");
        return PyErr.of(t, PyInt.of(OsErrors.EINVAL), PyStr.of(OsErrors.strerror(OsErrors.EINVAL)));
    }

    private static void checkWhich(int which) {
        if (which < 0 || which > 2) {
            throw itimerError();
        }
    }

    /** setitimer(which, seconds, interval=0.0, /): returns the old (delay, interval). */
    @ExposedMethod
    static PyObject setitimer(PyObject[] args, String[] kw) {
        Args.noKeywords("setitimer", kw);
        Args.positional("setitimer", args.length, 2, 3);
        int which = (int) Abstract.index(args[0]).longValue();
        double secs = Abstract.toDouble(args[1]);
        double interval = args.length > 2 ? Abstract.toDouble(args[2]) : 0.0;
        checkWhich(which);
        if (secs < 0 || interval < 0) {
            throw itimerError();
        }
        double[] old = state().timer(which).set(secs, interval);
        return PyTuple.of(PyFloat.of(old[0]), PyFloat.of(old[1]));
    }

    @ExposedMethod
    static PyObject getitimer(PyObject[] args, String[] kw) {
        Args.exact("getitimer", args, kw, 1);
        int which = (int) Abstract.index(args[0]).longValue();
        checkWhich(which);
        double[] v = state().timer(which).get();
        return PyTuple.of(PyFloat.of(v[0]), PyFloat.of(v[1]));
    }

    /** pthread_kill(thread_id, signalnum, /): signals are handled by the main thread in any case. */
    @ExposedMethod
    static PyObject pthread_kill(PyObject[] args, String[] kw) {
        Args.exact("pthread_kill", args, kw, 2);
        long id = Abstract.index(args[0]).longValue();
        PyInt s = Abstract.index(args[1]);
        boolean found = false;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.threadId() == id && t.isAlive()) {
                found = true;
                break;
            }
        }
        if (!found) {
            throw OsErrors.of(OsErrors.ESRCH);
        }
        if (s.isBig() || s.value < 0 || s.value >= NSIG) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        if (s.value != 0) {
            raiseInternal((int) s.value);
        }
        return PyNone.NONE;
    }

    private static TreeSet<Integer> sigset(PyObject mask) {
        TreeSet<Integer> out = new TreeSet<>();
        for (PyObject o : Abstract.toArray(mask)) {
            PyInt i = Abstract.index(o);
            if (i.isBig() || i.value < 1 || i.value >= NSIG) {
                throw PyErr.valueError("signal number " + i + " out of range [1; " + (NSIG - 1) + "]");
            }
            out.add((int) i.value);
        }
        return out;
    }

    private static PySet toSet(java.util.Collection<Integer> c) {
        PySet s = new PySet(false);
        for (int i : c) {
            s.add(PyInt.of(i));
        }
        return s;
    }

    /** The signals this emulation's pthread_sigmask blocks now (what a child started now inherits). */
    public static TreeSet<Integer> blockedSignals() {
        State st = state();
        synchronized (st) {
            return new TreeSet<>(st.blocked);
        }
    }

    /** pthread_sigmask(how, mask, /): the mask of this emulation (see the class comment); returns the old one. */
    @ExposedMethod
    static PyObject pthread_sigmask(PyObject[] args, String[] kw) {
        Args.exact("pthread_sigmask", args, kw, 2);
        int how = (int) Abstract.index(args[0]).longValue();
        TreeSet<Integer> mask = sigset(args[1]);
        State st = state();
        TreeSet<Integer> old;
        TreeSet<Integer> release = new TreeSet<>();
        synchronized (st) {
            old = new TreeSet<>(st.blocked);
            switch (how) {
                case 0 -> st.blocked.addAll(mask);
                case 1 -> st.blocked.removeAll(mask);
                case 2 -> {
                    st.blocked.clear();
                    st.blocked.addAll(mask);
                }
                default -> throw OsErrors.of(OsErrors.EINVAL);
            }
            st.blocked.remove(SIGKILL);
            st.blocked.remove(SIGSTOP);
            for (int s : st.held) {
                if (!st.blocked.contains(s)) {
                    release.add(s);
                }
            }
            st.held.removeAll(release);
        }
        for (int s : release) {
            deliver(s);
        }
        if (!release.isEmpty() && Thread.currentThread() == st.main) {
            PyBaseException e = Interrupts.checkNow();
            if (e != null) {
                throw e;
            }
        }
        return toSet(old);
    }

    @ExposedMethod
    static PyObject sigpending(PyObject[] args, String[] kw) {
        Args.exact("sigpending", args, kw, 0);
        State st = state();
        synchronized (st) {
            return toSet(st.held);
        }
    }

    /** sigwait(sigset, /): waits until one of SIGSET is held back by the mask; takes and returns it. */
    @ExposedMethod
    static long sigwait(PyObject[] args, String[] kw) {
        Args.exact("sigwait", args, kw, 1);
        return waitHeld(sigset(args[0]), -1);
    }

    /**
     * Takes one of WANT from the signals held back by the mask, waiting (GIL released) until
     * one is there or until DEADLINE (System.nanoTime; -1 for none, then -1 is returned at
     * the deadline). A signal whose handler runs meanwhile (not held) lets the wait go on
     * with the time left (PEP 475), unless the handler raises.
     */
    private static int waitHeld(TreeSet<Integer> want, long deadline) {
        State st = state();
        while (true) {
            boolean released = Gil.release();
            org.pyvm.runtime.Interrupts.beginWait();
            try {
                synchronized (st) {
                    while (true) {
                        for (int s : st.held) {
                            if (want.contains(s)) {
                                st.held.remove(s);
                                return s;
                            }
                        }
                        if (deadline == -1) {
                            st.wait();
                        } else {
                            long left = deadline - System.nanoTime();
                            if (left <= 0) {
                                return -1;
                            }
                            st.wait(Math.max(1, left / 1_000_000L), 0);
                        }
                    }
                }
            } catch (InterruptedException e) {
                Gil.reacquire(released);
                released = false;
                Interrupts.afterInterruptedWait();
            } finally {
                org.pyvm.runtime.Interrupts.endWait();
                Gil.reacquire(released);
            }
        }
    }

    /** Seconds (int or float) as nanoseconds, rounded up. Compare pytime.c: _PyTime_FromSecondsObject. */
    private static long secondsToNanos(PyObject o) {
        if (o instanceof PyFloat f) {
            double d = f.value;
            if (Double.isNaN(d)) {
                throw PyErr.valueError("Invalid value NaN (not a number)");
            }
            double ns = Math.ceil(d * 1e9);
            if (Math.abs(ns) >= 9.2e18) {
                throw PyErr.overflowError("timestamp too large to convert to C _PyTime_t");
            }
            return (long) ns;
        }
        PyInt i = Abstract.index(o);
        if (i.isBig() || Math.abs(i.longValue()) > 9_223_372_036L) {
            throw PyErr.overflowError("timestamp too large to convert to C _PyTime_t");
        }
        return i.longValue() * 1_000_000_000L;
    }

    static final org.pyvm.runtime.PyStructSeq.Spec SIGINFO = org.pyvm.runtime.PyStructSeq.define("signal",
        "struct_siginfo", 7, "si_signo", "si_code", "si_errno", "si_pid", "si_uid", "si_status", "si_band");

    /**
     * The siginfo_t of a signal taken from the held ones. This emulation does not record who
     * sent it: the timer signals are the kernel's (SI_KERNEL, no sender), any other is taken
     * to come from this process (SI_USER with its pid and uid; si_band shares the pid's place
     * in Linux's union, as CPython shows it).
     */
    private static PyObject siginfo(int sig) {
        boolean timer = sig == SIGALRM || sig == 26 || sig == 27;
        long pid = timer ? 0 : ProcessHandle.current().pid();
        long uid = 0;
        if (!timer) {
            try {
                for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                    if (line.startsWith("Uid:")) {
                        uid = Long.parseLong(line.substring(4).trim().split("\\s+")[0]);
                    }
                }
            } catch (java.io.IOException | RuntimeException e) {
                // uid 0 stays
            }
        }
        return SIGINFO.make(PyInt.of(sig), PyInt.of(timer ? 128 : 0), PyInt.of(0), PyInt.of(pid), PyInt.of(uid),
            PyInt.of(0), PyInt.of(pid));
    }

    /** sigwaitinfo(sigset, /): as sigwait, with the signal's struct_siginfo. */
    @ExposedMethod
    static PyObject sigwaitinfo(PyObject[] args, String[] kw) {
        Args.exact("sigwaitinfo", args, kw, 1);
        return siginfo(waitHeld(sigset(args[0]), -1));
    }

    /** sigtimedwait(sigset, timeout, /): as sigwaitinfo, None when TIMEOUT seconds pass first. */
    @ExposedMethod
    static PyObject sigtimedwait(PyObject[] args, String[] kw) {
        Args.exact("sigtimedwait", args, kw, 2);
        TreeSet<Integer> want = sigset(args[0]);
        long nanos = secondsToNanos(args[1]);
        if (nanos < 0) {
            throw PyErr.valueError("timeout must be non-negative");
        }
        int sig = waitHeld(want, System.nanoTime() + nanos);
        return sig < 0 ? PyNone.NONE : siginfo(sig);
    }

    /**
     * pidfd_send_signal(pidfd, sig, siginfo=None, flags=0, /): PIDFD is a descriptor of a
     * /proc/PID directory or one os.pidfd_open made; the signal goes as os.kill sends it.
     */
    @ExposedMethod
    static PyObject pidfd_send_signal(PyObject[] args, String[] kw) {
        Args.noKeywords("pidfd_send_signal", kw);
        Args.positional("pidfd_send_signal", args.length, 2, 4);
        int fd = (int) Abstract.index(args[0]).longValue();
        int sig = signum(args[1]);
        if (args.length > 2 && args[2] != PyNone.NONE) {
            throw PyErr.typeError("siginfo must be None");
        }
        long flags = args.length > 3 ? Abstract.index(args[3]).longValue() : 0;
        if (!FdTable.isOpen(fd)) {
            throw OsErrors.of(OsErrors.EBADF);
        }
        java.nio.file.Path p = FdTable.statPath(fd);
        FdTable.Entry e = FdTable.get(fd);
        long pid = -1;
        if (e.pollable instanceof org.pyvm.modules.posix.PosixMore.PidFd pf) {
            pid = pf.pid();
        } else if (e.isDir && p != null && p.getParent() != null && p.getParent().toString().equals("/proc")) {
            try {
                pid = Long.parseLong(p.getFileName().toString());
            } catch (NumberFormatException ex) {
                pid = -1;
            }
        }
        if (pid < 0) {
            throw OsErrors.of(OsErrors.EBADF);
        }
        if (flags != 0) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        PyObject kill = PyRuntime.builtinModule("posix").getDict().getStr("kill");
        Abstract.call(kill, PyInt.of(pid), PyInt.of(sig));
        return PyNone.NONE;
    }

    private static final String DOC = """
        This module provides mechanisms to use signal handlers in Python.

        Functions:

        alarm() -- cause SIGALRM after a specified time [Unix only]
        setitimer() -- cause a signal (described below) after a specified
                       float time and the timer may restart then [Unix only]
        getitimer() -- get current value of timer [Unix only]
        signal() -- set the action for a given signal
        getsignal() -- get the signal action for a given signal
        pause() -- wait until a signal arrives [Unix only]
        default_int_handler() -- default SIGINT handler

        signal constants:
        SIG_DFL -- used to refer to the system default handler
        SIG_IGN -- used to ignore the signal
        NSIG -- number of defined signals
        SIGINT, SIGTERM, etc. -- signal numbers

        itimer constants:
        ITIMER_REAL -- decrements in real time, and delivers SIGALRM upon
                       expiration
        ITIMER_VIRTUAL -- decrements only when the process is executing,
                       and delivers SIGVTALRM upon expiration
        ITIMER_PROF -- decrements both when the process is executing and
                       when the system is executing on behalf of the process.
                       Coupled with ITIMER_VIRTUAL, this timer is usually
                       used to profile the time spent by the application
                       in user and kernel space. SIGPROF is delivered upon
                       expiration.


        *** IMPORTANT NOTICE ***
        A signal handler function is called with two arguments:
        the first is the signal number, the second is the interrupted stack frame.""";
}
