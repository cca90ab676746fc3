package org.pyvm.modules.signal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One interval timer of setitimer(2) on a daemon thread. ITIMER_REAL counts real time and
 * sends SIGALRM; ITIMER_VIRTUAL counts the process's user CPU time and sends SIGVTALRM;
 * ITIMER_PROF counts its user and system CPU time and sends SIGPROF. The JVM has no CPU
 * timer, so the two CPU clocks are read from /proc/self/stat (clock ticks, 10 ms) every
 * few milliseconds of real time, as coarse as the kernel's own accounting. The signal goes
 * to the process as the OS would send it (the Python handler when one is set, else the
 * default action). Compare setitimer(2).
 */
final class Itimer {

    static final int REAL = 0, VIRTUAL = 1, PROF = 2;
    /** How often a CPU-time timer looks at the clock, in real nanoseconds. */
    private static final long CPU_POLL = 5_000_000L;

    private final int which;
    private long deadline;
    private long intervalNanos;
    private long generation;
    private Thread thread;

    Itimer(int which) {
        this.which = which;
    }

    Itimer() {
        this(REAL);
    }

    /** This timer's clock in nanoseconds: real (monotonic) or the process's CPU time. */
    private long now() {
        return which == REAL ? System.nanoTime() : cpuNanos(which == PROF);
    }

    /** utime (and stime with BOTH) of /proc/self/stat in nanoseconds; 0 when it cannot be read. */
    static long cpuNanos(boolean both) {
        try {
            String s = Files.readString(Path.of("/proc/self/stat"));
            // Fields after the command's closing parenthesis: state is field 3, utime 14, stime 15.
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + (both ? Long.parseLong(f[12]) : 0);
            return ticks * 10_000_000L; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Sets the timer (0 seconds: off); returns the old (remaining, interval) in seconds. */
    synchronized double[] set(double secs, double interval) {
        double[] old = get();
        generation++;
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
        if (secs > 0) {
            deadline = now() + (long) (secs * 1e9);
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
        long left = deadline - now();
        if (left <= 0 && intervalNanos == 0) {
            // Expired, its signal delivered or on its way: the kernel's one-shot timer reads 0
            // at once, even before this timer's thread has recorded it (run).
            return new double[2];
        }
        left = Math.max(1000, left);
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
                wait = deadline - now();
            }
            if (wait <= 0) {
                // The signal first, then the timer's new state: a program that sees the timer
                // stopped finds its handler already called, as the kernel's delivery ensures.
                fire();
                synchronized (this) {
                    if (gen != generation) {
                        return;
                    }
                    if (intervalNanos > 0) {
                        deadline += intervalNanos;
                        continue;
                    }
                    deadline = 0;
                    generation++;
                    thread = null;
                    return;
                }
            }
            if (which != REAL) {
                wait = Math.min(wait, CPU_POLL);
            }
            try {
                Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void fire() {
        int sig = which == REAL ? SignalModule.SIGALRM : which == VIRTUAL ? 26 : 27; // SIGVTALRM, SIGPROF
        if (!OsSignals.raise(sig)) {
            SignalModule.deliver(sig);
        }
    }
}
