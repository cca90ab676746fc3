package org.pyvm.modules.signal;

/**
 * ITIMER_REAL on a daemon thread: after the delay (then every interval) SIGALRM goes to
 * the process as the OS would send it (the Python handler when one is set, else the
 * default action: "Alarm clock"). Compare setitimer(2).
 */
final class Itimer {

    private long deadline;
    private long intervalNanos;
    private long generation;
    private Thread thread;

    /** Sets the timer (0 seconds: off); returns the old (remaining, interval) in seconds. */
    synchronized double[] set(double secs, double interval) {
        double[] old = get();
        generation++;
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
        if (secs > 0) {
            deadline = System.nanoTime() + (long) (secs * 1e9);
            intervalNanos = (long) (interval * 1e9);
            long gen = generation;
            thread = new Thread(() -> run(gen), "pyvm-itimer");
            thread.setDaemon(true);
            thread.start();
        } else {
            deadline = 0;
            intervalNanos = 0;
        }
        return old;
    }

    synchronized double[] get() {
        if (deadline == 0) {
            return new double[2];
        }
        long left = Math.max(1000, deadline - System.nanoTime());
        // Microseconds, as struct itimerval holds them.
        return new double[] {(left / 1000) / 1e6, (intervalNanos / 1000) / 1e6};
    }

    synchronized void cancel() {
        set(0, 0);
    }

    private void run(long gen) {
        while (true) {
            long wait;
            synchronized (this) {
                if (gen != generation) {
                    return;
                }
                wait = deadline - System.nanoTime();
                if (wait <= 0) {
                    if (intervalNanos > 0) {
                        deadline += intervalNanos;
                    } else {
                        deadline = 0;
                        generation++;
                        thread = null;
                    }
                }
            }
            if (wait <= 0) {
                fire();
                if (intervalNanos == 0) {
                    return;
                }
                continue;
            }
            try {
                Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void fire() {
        if (!OsSignals.raise(SignalModule.SIGALRM)) {
            SignalModule.deliver(SignalModule.SIGALRM);
        }
    }
}
