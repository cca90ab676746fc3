package org.pyvm.modules.select;

import org.pyvm.modules.posix.FdTable;
import org.pyvm.modules.posix.PipeBuffer;
import org.pyvm.runtime.Gil;
import org.pyvm.runtime.Interrupts;

/**
 * The wait shared by select, poll and epoll: look at every descriptor's readiness
 * ({@link FdTable#pollEvents}); if none is ready, wait (GIL released) until a pipe
 * changes ({@link PipeBuffer#CHANGED}), the timeout passes, or a signal arrives (its
 * handler runs, then the wait goes on with the time left, PEP 475). A standard input
 * notifies nobody, so with one among the descriptors the wait looks again every 10 ms.
 */
final class Readiness {

    private Readiness() {}

    /** What a poller asks about: FDS[i] with EVENTS[i]; fills REVENTS and returns how many are ready. */
    interface Check {
        int check();
    }

    /**
     * Runs CHECK until something is ready or TIMEOUTNANOS passes (negative: no limit; 0:
     * just look). POLLSTD: some descriptor needs a periodic look.
     */
    static int await(Check check, long timeoutNanos, boolean pollStd) {
        if (Interrupts.tripped && Interrupts.isMainThread()) {
            // A signal came before the call (its wakeup-fd byte may already be waiting):
            // CPython's eval breaker would have run its handler before or right after the
            // call, inside the caller's try block, so it runs now.
            org.pyvm.runtime.PyBaseException e = Interrupts.runPending();
            if (e != null) {
                throw e;
            }
        }
        long deadline = timeoutNanos > 0 ? System.nanoTime() + timeoutNanos : 0;
        while (true) {
            int n;
            long left;
            boolean interrupted = false;
            boolean released = false;
            try {
                synchronized (PipeBuffer.CHANGED) {
                    n = check.check();
                    if (n > 0 || timeoutNanos == 0) {
                        return n;
                    }
                    left = timeoutNanos < 0 ? Long.MAX_VALUE : deadline - System.nanoTime();
                    if (left <= 0) {
                        return 0;
                    }
                    if (pollStd) {
                        left = Math.min(left, 10_000_000L);
                    }
                    released = Gil.release();
                    org.pyvm.runtime.Interrupts.beginWait();
                    if (left == Long.MAX_VALUE) {
                        PipeBuffer.CHANGED.wait();
                    } else {
                        PipeBuffer.CHANGED.wait(left / 1_000_000L, (int) (left % 1_000_000L));
                    }
                }
            } catch (InterruptedException e) {
                interrupted = true;
            } finally {
                org.pyvm.runtime.Interrupts.endWait();
                Gil.reacquire(released);
            }
            if (interrupted) {
                Interrupts.afterInterruptedWait();
            } else if (Interrupts.tripped && Interrupts.isMainThread()) {
                // Woken by a signal's wakeup-fd byte (or with a signal pending): the signal
                // came during the wait, so its handler runs before anything is reported, as
                // after CPython's EINTR; if it returns, the descriptors are looked at again.
                org.pyvm.runtime.PyBaseException e = Interrupts.runPending();
                if (e != null) {
                    throw e;
                }
            }
        }
    }
}
