package org.pyvm.runtime;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The global interpreter lock. As in CPython 3.12, one thread at a time runs Python code
 * and touches Python objects (the object model is not thread-safe: dicts, lists, type
 * caches); a thread releases the lock around blocking calls (lock acquire, time.sleep,
 * joining) and hands it over when another thread has waited for a switch interval.
 *
 * <p>Cost when there is one thread: nothing is locked until the first
 * {@code _thread.start_new_thread} ({@link #activate()}); the eval loop's check is one
 * read of the volatile {@link #dropRequest} at JUMP_BACKWARD and RESUME. A thread that
 * waits longer than the interval sets {@code dropRequest}; the holder sees it at its next
 * check ({@link #yieldNow()}), releases, and queues behind the waiter (the lock is fair).
 * Compare CPython Python/ceval_gil.c: take_gil, drop_gil, eval_breaker.
 */
public final class Gil {

    private Gil() {}

    /** sys.getswitchinterval(): how long a waiting thread waits before it asks for the lock (CPython's default 5 ms). */
    private static volatile long intervalNanos = 5_000_000L;

    /** sys.getswitchinterval() in seconds. */
    public static double switchInterval() {
        return intervalNanos / 1e9;
    }

    /** sys.setswitchinterval(seconds), at least 1 ns. */
    public static void setSwitchInterval(double seconds) {
        intervalNanos = Math.max(1L, (long) Math.min(seconds * 1e9, (double) Long.MAX_VALUE));
    }

    private static volatile ReentrantLock lock = new ReentrantLock(true);
    private static volatile boolean active;

    /** Another thread waits for the lock: the holder should drop it at its next check. */
    public static volatile boolean dropRequest;

    /** Counts acquisitions of the lock (once threads use it), so that an idle interpreter can be told apart. */
    private static volatile long epoch;

    /** The number of times a thread took the lock; unchanged while every thread waits. */
    public static long epoch() {
        return epoch;
    }

    /** Whether some thread holds the lock now. */
    public static boolean isHeld() {
        return lock.isLocked();
    }

    /** Forgets the lock of a previous run in this JVM (Setup.init). */
    public static void reset() {
        lock = new ReentrantLock(true);
        active = false;
        dropRequest = false;
        intervalNanos = 5_000_000L;
    }

    /** Whether threads take the lock (a second Python thread has been started). */
    public static boolean isActive() {
        return active;
    }

    /** Called by the thread starting the first other Python thread: from now on the lock is used. */
    public static synchronized void activate() {
        if (!active) {
            lock.lock();
            active = true;
        }
    }

    /** Takes the lock (a new thread before running Python code, or after a blocking call). */
    public static void acquire() {
        ReentrantLock l = lock;
        if (!active || l.isHeldByCurrentThread()) {
            return;
        }
        if (l.tryLock()) {
            epoch++;
            return;
        }
        waitFor(l);
    }

    /** Waits in the fair queue, asking the holder to drop the lock after each interval. */
    private static void waitFor(ReentrantLock l) {
        boolean interrupted = false;
        while (true) {
            try {
                if (l.tryLock(intervalNanos, TimeUnit.NANOSECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                // Keep the interrupt for the eval loop (KeyboardInterrupt) but get the lock first.
                interrupted = true;
            }
            dropRequest = true;
        }
        epoch++;
        if (l.hasQueuedThreads()) {
            dropRequest = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Releases the lock before a blocking call; returns whether it was held, to be passed to
     * {@link #reacquire(boolean)} afterwards.
     */
    public static boolean release() {
        ReentrantLock l = lock;
        if (active && l.isHeldByCurrentThread()) {
            l.unlock();
            return true;
        }
        return false;
    }

    public static void reacquire(boolean released) {
        if (released) {
            acquire();
        }
    }

    /** The eval breaker: hand the lock to a waiting thread, then wait for it back. */
    public static void yieldNow() {
        // Work queued for the breaker stays requested: a pending call this thread could not
        // run (one for the main thread) or queued again while it ran (PendingCalls).
        dropRequest = Finalization.pending;
        ReentrantLock l = lock;
        if (!l.isHeldByCurrentThread() || !l.hasQueuedThreads()) {
            return;
        }
        l.unlock();
        // Not acquire(): its first tryLock would barge in ahead of the waiter.
        waitFor(l);
    }
}
