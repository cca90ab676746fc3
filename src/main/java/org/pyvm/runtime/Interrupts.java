package org.pyvm.runtime;

/**
 * How an asynchronous event reaches Python code: a signal (caught by the JVM's signal
 * dispatcher thread, or raised by {@code signal.raise_signal}/{@code os.kill} to self,
 * {@code _thread.interrupt_main}, a {@code signal.alarm} timer) trips a flag and sets the
 * eval breaker's {@code Gil.dropRequest}, and interrupts the main thread if it is in a
 * wait that takes interrupts; the main thread notices at its next check (the eval loop's
 * JUMP_BACKWARD and RESUME, or such a wait ending with InterruptedException, CPython's
 * EINTR) and runs the Python-level handlers there,
 * between bytecodes, as CPython's eval breaker does. Compare CPython
 * Modules/signalmodule.c: trip_signal, PyErr_CheckSignals, _PyErr_CheckSignalsTstate.
 *
 * <p>An interrupt without a tripped signal (a test's time limit interrupting the program's
 * thread) is KeyboardInterrupt, as before signals existed. {@link #trip()} and
 * {@link #take()} update the interrupt flag and the count of signal interrupts under one
 * lock, so an interrupt is never mistaken for a bare one.
 */
public final class Interrupts {

    private Interrupts() {}

    /** Runs the Python handlers of the tripped signals; installed by the _signal module. */
    public interface Runner {
        void runPending();
    }

    private static final Object LOCK = new Object();
    private static volatile Thread main;
    private static volatile Runner runner;
    /** Signal interrupts sent to the main thread and not yet taken. */
    private static int tokens;
    /** Some signal awaits its Python handler (read by the main thread without the lock). */
    public static volatile boolean tripped;

    /** Runs begun in this JVM (a run may reuse the previous run's thread). */
    private static volatile long runs;

    public static long runCount() {
        return runs;
    }

    /** A new run: the calling thread is the main thread; no handlers are pending. */
    public static void reset(Thread mainThread) {
        synchronized (LOCK) {
            runs++;
            main = mainThread;
            mainWaiting = false;
            runner = null;
            tokens = 0;
            tripped = false;
        }
    }

    public static Thread mainThread() {
        return main;
    }

    public static boolean isMainThread() {
        return Thread.currentThread() == main;
    }

    public static void setRunner(Runner r) {
        runner = r;
    }

    /** The main thread is in one of the waits that take interrupts (see {@link #beginWait()}). */
    private static volatile boolean mainWaiting;

    /**
     * A signal is pending (any thread): the main thread runs the handlers at its next eval
     * breaker check ({@code Gil.dropRequest}); if it is in a wait that takes interrupts, it is
     * interrupted out of it. Other blocking calls (a file read) are not interrupted: a Java
     * interruptible channel would be closed by it, so they finish first, as with SA_RESTART.
     */
    public static void trip() {
        synchronized (LOCK) {
            tripped = true;
            Thread m = main;
            if (m != null && mainWaiting) {
                tokens++;
                m.interrupt();
            }
        }
        Gil.dropRequest = true;
    }

    /**
     * Before a blocking wait that handles InterruptedException with {@link #afterInterruptedWait}
     * (sleep, lock acquire, pipe, select, waitpid): on the main thread, signals may now interrupt
     * it, and one already pending interrupts it at once. Pair with {@link #endWait()}.
     */
    public static void beginWait() {
        if (Thread.currentThread() != main) {
            return;
        }
        mainWaiting = true;
        if (tripped) {
            synchronized (LOCK) {
                tokens++;
                Thread.currentThread().interrupt();
            }
        }
    }

    public static void endWait() {
        if (Thread.currentThread() == main) {
            mainWaiting = false;
        }
    }

    /**
     * The current thread saw an interrupt (its flag, or an InterruptedException that cleared
     * it): clears the flag and returns the exception to raise, or null to go on (a signal's
     * handler ran and returned; a blocking call then retries, as PEP 475 says). Only the
     * main thread is interrupted by signals.
     */
    public static PyBaseException take() {
        boolean signal = false;
        boolean isMain = Thread.currentThread() == main;
        synchronized (LOCK) {
            Thread.interrupted();
            if (isMain) {
                signal = tokens > 0;
                tokens = 0;
            }
        }
        if (!signal) {
            return new PyBaseException(PyExc.KeyboardInterrupt, PyTuple.EMPTY);
        }
        return runPending();
    }

    /**
     * Runs the pending handlers now, for a call that tripped a signal itself (raise_signal,
     * os.kill of our own pid): takes back the interrupt that trip sent, then runs them.
     */
    public static PyBaseException checkNow() {
        synchronized (LOCK) {
            if (tokens > 0 && Thread.currentThread() == main) {
                Thread.interrupted();
                tokens = 0;
            }
        }
        return runPending();
    }

    /** Runs the pending handlers now (main thread); the exception one raised, or null. */
    public static PyBaseException runPending() {
        if (!tripped) {
            return null;
        }
        Runner r = runner;
        try {
            if (r != null) {
                r.runPending();
            } else {
                // No _signal module: only SIGINT is delivered, and its handler is default_int_handler.
                tripped = false;
                throw new PyBaseException(PyExc.KeyboardInterrupt, PyTuple.EMPTY);
            }
        } catch (PyBaseException e) {
            return e;
        }
        return null;
    }

    /** For a blocking call that caught InterruptedException: raises or returns so the call retries. */
    public static void afterInterruptedWait() {
        endWait();
        PyBaseException e = take();
        if (e != null) {
            throw e;
        }
    }
}
