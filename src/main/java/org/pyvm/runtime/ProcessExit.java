package org.pyvm.runtime;

/**
 * How the pyvm process ends. {@code System.exit} first logs the call through
 * {@code System.getLogger}, whose first use looks the logging service up on the class path:
 * it opens the jar and scans its directory in the bytecode interpreter, several milliseconds
 * of every run's exit (nothing else opens the jar in a small program's run). pyvm registers
 * no shutdown hook of its own except through {@link #addShutdownHook} (sqlite3 closes its
 * open databases), so the process halts directly unless one was registered; the JDK's own
 * hooks are for APIs pyvm does not use at exit (Console.readPassword's echo, deleteOnExit,
 * java.util.logging). Standard streams are flushed by the caller, as before System.exit.
 */
public final class ProcessExit {

    private static volatile boolean hooks;

    private ProcessExit() {}

    /** Registers HOOK to run when the JVM shuts down; the process then ends through System.exit. */
    public static void addShutdownHook(Thread hook) {
        hooks = true;
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Ends the process with STATUS. */
    public static void exit(int status) {
        if (hooks) {
            System.exit(status);
        }
        Runtime.getRuntime().halt(status);
    }
}
