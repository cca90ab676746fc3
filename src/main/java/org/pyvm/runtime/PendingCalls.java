package org.pyvm.runtime;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * Pending calls: callables queued by any thread (C's Py_AddPendingCall, which pyvm offers
 * only through _testcapi/_testinternalcapi) that a thread runs at its next eval breaker
 * check, between bytecodes: one queued for the main thread only waits for it, others run
 * on whichever thread comes first. The queue shares the eval breaker's hook with the
 * finalizers ({@link Finalization#pending}, {@link Gil#dropRequest}). A call that raises
 * raises in the thread that ran it, at that point of its code, and the calls after it stay
 * queued. Unlike CPython's (32 entries), the queue has no size limit, so adding never fails.
 * Compare CPython Python/ceval_gil.c: _PyEval_AddPendingCall, make_pending_calls.
 */
public final class PendingCalls {

    private PendingCalls() {}

    /** A queued call: of CALLABLE, or (a request from another interpreter) the Java action JAVA. */
    private record Call(PyObject callable, Runnable java, boolean mainThreadOnly) {}

    private static final ArrayDeque<Call> QUEUE = new ArrayDeque<>();
    /** A thread is running the calls (make_pending_calls' busy flag: no nesting, one thread at a time). */
    private static boolean busy;

    /** Queues CALLABLE, to be called without arguments at an eval breaker check. */
    public static void add(PyObject callable, boolean mainThreadOnly) {
        synchronized (QUEUE) {
            QUEUE.add(new Call(callable, null, mainThreadOnly));
        }
        arm();
    }

    /**
     * Queues a Java action for any thread of this interpreter: how another interpreter (a copy
     * of pyvm, which can hand over only JDK objects) adds a pending call here.
     */
    public static void addJava(Runnable action) {
        synchronized (QUEUE) {
            QUEUE.add(new Call(null, action, false));
        }
        arm();
    }

    private static void arm() {
        Finalization.pending = true;
        Gil.dropRequest = true;
    }

    /** The next call this thread may run, or null (re-arming the breaker if others wait). */
    private static Call next(boolean main) {
        synchronized (QUEUE) {
            for (Iterator<Call> it = QUEUE.iterator(); it.hasNext();) {
                Call c = it.next();
                if (main || !c.mainThreadOnly) {
                    it.remove();
                    return c;
                }
            }
            if (!QUEUE.isEmpty()) {
                arm();   // left for the main thread
            }
            return null;
        }
    }

    /** Runs the queued calls this thread may run (from the eval breaker). */
    static void run() {
        int n;
        synchronized (QUEUE) {
            if (QUEUE.isEmpty() || busy) {
                return;
            }
            busy = true;
            n = QUEUE.size();
        }
        boolean main = Interrupts.isMainThread();
        try {
            // At most the calls queued now: one that queues itself again waits for the next
            // check, where another thread may take it (make_pending_calls runs a bounded number).
            Call c;
            for (int i = 0; i < n && (c = next(main)) != null; i++) {
                if (c.java != null) {
                    c.java.run();
                } else {
                    Abstract.call(c.callable);
                }
            }
        } finally {
            synchronized (QUEUE) {
                busy = false;
                if (!QUEUE.isEmpty()) {
                    arm();
                }
            }
        }
    }

    /** A new run in this JVM: calls the last one queued are dropped. */
    static void reset() {
        synchronized (QUEUE) {
            QUEUE.clear();
            busy = false;
        }
    }
}
